package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.adapters.http.BadRequestTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

/** The leaderboard and rating reads, and the legacy results endpoint: who may post, what it answers, when it is gone. */
class RatingRoutesTest {
    static final TestPlatform platform = TestPlatform.start();
    static int games;

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A legacy result body: a 3+2 (blitz) game. */
    static String result(String gameId, String white, String black, String result, boolean rated) {
        return "{\"gameId\":\"" + gameId + "\",\"white\":\"" + white + "\",\"black\":\"" + black + "\",\"result\":\"" + result
                + "\",\"timeControl\":{\"initialMs\":180000,\"incrementMs\":2000},\"rated\":" + rated + ",\"endedAtMs\":"
                + Instant.now().toEpochMilli() + "}";
    }

    static String newGameId() {
        return "legacy-" + (++games) + "-" + System.nanoTime();
    }

    @Test
    void a_legacy_result_changes_both_ratings_once_and_shows_on_the_leaderboard() {
        String gameId = newGameId();
        String body = result(gameId, "ann-" + gameId, "ben-" + gameId, "1-0", true);
        HttpResponse<String> first = platform.post("/v1/game-results", RankedPlay.RESULTS, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode applied = TestPlatform.json(first);
        assertThat(applied.get("outcome").asText()).isEqualTo("applied");
        assertThat(applied.get("pool").asText()).isEqualTo("blitz");
        assertThat(applied.at("/white/before/rating").asDouble()).isEqualTo(1500);
        assertThat(applied.at("/white/after/rating").asDouble()).isGreaterThan(1500);
        assertThat(applied.at("/black/after/rating").asDouble()).isLessThan(1500);
        assertThat(applied.at("/white/after/games").asInt()).isEqualTo(1);

        JsonNode again = TestPlatform.json(platform.post("/v1/game-results", RankedPlay.ADMIN, body));
        assertThat(again.get("outcome").asText()).isEqualTo("already_applied");

        JsonNode ann = TestPlatform.json(platform.get("/v1/ratings/ann-" + gameId, null));
        assertThat(ann.get("userId").asText()).isEqualTo("ann-" + gameId);
        JsonNode blitz = ann.get("pools").get(0);
        assertThat(ann.get("pools")).hasSize(1);
        assertThat(blitz.get("pool").asText()).isEqualTo("blitz");
        assertThat(blitz.get("rating").asDouble()).isEqualTo(applied.at("/white/after/rating").asDouble());
        assertThat(blitz.get("games").asInt()).isEqualTo(1);
        assertThat(blitz.get("provisional").asBoolean()).isTrue();
        assertThat(blitz.get("deviation").asDouble()).isBetween(0.0, 350.0);
        assertThat(blitz.get("volatility").asDouble()).isPositive();
        assertThat(blitz.get("rank").asLong()).isPositive();

        JsonNode board = TestPlatform.json(platform.get("/v1/leaderboards/blitz?limit=200", null));
        List<String> order = new ArrayList<>();
        board.get("entries").forEach(e -> order.add(e.get("userId").asText()));
        assertThat(order).containsSubsequence("ann-" + gameId, "ben-" + gameId);
        assertThat(board.get("entries").get(order.indexOf("ann-" + gameId)).get("rank").asLong()).isEqualTo(blitz.get("rank").asLong());
    }

    @Test
    void leaderboard_pages_follow_offset_and_limit_with_a_next_link() {
        for (int i = 0; i < 3; i++) {
            String gameId = newGameId();
            assertThat(platform.post("/v1/game-results", RankedPlay.RESULTS,
                    result(gameId, "p" + i + "w-" + gameId, "p" + i + "b-" + gameId, "1/2-1/2", true)).statusCode()).isEqualTo(200);
        }
        JsonNode all = TestPlatform.json(platform.get("/v1/leaderboards/blitz?limit=200", null));
        long total = all.get("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(6);
        JsonNode page = TestPlatform.json(platform.get("/v1/leaderboards/blitz?offset=2&limit=2", null));
        assertThat(page.get("offset").asLong()).isEqualTo(2);
        assertThat(page.get("limit").asInt()).isEqualTo(2);
        assertThat(page.get("total").asLong()).isEqualTo(total);
        assertThat(page.get("entries")).hasSize(2);
        assertThat(page.get("entries").get(0).get("rank").asLong()).isEqualTo(3);
        assertThat(page.get("entries").get(0).get("userId").asText()).isEqualTo(all.get("entries").get(2).get("userId").asText());
        assertThat(page.get("next").asText()).isEqualTo("/v1/leaderboards/blitz?offset=4&limit=2");
        JsonNode last = TestPlatform.json(platform.get("/v1/leaderboards/blitz?offset=" + (total - 1) + "&limit=2", null));
        assertThat(last.get("entries")).hasSize(1);
        assertThat(last.get("next").isNull()).isTrue();
        JsonNode empty = TestPlatform.json(platform.get("/v1/leaderboards/classical", null));
        assertThat(empty.get("total").asLong()).isZero();
        assertThat(empty.get("limit").asInt()).isEqualTo(50);
        assertThat(empty.get("entries")).isEmpty();
    }

    @Test
    void bad_leaderboard_parameters_are_400_and_unknown_pools_404() {
        for (String query : List.of("limit=0", "limit=201", "limit=ten", "offset=-1", "offset=1.5", "limit=")) {
            JsonNode p = problem(platform.get("/v1/leaderboards/blitz?" + query, null), 400, "invalid_request");
            assertThat(p.get("detail").asText()).as(query).containsAnyOf("'limit'", "'offset'");
        }
        JsonNode unknown = problem(platform.get("/v1/leaderboards/lightning", null), 404, "pool_not_found");
        assertThat(unknown.get("detail").asText()).contains("bullet", "blitz", "rapid", "classical", "ultrabullet");
        problem(platform.get("/v1/leaderboards/BLITZ", null), 404, "pool_not_found");
        problem(platform.get("/v1/leaderboards/blitz", "not-a-token"), 401, "unauthorized");
    }

    @Test
    void a_player_who_never_played_rated_has_no_pools() {
        Guest newcomer = platform.guest();
        JsonNode ratings = TestPlatform.json(platform.get("/v1/ratings/" + newcomer.userId(), newcomer.token()));
        assertThat(ratings.get("userId").asText()).isEqualTo(newcomer.userId());
        assertThat(ratings.get("pools")).isEmpty();
        problem(platform.get("/v1/ratings/" + "x".repeat(129), null), 400, "invalid_request");
    }

    @Test
    void only_the_results_or_admin_token_may_post_results() {
        String body = result(newGameId(), "cy", "di", "0-1", true);
        problem(platform.post("/v1/game-results", null, body), 401, "unauthorized");
        problem(platform.post("/v1/game-results", "guessed-token", body), 401, "unauthorized");
        problem(platform.post("/v1/game-results", platform.guest().token(), body), 403, "forbidden");
        assertThat(platform.post("/v1/game-results", RankedPlay.ADMIN, body).statusCode()).isEqualTo(200);
    }

    @Test
    void bad_legacy_results_are_400_and_change_nothing() {
        String gameId = newGameId();
        problem(platform.post("/v1/game-results", RankedPlay.RESULTS, "{\"gameId\":"), 400, "malformed_json");
        problem(platform.post("/v1/game-results", RankedPlay.RESULTS, result(gameId, "ed", "fay", "2-0", true)), 400, "invalid_request");
        problem(platform.post("/v1/game-results", RankedPlay.RESULTS, result(gameId, "ed", "ed", "1-0", true)), 400, "invalid_request");
        problem(platform.post("/v1/game-results", RankedPlay.RESULTS, result(gameId, "ed", "fay", "1-0", true)
                .replace("\"rated\":true,", "")), 400, "invalid_request");
        problem(platform.post("/v1/game-results", RankedPlay.RESULTS, result(gameId, "ed", "fay", "1-0", true)
                .replace("\"incrementMs\":2000", "\"incrementMs\":-1")), 400, "invalid_request");
        problem(platform.post("/v1/game-results", RankedPlay.RESULTS, result(gameId, "ed", "fay", "1-0", true)
                .replace("}", ",\"winner\":\"ed\"}")), 400, "invalid_request");
        assertThat(TestPlatform.json(platform.get("/v1/ratings/ed", null)).get("pools")).isEmpty();
        JsonNode casual = TestPlatform.json(platform.post("/v1/game-results", RankedPlay.RESULTS, result(gameId, "ed", "fay", "1-0", false)));
        assertThat(casual.get("outcome").asText()).isEqualTo("not_rated");
        assertThat(casual.get("reason").asText()).isEqualTo("casual");
        assertThat(TestPlatform.json(platform.get("/v1/ratings/ed", null)).get("pools")).isEmpty();
    }

    @Test
    void after_the_retirement_date_the_legacy_endpoint_is_410_gone_whatever_the_body() {
        Instant retired = Instant.now().minusSeconds(60);
        try (TestPlatform old = TestPlatform.start(HttpSettings.DEFAULTS, RankedPlay.Options.DEFAULTS.withLegacyGoneAt(retired))) {
            JsonNode gone = problem(old.post("/v1/game-results", RankedPlay.RESULTS, result("g1", "gil", "hal", "1-0", true)), 410, "gone");
            assertThat(gone.get("detail").asText()).contains(retired.toString());
            problem(old.post("/v1/game-results", RankedPlay.RESULTS, "{not json"), 410, "gone");
            problem(old.post("/v1/game-results", null, "{}"), 401, "unauthorized");
            assertThat(TestPlatform.json(old.get("/v1/ratings/gil", null)).get("pools")).isEmpty();
        }
    }
}
