package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rookery.client.TestServer.Player;

/** Live games over a bad network: the {@link TcpProxy} cuts, refuses and mutes connections between the client and the real server. */
class ReconnectionTest {
    static final TestServer server = TestServer.start();
    /** Fast retries; a short heartbeat, so that a close the JDK misses now and then costs a second, not a test. */
    static final LiveGameOptions FAST = LiveGameOptions.DEFAULTS.withBackoff(Backoff.exponential(Duration.ofMillis(20), Duration.ofMillis(200)))
            .withHeartbeat(Duration.ofMillis(250));
    TcpProxy network;
    Player alice;
    Player bob;
    Game game;

    @BeforeEach
    void start() throws IOException {
        network = new TcpProxy(server.platform.port());
        alice = server.player();
        bob = server.player();
        game = server.startedGame(alice, bob);
    }

    @AfterEach
    void cut() throws IOException {
        network.close();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static MoveOutcome outcome(CompletableFuture<MoveOutcome> future) throws Exception {
        return future.get(RecordingListener.DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    static List<Long> range(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }

    @Test
    void a_dropped_connection_reconnects_by_itself_and_resumes_without_gap_or_duplicate() {
        RecordingListener watcher = new RecordingListener();
        try (LiveGame live = alice.via(network.base()).live(game.gameId(), FAST.withoutFallback(), watcher)) {
            long start = watcher.awaitSnapshot().seq();
            alice.client().move(game.gameId(), MoveCommand.of("e2e4", 0));
            watcher.awaitEventSeq(start + 1);

            network.goOffline();
            watcher.awaitState(ConnectionState.RECONNECTING);
            bob.client().move(game.gameId(), MoveCommand.of("e7e5", 1)); // missed while offline
            alice.client().move(game.gameId(), MoveCommand.of("g1f3", 2));
            network.goOnline();

            watcher.awaitEventSeq(start + 3);
            bob.client().move(game.gameId(), MoveCommand.of("b8c6", 3)); // live again
            watcher.awaitEventSeq(start + 4);
            assertThat(watcher.seqs()).containsExactlyElementsOf(range(start + 1, start + 4));
            assertThat(watcher.all(GameEvent.class).stream().map(e -> e.text("uci"))).containsExactly("e2e4", "e7e5", "g1f3", "b8c6");
            assertThat(watcher.all(Game.class)).as("one snapshot: reconnection resumes instead").hasSize(1);
            assertThat(watcher.states()).containsSubsequence(ConnectionState.OPEN, ConnectionState.RECONNECTING, ConnectionState.OPEN);
            assertThat(live.lastSeq()).hasValue(start + 4);
        }
    }

    @Test
    void a_connection_that_falls_silent_is_replaced_and_resumed() {
        RecordingListener watcher = new RecordingListener();
        LiveGameOptions options = FAST.withoutFallback().withHeartbeat(Duration.ofMillis(50)).withConnectTimeout(Duration.ofMillis(500));
        try (LiveGame live = alice.via(network.base()).live(game.gameId(), options, watcher)) {
            long start = watcher.awaitSnapshot().seq();
            network.mute(true); // a half-open connection: no reset ever comes, the server's frames just stop arriving
            alice.client().move(game.gameId(), MoveCommand.of("e2e4", 0));
            watcher.awaitState(ConnectionState.RECONNECTING);
            network.mute(false);
            network.cutAll(); // the muted connection is abandoned by the client; tidy up the server side too
            watcher.awaitEventSeq(start + 1);
            assertThat(watcher.seqs()).containsExactly(start + 1);
            assertThat(live.state()).isEqualTo(ConnectionState.OPEN);
        }
    }

    @Test
    void moves_submitted_while_offline_are_queued_then_delivered_once_in_order_on_reconnection() throws Exception {
        RecordingListener white = new RecordingListener();
        try (LiveGame live = alice.via(network.base()).live(game.gameId(), FAST.withoutFallback(), white)) {
            white.awaitSnapshot();
            network.goOffline();
            white.awaitState(ConnectionState.RECONNECTING);

            MoveCommand e4 = MoveCommand.of("e2e4", 0);
            CompletableFuture<MoveOutcome> queued = live.submit(e4);
            assertThat(live.queuedMoves()).containsExactly(e4);
            assertThat(queued).isNotDone();
            assertThat(live.submit(e4)).as("the same moveId is the same queued move").isNotDone();
            assertThat(live.queuedMoves()).hasSize(1);

            network.goOnline();
            assertThat(outcome(queued)).isEqualTo(new MoveOutcome.Acknowledged(e4.moveId(), game.seq() + 1));
            assertThat(live.queuedMoves()).isEmpty();
            assertThat(white.all(MoveOutcome.Acknowledged.class)).hasSize(1);
        }
        assertThat(server.anonymous().game(game.gameId()).body().moves()).containsExactly("e2e4");
    }

    @Test
    void a_move_whose_answer_was_lost_is_resent_with_its_move_id_and_played_once() throws Exception {
        RecordingListener white = new RecordingListener(), spectator = new RecordingListener();
        try (LiveGame live = alice.via(network.base()).live(game.gameId(), FAST.withoutFallback(), white);
                LiveGame direct = server.anonymous().live(game.gameId(), FAST, spectator)) {
            long start = white.awaitSnapshot().seq();
            spectator.awaitSnapshot();
            assertThat(direct.state()).isEqualTo(ConnectionState.OPEN);
            network.mute(true); // the server still hears the client, the client hears nothing
            MoveCommand e4 = MoveCommand.of("e2e4", 0);
            CompletableFuture<MoveOutcome> sent = live.submit(e4);
            spectator.awaitEventSeq(start + 1); // played on the server; its ack is lost on the way
            assertThat(sent).isNotDone();

            network.mute(false);
            network.cutAll();
            assertThat(outcome(sent)).isEqualTo(new MoveOutcome.Acknowledged(e4.moveId(), start + 1));
            white.awaitEventSeq(start + 1);
            assertThat(white.seqs()).containsExactly(start + 1);
        }
        assertThat(server.anonymous().game(game.gameId()).body().moves()).containsExactly("e2e4");
    }

    @Test
    void a_full_queue_refuses_the_next_move_with_a_typed_exception() {
        RecordingListener white = new RecordingListener();
        network.goOffline();
        try (LiveGame live = alice.via(network.base()).live(game.gameId(), FAST.withoutFallback().withMoveQueueCapacity(2), white)) {
            live.submit(MoveCommand.of("e2e4", 0));
            live.submit(MoveCommand.of("d2d4", 0));
            assertThatThrownBy(() -> live.submit(MoveCommand.of("c2c4", 0)))
                    .isInstanceOfSatisfying(MoveQueueFullException.class, e -> assertThat(e.capacity()).isEqualTo(2));
            assertThat(live.state()).isEqualTo(ConnectionState.CONNECTING);
        }
    }

    @Test
    void closing_abandons_unanswered_moves_which_a_queue_file_keeps_for_the_next_run(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("moves.json");
        MoveCommand e4 = MoveCommand.of("e2e4", 0);
        network.goOffline();
        LiveGame firstRun = alice.via(network.base()).live(game.gameId(), FAST.withMoveQueueFile(file), new RecordingListener());
        CompletableFuture<MoveOutcome> abandoned = firstRun.submit(e4);
        firstRun.close();
        assertThat(outcome(abandoned)).isEqualTo(new MoveOutcome.Abandoned(e4.moveId()));
        assertThat(firstRun.state()).isEqualTo(ConnectionState.CLOSED);
        assertThatThrownBy(() -> firstRun.submit(MoveCommand.of("d2d4", 0))).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readString(file)).contains(e4.moveId());

        RecordingListener secondRun = new RecordingListener();
        try (LiveGame live = alice.client().live(game.gameId(), FAST.withMoveQueueFile(file), secondRun)) {
            assertThat(secondRun.await(MoveOutcome.Acknowledged.class, "the kept move's ack", acks -> !acks.isEmpty()))
                    .containsExactly(new MoveOutcome.Acknowledged(e4.moveId(), game.seq() + 1));
            assertThat(live.queuedMoves()).isEmpty();
        }
        assertThat(Files.readString(file)).doesNotContain(e4.moveId());
        assertThat(server.anonymous().game(game.gameId()).body().moves()).containsExactly("e2e4");

        assertThatThrownBy(() -> alice.client().live(server.startedGame(alice, bob).gameId(), FAST.withMoveQueueFile(file), new RecordingListener()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(game.gameId());
    }

    @Test
    void when_websockets_are_blocked_it_falls_back_to_sse_and_plays_over_rest() throws Exception {
        network.blockWebSockets(true);
        RecordingListener white = new RecordingListener();
        try (LiveGame live = alice.via(network.base()).live(game.gameId(), FAST.withFallbackAfter(2), white)) {
            long start = white.awaitSnapshot().seq();
            assertThat(live.transport()).contains(TransportKind.SSE);
            assertThat(white.all(RecordingListener.StateChange.class)).contains(new RecordingListener.StateChange(ConnectionState.OPEN, TransportKind.SSE));

            MoveCommand e4 = MoveCommand.of("e2e4", 0);
            assertThat(outcome(live.submit(e4))).isEqualTo(new MoveOutcome.Acknowledged(e4.moveId(), start + 1));
            MoveOutcome refused = outcome(live.submit(MoveCommand.of("d2d4", 1)));
            assertThat(refused).isInstanceOfSatisfying(MoveOutcome.Refused.class, r -> assertThat(r.error().code()).isEqualTo("not_your_turn"));
            bob.client().move(game.gameId(), MoveCommand.of("e7e5", 1));
            white.awaitEventSeq(start + 2);

            network.cutAll(); // the SSE stream drops: one WebSocket try, then SSE again with Last-Event-ID
            white.awaitStateSeen(ConnectionState.RECONNECTING, 1);
            alice.client().move(game.gameId(), MoveCommand.of("g1f3", 2));
            white.awaitEventSeq(start + 3);
            white.awaitState(ConnectionState.OPEN);
            assertThat(white.seqs()).containsExactlyElementsOf(range(start + 1, start + 3));
            assertThat(live.transport()).contains(TransportKind.SSE);
        }
    }
}
