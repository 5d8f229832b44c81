package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.client.Models.CreateGame;
import org.rookery.client.Models.Game;
import org.rookery.client.Models.MoveResult;

class RookeryClientTest {
    static final LocalServer server = new LocalServer();

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void two_clients_play_a_game_through_typed_calls() {
        RookeryClient alice = new RookeryClient(server.uri()), bob = new RookeryClient(server.uri());
        String aliceId = alice.loginAsGuest().userId();
        bob.loginAsGuest();
        Game created = alice.createGame(CreateGame.of(60_000, 0, "white"));
        assertThat(created.status()).isEqualTo("waiting_for_opponent");
        assertThat(created.white()).isEqualTo(aliceId);
        Game started = bob.join(created.gameId());
        assertThat(started.status()).isEqualTo("in_progress");
        MoveResult e4 = alice.move(created.gameId(), "e2e4", 0);
        assertThat(e4.san()).isEqualTo("e4");
        bob.move(created.gameId(), "e7e5", 1);
        assertThat(alice.game(created.gameId()).moves()).containsExactly("e2e4", "e7e5");
        Game resigned = bob.resign(created.gameId());
        assertThat(resigned.result()).isEqualTo("1-0");
        assertThat(alice.pgn(created.gameId())).contains("1. e4 e5");
    }

    @Test
    void refusals_are_typed_exceptions_with_the_problem_code_and_request_id() {
        AtomicInteger n = new AtomicInteger();
        RookeryClient alice = new RookeryClient(server.uri(), HttpClient.newHttpClient(), () -> "trace-" + n.incrementAndGet());
        alice.loginAsGuest();
        RookeryClient bob = new RookeryClient(server.uri());
        bob.loginAsGuest();
        String gameId = alice.createGame(CreateGame.of(60_000, 0, "white")).gameId();
        bob.join(gameId);
        assertThatThrownBy(() -> alice.move(gameId, "e2e5", 0))
                .isInstanceOfSatisfying(RookeryApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("illegal_move");
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.requestId()).startsWith("trace-");
                });
        assertThatThrownBy(() -> bob.move(gameId, "e7e5", 0)).isInstanceOfSatisfying(RookeryApiException.class,
                e -> assertThat(e.code()).isEqualTo("not_your_turn"));
        assertThatThrownBy(() -> new RookeryClient(server.uri()).game("missing")).isInstanceOfSatisfying(RookeryApiException.class,
                e -> assertThat(e.code()).isEqualTo("game_not_found"));
    }

    @Test
    void a_retried_move_id_is_played_once() {
        RookeryClient alice = new RookeryClient(server.uri()), bob = new RookeryClient(server.uri());
        alice.loginAsGuest();
        bob.loginAsGuest();
        String gameId = alice.createGame(CreateGame.of(60_000, 0, "white")).gameId();
        bob.join(gameId);
        MoveResult first = alice.move(gameId, "d2d4", 0, "same-id");
        MoveResult again = alice.move(gameId, "d2d4", 0, "same-id");
        assertThat(again).isEqualTo(first);
        assertThat(alice.game(gameId).moves()).hasSize(1);
    }

    @Test
    void backoff_doubles_from_one_second_to_thirty() {
        assertThat(java.util.stream.IntStream.rangeClosed(1, 7).mapToObj(Backoff.DEFAULT::delay).map(d -> d.toSeconds()).toList())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }
}
