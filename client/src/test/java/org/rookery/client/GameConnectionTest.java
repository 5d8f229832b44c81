package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.rookery.client.Models.CreateGame;
import org.rookery.client.Models.Game;
import org.rookery.client.Models.GameEvent;

class GameConnectionTest {
    static final Backoff FAST = new Backoff(Duration.ofMillis(50), Duration.ofMillis(400));

    /** Records what a connection reports. */
    static final class Recorder implements GameConnection.Listener {
        final List<Game> snapshots = new CopyOnWriteArrayList<>();
        final List<Long> seqs = new CopyOnWriteArrayList<>();
        final List<String> acks = new CopyOnWriteArrayList<>();
        final List<String> errors = new CopyOnWriteArrayList<>();
        final List<GameConnection.State> states = new CopyOnWriteArrayList<>();

        @Override
        public void onSnapshot(Game game) {
            snapshots.add(game);
        }

        @Override
        public void onEvent(GameEvent event) {
            seqs.add(event.seq());
        }

        @Override
        public void onAck(String moveId, long seq) {
            acks.add(moveId);
        }

        @Override
        public void onError(String code, String message, String moveId) {
            errors.add(code);
        }

        @Override
        public void onState(GameConnection.State state) {
            states.add(state);
        }
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
            LockSupport.parkNanos(5_000_000);
        }
    }

    @Test
    void plays_over_the_socket_survives_an_outage_resumes_without_gaps_and_sends_the_offline_queue() {
        try (LocalServer server = new LocalServer()) {
            RookeryClient alice = new RookeryClient(server.uri()), bob = new RookeryClient(server.uri());
            alice.loginAsGuest();
            bob.loginAsGuest();
            String gameId = alice.createGame(CreateGame.of(300_000, 0, "white")).gameId();
            bob.join(gameId);
            Recorder white = new Recorder(), black = new Recorder();
            try (GameConnection w = alice.connect(gameId, white, FAST).open(); GameConnection b = bob.connect(gameId, black, FAST).open()) {
                await(() -> w.state() == GameConnection.State.OPEN && b.state() == GameConnection.State.OPEN, "both open");
                assertThat(white.snapshots).singleElement().satisfies(g -> assertThat(g.seq()).isEqualTo(2));

                String m1 = w.move("e2e4", 0);
                await(() -> white.acks.contains(m1) && black.seqs.contains(3L), "e4 acked and seen");

                server.goDown();
                await(() -> w.state() == GameConnection.State.RECONNECTING && b.state() == GameConnection.State.RECONNECTING, "both offline");
                String offline = b.move("e7e5", 1); // queued while offline
                assertThat(b.pendingMoveIds()).containsExactly(offline);
                server.comeBack();

                await(() -> black.acks.contains(offline), "the queued move acked after reconnection");
                assertThat(b.pendingMoveIds()).isEmpty();
                await(() -> white.seqs.contains(4L), "white sees the move made during the outage");
                String m3 = w.move("g1f3", 2);
                await(() -> white.acks.contains(m3) && black.seqs.contains(5L), "play goes on");

                w.dropConnection();
                bob.move(gameId, "b8c6", 3); // over REST while white is away
                await(() -> white.seqs.contains(6L), "white resumes after a dropped connection");
                assertThat(white.seqs).containsExactly(3L, 4L, 5L, 6L);
                assertThat(black.seqs).containsExactly(3L, 4L, 5L, 6L);
                assertThat(white.snapshots).hasSize(1);
                assertThat(white.states).contains(GameConnection.State.RECONNECTING);
                assertThat(alice.game(gameId).moves()).containsExactly("e2e4", "e7e5", "g1f3", "b8c6");
            }
        }
    }

    @Test
    void a_refused_move_leaves_the_queue_and_is_reported() {
        try (LocalServer server = new LocalServer()) {
            RookeryClient alice = new RookeryClient(server.uri()), bob = new RookeryClient(server.uri());
            alice.loginAsGuest();
            bob.loginAsGuest();
            String gameId = alice.createGame(CreateGame.of(300_000, 0, "white")).gameId();
            bob.join(gameId);
            Recorder white = new Recorder();
            try (GameConnection w = alice.connect(gameId, white, FAST).open()) {
                await(() -> w.state() == GameConnection.State.OPEN, "open");
                w.move("e2e5", 0);
                await(() -> white.errors.contains("illegal_move"), "the refusal");
                assertThat(w.pendingMoveIds()).isEmpty();
            }
        }
    }
}
