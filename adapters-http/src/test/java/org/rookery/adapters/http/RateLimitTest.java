package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.out.RateLimiter.Limit;

class RateLimitTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS, RateLimitPolicy.UNLIMITED
            .with(LimitedAction.CREATE_GAME, true, new Limit(3, Duration.ofHours(1)))
            .with(LimitedAction.MOVE, true, new Limit(2, Duration.ofHours(1))));

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void game_creation_beyond_the_users_limit_is_429_with_retry_after_and_others_still_create() {
        Guest alice = platform.guest(), bob = platform.guest();
        String body = "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0}}";
        for (int i = 0; i < 3; i++) assertThat(platform.post("/v1/games", alice.token(), body).statusCode()).isEqualTo(201);
        HttpResponse<String> limited = platform.post("/v1/games", alice.token(), body);
        BadRequestTest.problem(limited, 429, "rate_limited");
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(platform.post("/v1/games", bob.token(), body).statusCode()).isEqualTo(201);
    }

    @Test
    void move_submissions_beyond_the_limit_are_429_and_the_game_is_unchanged() {
        Guest white = platform.guest(), black = platform.guest();
        String gameId = platform.startedGame(white, black, 60_000, 0);
        assertThat(platform.move(gameId, white, "e2e4", 0, "r1").statusCode()).isEqualTo(200);
        assertThat(platform.move(gameId, white, "e2e4", 0, "r1").statusCode()).isEqualTo(200);
        BadRequestTest.problem(platform.move(gameId, white, "d2d4", 2, "r2"), 429, "rate_limited");
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).hasSize(1);
        assertThat(platform.move(gameId, black, "e7e5", 1, "r3").statusCode()).isEqualTo(200);
    }

    @Test
    void guest_tokens_are_limited_per_ip() {
        try (TestPlatform own = TestPlatform.start(HttpSettings.DEFAULTS,
                RateLimitPolicy.UNLIMITED.with(LimitedAction.GUEST_TOKEN, false, new Limit(4, Duration.ofHours(1))))) {
            guestsUntilLimited(own);
        }
    }

    private static void guestsUntilLimited(TestPlatform platform) {
        int created = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = platform.post("/v1/auth/guest", null, null);
            if (last.statusCode() == 201) created++;
            else break;
        }
        assertThat(created).isLessThanOrEqualTo(4);
        BadRequestTest.problem(last, 429, "rate_limited");
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
    }
}
