package org.rookery.application.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.rookery.application.testkit.InMemoryPlatform;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Lifecycle;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.Actor;
import org.rookery.ports.in.PlayerGamesPage;
import org.rookery.ports.in.PlayerGamesQuery;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;

/**
 * A {@link InMemoryPlatform#manual() manual} platform whose history consumes the game-events bus,
 * with helpers that play games through the live service to an end and run the relay. A test
 * fixture, not thread-safe.
 */
final class HistoryKit implements AutoCloseable {
    /** How a game is brought to its end once its moves are played. */
    enum Ending { WHITE_RESIGNS, BLACK_RESIGNS, AGREED_DRAW, BY_THE_MOVES }

    final InMemoryPlatform platform;
    private int moveIds;

    HistoryKit() {
        this(UnaryOperator.identity());
    }

    HistoryKit(UnaryOperator<InMemoryPlatform.Builder> configure) {
        platform = configure.apply(InMemoryPlatform.manual().withHistoryConsumer()).start();
    }

    /** A game {@code white} created and {@code black} joined, the moves played, then ended as said; returns its id. */
    String finished(String white, String black, long initialMs, long incrementMs, Ending ending, String... moves) {
        return finished(white, black, GameSetup.standard(initialMs, incrementMs, ColorChoice.WHITE, true), ending, moves);
    }

    String finished(String white, String black, GameSetup setup, Ending ending, String... moves) {
        Actor w = new Actor(white, "req-" + white), b = new Actor(black, "req-" + black);
        String id = accepted(platform.live.create(w, setup)).gameId();
        accepted(platform.live.join(id, b));
        for (String uci : moves) {
            GameView v = accepted(platform.live.game(id));
            Actor mover = v.clock().turn() == org.rookery.domain.chess.Color.WHITE ? w : b;
            accepted(platform.live.move(id, mover, new MoveRequest("mv-" + ++moveIds, v.moves().size(), uci)));
        }
        switch (ending) {
            case WHITE_RESIGNS -> accepted(platform.live.resign(id, w));
            case BLACK_RESIGNS -> accepted(platform.live.resign(id, b));
            case AGREED_DRAW -> {
                accepted(platform.live.offerDraw(id, w));
                accepted(platform.live.acceptDraw(id, b));
            }
            case BY_THE_MOVES -> { }
        }
        assertThat(accepted(platform.live.game(id)).status()).isEqualTo(Lifecycle.ENDED);
        return id;
    }

    /** A game of up to {@code maxPlies} random legal moves, ended at random unless the moves ended it. */
    String randomGame(String white, String black, Random random, int maxPlies) {
        Position board = Position.start();
        List<String> moves = new java.util.ArrayList<>();
        for (int ply = random.nextInt(maxPlies + 1); ply > 0 && board.legalMoveCount() > 0 && !board.status().isOver(); ply--) {
            int[] legal = board.legalMoves();
            int move = legal[random.nextInt(legal.length)];
            moves.add(Uci.format(board, move));
            board.makeMove(move);
        }
        long[][] controls = {{60_000, 0}, {180_000, 2_000}, {600_000, 5_000}, {15_000, 0}};
        long[] tc = controls[random.nextInt(controls.length)];
        Ending ending = board.status().isOver() ? Ending.BY_THE_MOVES : Ending.values()[random.nextInt(3)];
        return finished(white, black, tc[0], tc[1], ending, moves.toArray(String[]::new));
    }

    /** Publishes what the log holds to the bus (the history archives what ended); returns the events sent. */
    int relay() {
        return platform.relayAll();
    }

    void pass(Duration d) {
        platform.pass(d);
    }

    List<EventEnvelope> log(String gameId) {
        return platform.eventLog.readAfter(gameId, 0);
    }

    PlayerGamesPage page(String player, ArchiveFilter filter, Optional<ArchivePosition> after, int limit) {
        return platform.history.queries().playerGames(new PlayerGamesQuery(player, filter, after, limit));
    }

    /** Every game of the player's archive, {@code limit} at a time, following each page's next position. */
    List<ArchivedGame> all(String player, ArchiveFilter filter, int limit) {
        List<ArchivedGame> seen = new java.util.ArrayList<>();
        Optional<ArchivePosition> after = Optional.empty();
        do {
            PlayerGamesPage page = page(player, filter, after, limit);
            seen.addAll(page.games());
            after = page.next();
        } while (after.isPresent());
        return seen;
    }

    static <T> T accepted(Outcome<T> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Accepted.class);
        return ((Outcome.Accepted<T>) outcome).value();
    }

    @Override
    public void close() {
        platform.close();
    }
}
