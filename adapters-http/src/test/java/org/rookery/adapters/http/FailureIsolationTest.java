package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.domain.game.GameView;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.GetGameUseCase;

/** A bug behind a route becomes a 500 that names the request id and leaks no internals. */
class FailureIsolationTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS, api -> new LiveGameApi(api.create(),
            api.join(), api.play(), api.resign(), api.abort(), api.draws(), api.claims(), new GetGameUseCase() {
                @Override
                public Outcome<GameView> game(String gameId) {
                    throw new IllegalStateException("secret internal detail at com.example.Database");
                }

                @Override
                public Outcome<String> pgn(String gameId) {
                    return api.games().pgn(gameId);
                }
            }, api.watch(), api.validate()));

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void a_failing_use_case_is_a_500_problem_without_stack_trace() {
        HttpResponse<String> r = platform.send(platform.request("/v1/games/some-game", null).header("X-Request-ID", "boom-1").GET());
        assertThat(r.statusCode()).isEqualTo(500);
        JsonNode p = TestPlatform.json(r);
        assertThat(p.get("code").asText()).isEqualTo("internal_error");
        assertThat(p.get("detail").asText()).contains("boom-1");
        assertThat(r.body()).doesNotContain("secret").doesNotContain("IllegalStateException").doesNotContain("at org.");
        assertThat(platform.get("/health/live", null).statusCode()).isEqualTo(200);
    }
}
