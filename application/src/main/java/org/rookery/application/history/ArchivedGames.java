package org.rookery.application.history;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.chess.pgn.Annotations;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnMove;
import org.rookery.domain.chess.pgn.PgnReader;
import org.rookery.domain.clock.ClockView;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.ports.in.ArchivedMove;
import org.rookery.ports.in.FinishedGameDetails;
import org.rookery.ports.out.ArchivedGame;

/**
 * Translates between the history's record of a game and the rest of the platform: a
 * {@code GameEnded} event becomes an {@link ArchivedGame}, and an archived game becomes the API's
 * game object, its move list and its PGN again. The PGN is the record of the moves: it is read (and
 * so checked) once when the game is archived, and replayed when a game is served. Stateless.
 */
final class ArchivedGames {
    private ArchivedGames() {}

    /**
     * The archived form of a finished game. Instants keep microseconds at most, as a database does,
     * so that every archive answers the same positions.
     *
     * @param createdAt when the game was created, null when the history never saw it
     * @throws org.rookery.domain.chess.pgn.PgnParseException when the event's PGN does not read back
     * @throws IllegalArgumentException when the event cannot make an archived game (the same player on both sides)
     */
    static ArchivedGame from(EventEnvelope envelope, GameEnded ended, Instant createdAt) {
        PgnGame pgn = new PgnReader(new StringReader(ended.pgn()), Annotations.NONE).next();
        if (pgn == null) throw new IllegalArgumentException("the PGN of game " + envelope.gameId() + " holds no game");
        Instant endedAt = micros(envelope.occurredAt());
        Instant created = createdAt == null ? null : micros(createdAt.isAfter(endedAt) ? endedAt : createdAt); // clocks of two nodes
        return new ArchivedGame(envelope.gameId(), ended.white(), ended.black(), ended.result(), ended.reason(), ended.rated(),
                ended.timeControl(), created, endedAt, envelope.seq(), ended.whiteMs(), ended.blackMs(), pgn.moves().size(), ended.pgn());
    }

    /** The game object (ended, clocks stopped at their final times, the side to move's turn), moves and PGN of an archived game. */
    static FinishedGameDetails details(ArchivedGame game) {
        PgnGame pgn = PgnReader.readGame(game.pgn());
        Position board = pgn.startPosition();
        List<String> uci = new ArrayList<>(pgn.moves().size());
        List<ArchivedMove> moves = new ArrayList<>(pgn.moves().size());
        for (PgnMove m : pgn.moves()) {
            int move = San.parse(board, m.san());
            uci.add(Uci.format(board, move));
            moves.add(new ArchivedMove(moves.size() + 1, m.san(), uci.getLast()));
            board.makeMove(move);
        }
        GameView view = new GameView(game.gameId(), Lifecycle.ENDED, game.white(), game.black(), board.toFen(), uci, game.seq(),
                new ClockView(game.whiteMs(), game.blackMs(), board.sideToMove(), false), game.result(), game.reason(),
                game.timeControl(), game.rated(), game.createdAt(), null);
        return new FinishedGameDetails(view, game.pgn(), moves, game);
    }

    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }
}
