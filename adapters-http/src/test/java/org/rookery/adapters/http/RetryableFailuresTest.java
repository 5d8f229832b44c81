package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * A game whose earlier commands hold it past the deadline is 503 {@code busy}, a store that is down
 * is 503 {@code unavailable} — both with Retry-After, both error frames of the same code on the
 * WebSocket, neither a 500 nor a leak of the store's message; the command metrics count them.
 */
class RetryableFailuresTest {
    /** Reading this game finds its store down. */
    static final String DOWN_GAME = "game-on-a-store-that-is-down";
    /** Moves find their game busy, resignations a store down; PGN reads find the store down too. */
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), api -> new LiveGameApi(
            api.create(), api.join(), (gameId, player, move) -> {
                throw new GameBusyException(gameId, 250);
            }, (gameId, player) -> {
                throw new StoreUnavailableException("db-7.internal:5432 refused the connection", new java.io.IOException("refused"));
            }, api.abort(), api.draws(), api.claims(), new GetGameUseCase() {
                @Override
                public Outcome<GameView> game(String gameId) {
                    if (gameId.equals(DOWN_GAME)) throw new StoreUnavailableException("db-7.internal:5432 timed out", null);
                    return api.games().game(gameId);
                }

                @Override
                public Outcome<String> pgn(String gameId) {
                    throw new StoreUnavailableException("db-7.internal:5432 timed out", null);
                }
            }, api.watch(), api.validate()));

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void a_busy_game_is_503_busy_with_retry_after() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        HttpResponse<String> busy = platform.move(gameId, alice, "e2e4", 0, "m1");
        JsonNode problem = BadRequestTest.problem(busy, 503, "busy");
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(problem.get("detail").asText()).contains("nothing was recorded");
    }

    @Test
    void an_unavailable_store_is_503_unavailable_with_retry_after_and_without_its_message() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        for (HttpResponse<String> down : java.util.List.of(platform.post("/v1/games/" + gameId + "/resign", alice.token(), null),
                platform.get("/v1/games/" + gameId + "/pgn", null))) {
            BadRequestTest.problem(down, 503, "unavailable");
            assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(down.body()).doesNotContain("db-7").doesNotContain("refused").doesNotContain("Exception");
        }
    }

    @Test
    void over_the_websocket_they_are_busy_and_unavailable_error_frames_and_the_connection_stays_open() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe white = SocketProbe.connect(platform, gameId, alice.token())) {
            white.next("snapshot");
            white.send(GameSocketTest.move("m2", 0, "e2e4"));
            JsonNode busy = white.next("error");
            assertThat(busy.get("code").asText()).isEqualTo("busy");
            assertThat(busy.get("moveId").asText()).isEqualTo("m2");
            white.send("{\"type\":\"resign\"}");
            JsonNode down = white.next("error");
            assertThat(down.get("code").asText()).isEqualTo("unavailable");
            assertThat(down.get("message").asText()).doesNotContain("db-7");
            white.send("{\"type\":\"ping\"}");
            assertThat(white.next("pong")).isNotNull();
        }
    }

    @Test
    void a_websocket_whose_game_cannot_be_read_is_told_to_try_again_later_without_the_stores_message() {
        try (SocketProbe probe = SocketProbe.connect(platform, DOWN_GAME, null)) {
            JsonNode error = probe.next("error");
            assertThat(error.get("code").asText()).isEqualTo("unavailable");
            assertThat(error.get("message").asText()).doesNotContain("db-7");
            assertThat(probe.closeCode()).isEqualTo(1013);
        }
    }

    @Test
    void the_command_metrics_count_busy_and_unavailable_outcomes_and_no_500s() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        String moves = "rookery_http_requests_total{method=\"POST\",route=\"/v1/games/{gameId}/moves\",status=\"5xx\"}";
        String resigns = "rookery_http_requests_total{method=\"POST\",route=\"/v1/games/{gameId}/resign\",status=\"5xx\"}";
        MetricsScrape before = scrape();
        platform.move(gameId, alice, "e2e4", 0, "m3");
        platform.post("/v1/games/" + gameId + "/resign", alice.token(), null);
        MetricsScrape after = scrape();
        assertThat(after.text()).contains("rookery_game_commands_total{command=\"move\",outcome=\"busy\"}")
                .contains("rookery_game_commands_total{command=\"resign\",outcome=\"unavailable\"}")
                .contains("live_game_moves_total{outcome=\"busy\",transport=\"rest\"}");
        // each command's one 5xx is its 503 (busy, unavailable): the answers above say so, and nothing else is a 5xx
        assertThat(after.value(moves) - before.value(moves)).isEqualTo(1);
        assertThat(after.value(resigns) - before.value(resigns)).isEqualTo(1);
        assertThat(after.value("rookery_game_commands_total{command=\"move\",outcome=\"busy\"}")
                - before.value("rookery_game_commands_total{command=\"move\",outcome=\"busy\"}")).isEqualTo(1);
    }

    private static MetricsScrape scrape() {
        return new MetricsScrape(platform.send(platform.request("/metrics", "m").GET()).body());
    }
}
