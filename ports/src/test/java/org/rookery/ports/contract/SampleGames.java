package org.rookery.ports.contract;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.ColorChoice;
import org.rookery.domain.game.CommandContext;
import org.rookery.domain.game.Game;
import org.rookery.domain.game.GameSetup;
import org.rookery.domain.game.MoveRequest;
import org.rookery.domain.game.Outcome;

/** Real games, played through the domain, to feed the port contracts. Thread-safe (stateless apart from an id counter). */
public final class SampleGames {
    private static final String[] MOVES = {"e2e4", "e7e5", "g1f3", "b8c6", "f1b5", "a7a6", "b5a4", "g8f6", "e1g1", "f8e7"};
    private static final AtomicLong IDS = new AtomicLong();

    private SampleGames() {}

    /** A game created, joined and {@code plies} moves in (at most 10). */
    public static Game game(String gameId, int plies) {
        Instant t = Instant.parse("2025-03-01T12:00:00Z");
        Game game = ((Outcome.Accepted<Game>) Game.create(gameId, GameSetup.standard(180_000, 2_000, ColorChoice.WHITE, true),
                ctx("alice", t), new Random(1))).value();
        game.join(ctx("bob", t.plusSeconds(1)));
        for (int i = 0; i < plies; i++) {
            String player = i % 2 == 0 ? "alice" : "bob";
            game.move(ctx(player, t.plusSeconds(2 + i)), new MoveRequest(gameId + "-m" + i, i, MOVES[i]));
        }
        return game;
    }

    /** The events of {@link #game(String, int)}: 2 + plies of them, seq 1 onwards. */
    public static List<EventEnvelope> events(String gameId, int plies) {
        return new ArrayList<>(game(gameId, plies).drainPendingEvents());
    }

    private static CommandContext ctx(String user, Instant at) {
        return new CommandContext(user, at, "sample", () -> "evt-" + IDS.incrementAndGet());
    }
}
