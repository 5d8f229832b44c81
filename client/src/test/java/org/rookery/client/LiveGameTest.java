package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.client.TestServer.Player;

class LiveGameTest {
    static final TestServer server = TestServer.start();
    /** Fast retries; a short heartbeat, so that a close the JDK misses now and then costs a second, not a test. */
    static final LiveGameOptions FAST = LiveGameOptions.DEFAULTS.withBackoff(Backoff.exponential(Duration.ofMillis(20), Duration.ofMillis(200)))
            .withHeartbeat(Duration.ofMillis(250));

    @AfterAll
    static void stop() {
        server.close();
    }

    static MoveOutcome outcome(java.util.concurrent.CompletableFuture<MoveOutcome> future) throws Exception {
        return future.get(RecordingListener.DEADLINE.toSeconds(), TimeUnit.SECONDS);
    }

    @Test
    void two_clients_play_fools_mate_over_the_websocket_and_both_see_every_event_once() throws Exception {
        Player alice = server.player(), bob = server.player();
        Game game = server.startedGame(alice, bob);
        RecordingListener white = new RecordingListener(), black = new RecordingListener();
        try (LiveGame whiteLive = alice.client().live(game.gameId(), FAST, white);
                LiveGame blackLive = bob.client().live(game.gameId(), FAST, black)) {
            assertThat(white.awaitSnapshot().status()).isEqualTo(GameStatus.IN_PROGRESS);
            black.awaitSnapshot();
            assertThat(whiteLive.transport()).contains(TransportKind.WEBSOCKET);
            assertThat(whiteLive.state()).isEqualTo(ConnectionState.OPEN);

            List<String> foolsMate = List.of("f2f3", "e7e5", "g2g4", "d8h4");
            for (int ply = 0; ply < foolsMate.size(); ply++) {
                LiveGame mover = ply % 2 == 0 ? whiteLive : blackLive;
                MoveCommand move = MoveCommand.of(foolsMate.get(ply), ply);
                assertThat(outcome(mover.submit(move))).isEqualTo(new MoveOutcome.Acknowledged(move.moveId(), game.seq() + 1 + ply));
            }
            long end = game.seq() + 5; // four moves, then the game's end
            for (RecordingListener side : List.of(white, black)) {
                List<GameEvent> events = side.awaitEventSeq(end);
                assertThat(side.seqs()).containsExactlyElementsOf(LongStream.rangeClosed(game.seq() + 1, end).boxed().toList());
                assertThat(events.stream().filter(e -> e.type().equals(GameEvent.MOVE_PLAYED)).map(e -> e.text("uci")))
                        .containsExactlyElementsOf(foolsMate);
                GameEvent ended = events.getLast();
                assertThat(ended.type()).isEqualTo(GameEvent.GAME_ENDED);
                assertThat(ended.text("result")).isEqualTo("0-1");
                assertThat(ended.text("reason")).isEqualTo("checkmate");
            }
            assertThat(white.all(MoveOutcome.Acknowledged.class)).hasSize(2);
            assertThat(black.all(MoveOutcome.Acknowledged.class)).hasSize(2);
            assertThat(whiteLive.lastSeq()).hasValue(end);
        }
        Game over = server.anonymous().game(game.gameId()).body();
        assertThat(over.result()).isEqualTo(GameResult.BLACK_WINS);
        assertThat(over.reason()).isEqualTo(EndReason.CHECKMATE);
        assertThat(server.anonymous().pgn(game.gameId()).body()).contains("Qh4#").contains("0-1");
    }

    @Test
    void a_refused_move_completes_as_refused_and_reaches_the_error_callback_while_the_connection_stays_open() throws Exception {
        Player alice = server.player(), bob = server.player();
        Game game = server.startedGame(alice, bob);
        RecordingListener white = new RecordingListener();
        try (LiveGame live = alice.client().live(game.gameId(), FAST, white)) {
            white.awaitSnapshot();
            MoveOutcome illegal = outcome(live.submit(MoveCommand.of("e2e5", 0)));
            assertThat(illegal).isInstanceOfSatisfying(MoveOutcome.Refused.class, r -> assertThat(r.error().code()).isEqualTo("illegal_move"));
            assertThat(white.awaitError("illegal_move").moveId()).isEqualTo(illegal.moveId());
            MoveOutcome stale = outcome(live.submit(MoveCommand.of("e2e4", 3)));
            assertThat(stale).isInstanceOfSatisfying(MoveOutcome.Refused.class, r -> assertThat(r.error().code()).isEqualTo("stale_ply"));
            assertThat(outcome(live.submit(MoveCommand.of("e2e4", 0)))).isInstanceOf(MoveOutcome.Acknowledged.class);
            assertThat(live.state()).isEqualTo(ConnectionState.OPEN);
            assertThat(white.states()).containsExactly(ConnectionState.OPEN);
        }
        assertThat(white.states()).containsExactly(ConnectionState.OPEN, ConnectionState.CLOSED);
    }

    @Test
    void a_live_game_resuming_after_a_saved_seq_gets_the_events_since_and_no_snapshot() {
        Player alice = server.player(), bob = server.player();
        Game game = server.startedGame(alice, bob);
        alice.client().move(game.gameId(), MoveCommand.of("e2e4", 0));
        bob.client().move(game.gameId(), MoveCommand.of("c7c5", 1));
        RecordingListener later = new RecordingListener();
        try (LiveGame live = server.anonymous().live(game.gameId(), FAST.resumingAfter(game.seq() + 1), later)) {
            later.awaitEventSeq(game.seq() + 2);
            assertThat(later.seqs()).containsExactly(game.seq() + 2);
            assertThat(later.all(GameEvent.class).getFirst().text("san")).isEqualTo("c5");
            assertThat(later.all(Game.class)).isEmpty();
            assertThat(live.lastSeq()).hasValue(game.seq() + 2);
        }
    }

    @Test
    void an_unknown_game_or_a_forged_token_closes_the_live_game_for_good() {
        RecordingListener lost = new RecordingListener();
        try (LiveGame live = server.anonymous().live("no-such-game", FAST, lost)) {
            lost.awaitState(ConnectionState.CLOSED);
            assertThat(lost.awaitError("game_not_found")).isNotNull();
            assertThat(live.state()).isEqualTo(ConnectionState.CLOSED);
        }
        Player alice = server.player(), bob = server.player();
        Game game = server.startedGame(alice, bob);
        RecordingListener forged = new RecordingListener();
        try (LiveGame live = server.anonymous().withToken("not.a.token").live(game.gameId(), FAST, forged)) {
            forged.awaitState(ConnectionState.CLOSED);
            assertThat(forged.awaitError("unauthorized")).isNotNull();
            assertThat(live.transport()).isEmpty();
        }
    }
}
