package org.rookery.domain.game;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.rookery.domain.event.EventEnvelope;

/**
 * A test fixture: one game, a hand-driven time, sequential event ids, and every event the game
 * accepted collected in order, as a durable log would hold them. Not thread-safe.
 */
public final class GameTable {
    public static final String ALICE = "alice", BOB = "bob", EVE = "eve";
    public static final long MINUTES_3 = 180_000, SECONDS_2 = 2_000;

    public Instant now = Instant.parse("2025-03-01T12:00:00Z");
    public final List<EventEnvelope> log = new ArrayList<>();
    public Game game;
    private long eventIds;
    private int moveIds;

    public CommandContext as(String user) {
        return new CommandContext(user, now, "corr-" + user, () -> "evt-" + ++eventIds);
    }

    /** Alice creates a game with the setup; the table keeps its events. */
    public Outcome<Game> create(GameSetup setup) {
        Outcome<Game> created = Game.create("game-1", setup, as(ALICE), new Random(7));
        if (created instanceof Outcome.Accepted<Game>(Game g)) {
            game = g;
            collect();
        }
        return created;
    }

    /** Alice (White) and Bob (Black) in a 3+2 game in progress. */
    public GameTable started() {
        return started(null);
    }

    public GameTable started(String fen) {
        assertThat(create(new GameSetup(MINUTES_3, SECONDS_2, ColorChoice.WHITE, true, fen)).isAccepted()).isTrue();
        assertThat(record(game.join(as(BOB))).isAccepted()).isTrue();
        return this;
    }

    public <T> T record(T outcome) {
        collect();
        return outcome;
    }

    public Outcome<MoveOutcome> move(String user, String uci) {
        return move(user, uci, "m-" + ++moveIds);
    }

    public Outcome<MoveOutcome> move(String user, String uci, String moveId) {
        return record(game.move(as(user), new MoveRequest(moveId, game.ply(), uci)));
    }

    /** Plays the moves alternately for whoever is to move, each after {@code thinkMs}. */
    public void play(long thinkMs, String... ucis) {
        for (String uci : ucis) {
            tick(thinkMs);
            String mover = game.colorOf(ALICE) == sideToMove() ? ALICE : BOB;
            Outcome<MoveOutcome> o = move(mover, uci);
            assertThat(o.isAccepted()).as("%s: %s", uci, o).isTrue();
        }
    }

    public org.rookery.domain.chess.Color sideToMove() {
        return game.view(now).clock().turn();
    }

    public void tick(long ms) {
        now = now.plus(Duration.ofMillis(ms));
    }

    private void collect() {
        log.addAll(game.drainPendingEvents());
    }
}
