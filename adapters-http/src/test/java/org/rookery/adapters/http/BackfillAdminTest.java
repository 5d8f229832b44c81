package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.adapters.http.BadRequestTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

/** The admin backfill: its token, starting, following, the one-at-a-time rule, and ratings rebuilt from games played over HTTP. */
class BackfillAdminTest {
    static final String PATH = "/v1/admin/ratings/backfill";
    static final TestPlatform platform = TestPlatform.start();

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A rated 3+2 game that White wins by Black's resignation after 1. e4. */
    static String ratedGameWonByWhite(TestPlatform platform, Guest white, Guest black) {
        HttpResponse<String> created = platform.post("/v1/games", white.token(),
                "{\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"color\":\"white\",\"rated\":true}");
        String gameId = TestPlatform.json(created).get("gameId").asText();
        assertThat(platform.post("/v1/games/" + gameId + "/join", black.token(), null).statusCode()).isEqualTo(200);
        assertThat(platform.move(gameId, white, "e2e4", 0, "m1").statusCode()).isEqualTo(200);
        assertThat(TestPlatform.json(platform.post("/v1/games/" + gameId + "/resign", black.token(), null)).get("result").asText())
                .isEqualTo("1-0");
        return gameId;
    }

    static HttpResponse<String> start(TestPlatform platform, String body) {
        return platform.post(PATH, RankedPlay.ADMIN, body);
    }

    @Test
    void the_admin_routes_need_the_admin_token() {
        String body = "{\"mode\":\"recalculate\"}";
        problem(platform.post(PATH, null, body), 401, "unauthorized");
        problem(platform.post(PATH, "not-the-token", body), 401, "unauthorized");
        problem(platform.post(PATH, RankedPlay.RESULTS, body), 401, "unauthorized");
        problem(platform.post(PATH, platform.guest().token(), body), 403, "forbidden");
        problem(platform.get(PATH, null), 401, "unauthorized");
        problem(platform.get(PATH, platform.guest().token()), 403, "forbidden");
        problem(platform.send(platform.request(PATH, null).header("Authorization", "Basic YWRtaW4=").GET()), 401, "unauthorized");
    }

    @Test
    void bad_backfill_requests_are_400() {
        problem(start(platform, "{\"mode\":"), 400, "malformed_json");
        problem(start(platform, "{}"), 400, "invalid_request");
        problem(start(platform, "{\"mode\":\"sideways\"}"), 400, "invalid_request");
        problem(start(platform, "{\"mode\":\"recalculate\",\"since\":\"2025-01-01T00:00:00Z\"}"), 400, "invalid_request");
        problem(start(platform, "{\"mode\":\"catch_up\",\"since\":\"yesterday\"}"), 400, "invalid_request");
        problem(start(platform, "{\"mode\":\"catch_up\",\"from\":\"2025-01-01T00:00:00Z\"}"), 400, "invalid_request");
    }

    @Test
    void a_recalculation_rebuilds_ratings_from_the_games_played_and_a_catch_up_then_finds_nothing_missing() {
        try (TestPlatform own = TestPlatform.start(HttpSettings.DEFAULTS)) {
            problem(own.get(PATH, RankedPlay.ADMIN), 404, "backfill_not_found");
            Guest ann = own.guest(), ben = own.guest();
            ratedGameWonByWhite(own, ann, ben);
            ratedGameWonByWhite(own, ann, ben);
            assertThat(TestPlatform.json(own.get("/v1/ratings/" + ann.userId(), null)).get("pools")).isEmpty();

            HttpResponse<String> started = start(own, "{\"mode\":\"recalculate\"}");
            assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
            assertThat(started.headers().firstValue("Location")).hasValue(PATH);
            JsonNode running = TestPlatform.json(started);
            assertThat(running.get("state").asText()).isEqualTo("running");
            assertThat(running.get("mode").asText()).isEqualTo("recalculate");
            assertThat(running.get("eventsDone").asLong()).isZero();
            assertThat(running.get("eventsTotal").asLong()).isEqualTo(own.log.endPosition());

            HttpResponse<String> repeated = start(own, "{\"mode\":\"recalculate\"}");
            assertThat(repeated.statusCode()).as("the same request joins the running backfill").isEqualTo(200);
            assertThat(TestPlatform.json(repeated).get("startedAt")).isEqualTo(running.get("startedAt"));
            problem(start(own, "{\"mode\":\"catch_up\"}"), 409, "backfill_running");

            own.ranked.runBackfill();
            JsonNode done = TestPlatform.json(own.get(PATH, RankedPlay.ADMIN));
            assertThat(done.get("state").asText()).isEqualTo("completed");
            assertThat(done.get("eventsDone").asLong()).isEqualTo(own.log.endPosition()).isEqualTo(done.get("eventsTotal").asLong());
            assertThat(done.get("percentDone").asDouble()).isEqualTo(100.0);
            assertThat(done.get("resultsApplied").asLong()).isEqualTo(2);
            assertThat(done.get("etaMs").isNull()).isTrue();
            assertThat(done.get("failure").isNull()).isTrue();
            JsonNode annBlitz = TestPlatform.json(own.get("/v1/ratings/" + ann.userId(), null)).get("pools").get(0);
            assertThat(annBlitz.get("games").asInt()).isEqualTo(2);
            assertThat(annBlitz.get("rank").asLong()).isEqualTo(1);

            HttpResponse<String> catchUp = start(own, "{\"mode\":\"catch_up\",\"since\":\"2020-01-01T00:00:00Z\"}");
            assertThat(catchUp.statusCode()).isEqualTo(202);
            assertThat(TestPlatform.json(catchUp).get("since").asText()).isEqualTo("2020-01-01T00:00:00Z");
            own.ranked.runBackfill();
            JsonNode caughtUp = TestPlatform.json(own.get(PATH, RankedPlay.ADMIN));
            assertThat(caughtUp.get("mode").asText()).isEqualTo("catch_up");
            assertThat(caughtUp.get("state").asText()).isEqualTo("completed");
            assertThat(caughtUp.get("resultsApplied").asLong()).isZero();
            assertThat(caughtUp.get("resultsSkipped").asLong()).isEqualTo(2);
            assertThat(TestPlatform.json(own.get("/v1/ratings/" + ann.userId(), null)).get("pools").get(0).get("games").asInt()).isEqualTo(2);
        }
    }

    @Test
    void a_result_posted_the_legacy_way_is_not_counted_again_when_its_game_event_is_replayed() {
        try (TestPlatform own = TestPlatform.start(HttpSettings.DEFAULTS)) {
            Guest ann = own.guest(), ben = own.guest();
            String gameId = ratedGameWonByWhite(own, ann, ben);
            String legacy = "{\"gameId\":\"" + gameId + "\",\"white\":\"" + ann.userId() + "\",\"black\":\"" + ben.userId()
                    + "\",\"result\":\"1-0\",\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"rated\":true,\"endedAtMs\":"
                    + System.currentTimeMillis() + "}";
            assertThat(TestPlatform.json(own.post("/v1/game-results", RankedPlay.RESULTS, legacy)).get("outcome").asText()).isEqualTo("applied");
            assertThat(start(own, "{\"mode\":\"catch_up\"}").statusCode()).isEqualTo(202);
            own.ranked.runBackfill();
            JsonNode done = TestPlatform.json(own.send(own.request(PATH, RankedPlay.ADMIN).method("GET", HttpRequest.BodyPublishers.noBody())));
            assertThat(done.get("resultsSkipped").asLong()).isEqualTo(1);
            assertThat(done.get("resultsApplied").asLong()).isZero();
            assertThat(TestPlatform.json(own.get("/v1/ratings/" + ben.userId(), null)).get("pools").get(0).get("games").asInt()).isEqualTo(1);
        }
    }
}
