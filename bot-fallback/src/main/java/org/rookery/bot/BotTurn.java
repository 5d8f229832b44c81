package org.rookery.bot;

import java.util.List;
import java.util.Objects;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.game.GameView;

/**
 * A position a bot must move in: the game, the position as a start FEN plus the moves played (so
 * an engine sees the repetitions), the position's own FEN (for the book), the bot's level and its
 * clock. Immutable.
 */
public record BotTurn(String gameId, String startFen, List<String> moves, String fen, BotLevel level, long remainingMs, long incrementMs) {
    public BotTurn {
        Objects.requireNonNull(gameId, "gameId");
        Objects.requireNonNull(startFen, "startFen");
        moves = List.copyOf(moves);
        Objects.requireNonNull(fen, "fen");
        Objects.requireNonNull(level, "level");
        if (remainingMs < 0 || incrementMs < 0) throw new IllegalArgumentException("clock values cannot be negative");
    }

    /**
     * The bot's turn in a game as its view shows it. The game's start position is not in the view:
     * when the moves replayed from the standard start reach the view's position, that is the
     * start; otherwise the engine gets the position alone, without its history.
     */
    public static BotTurn of(GameView view, BotLevel level, long remainingMs, long incrementMs) {
        Position replayed = Position.start();
        try {
            for (String move : view.moves()) replayed.makeMove(Uci.parse(replayed, move));
            if (replayed.toFen().equals(view.fen())) {
                return new BotTurn(view.gameId(), Position.STANDARD_START, view.moves(), view.fen(), level, remainingMs, incrementMs);
            }
        } catch (IllegalMoveException notFromTheStandardStart) {
            // a game from a set-up position: fall through
        }
        return new BotTurn(view.gameId(), view.fen(), List.of(), view.fen(), level, remainingMs, incrementMs);
    }

    /** A new {@link Position}: the position to move in. */
    public Position position() {
        return Position.fromFen(fen);
    }
}
