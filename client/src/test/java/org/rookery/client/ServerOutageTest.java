package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The server itself goes away (every connection dropped, new ones refused) and comes back on the same port with its games. */
class ServerOutageTest {
    static final LiveGameOptions FAST = LiveGameOptions.DEFAULTS.withoutFallback()
            .withBackoff(Backoff.exponential(Duration.ofMillis(50), Duration.ofMillis(400)))
            .withHeartbeat(Duration.ofMillis(250)); // the JDK misses a server's close now and then: the heartbeat finds it

    @Test
    void both_players_ride_out_a_server_outage_with_their_offline_moves_and_no_gap() throws Exception {
        try (LocalServer server = new LocalServer()) {
            RookeryClient anonymous = RookeryClient.create(server.uri());
            RookeryClient alice = anonymous.withToken(anonymous.createGuest().body().token());
            RookeryClient bob = anonymous.withToken(anonymous.createGuest().body().token());
            Game game = alice.createGame(NewGame.playing(ColorChoice.WHITE, TimeControl.ofMinutes(5, 0))).body();
            bob.joinGame(game.gameId());
            RecordingListener white = new RecordingListener(), black = new RecordingListener();
            try (LiveGame w = alice.live(game.gameId(), FAST, white); LiveGame b = bob.live(game.gameId(), FAST, black)) {
                long start = white.awaitSnapshot().seq();
                black.awaitSnapshot();
                assertThat(w.submit(MoveCommand.of("e2e4", 0)).get(15, TimeUnit.SECONDS)).isInstanceOf(MoveOutcome.Acknowledged.class);
                black.awaitEventSeq(start + 1);

                server.goDown();
                white.awaitState(ConnectionState.RECONNECTING);
                black.awaitState(ConnectionState.RECONNECTING);
                MoveCommand e5 = MoveCommand.of("e7e5", 1);
                CompletableFuture<MoveOutcome> offline = b.submit(e5);
                assertThat(b.queuedMoves()).containsExactly(e5);
                server.comeBack();

                assertThat(offline.get(15, TimeUnit.SECONDS)).isEqualTo(new MoveOutcome.Acknowledged(e5.moveId(), start + 2));
                white.awaitEventSeq(start + 2);
                assertThat(w.submit(MoveCommand.of("g1f3", 2)).get(15, TimeUnit.SECONDS)).isInstanceOf(MoveOutcome.Acknowledged.class);
                black.awaitEventSeq(start + 3);
                assertThat(white.seqs()).containsExactly(start + 1, start + 2, start + 3);
                assertThat(black.seqs()).containsExactly(start + 1, start + 2, start + 3);
                assertThat(white.all(Game.class)).hasSize(1);
            }
            assertThat(anonymous.game(game.gameId()).body().moves()).containsExactly("e2e4", "e7e5", "g1f3");
        }
    }
}
