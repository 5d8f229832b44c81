package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.adapters.http.BadRequestTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.memory.InMemoryPositionAnalyst;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.ports.in.LimitedAction;
import org.rookery.ports.out.RateLimiter.Limit;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.TierQueueFullException;

/** {@code POST /v1/analysis}: the answer in UCI and SAN, every bad request a 400, every engine failure a 503 with Retry-After. */
class AnalysisRoutesTest {
    static final TestPlatform platform = TestPlatform.start();
    /** The Scholar's mate one move before: White mates with Qxf7#. */
    private static final String MATE_IN_ONE = "r1bqkb1r/pppp1ppp/2n2n2/4p2Q/2B1P3/8/PPPP1PPP/RNB1K1NR w KQkq - 4 4";
    private static final String START = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";

    @AfterAll
    static void stop() {
        platform.close();
    }

    @AfterEach
    void healthy_engine_again() {
        platform.analyst.set(new InMemoryPositionAnalyst());
    }

    private static HttpResponse<String> analyse(String body) {
        return platform.post("/v1/analysis", null, body);
    }

    @Test
    void finds_the_mate_and_answers_score_best_move_and_line_in_uci_and_san() {
        HttpResponse<String> answer = analyse("{\"fen\":\"" + MATE_IN_ONE + "\",\"depth\":3}");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode a = TestPlatform.json(answer);
        assertThat(a.get("fen").asText()).isEqualTo(MATE_IN_ONE);
        assertThat(a.get("sideToMove").asText()).isEqualTo("white");
        assertThat(a.get("score").get("type").asText()).isEqualTo("mate");
        assertThat(a.get("score").get("value").asInt()).isEqualTo(1);
        assertThat(a.get("score").has("bound")).isFalse();
        assertThat(a.get("bestMove").get("uci").asText()).isEqualTo("h5f7");
        assertThat(a.get("bestMove").get("san").asText()).isEqualTo("Qxf7#");
        assertThat(a.get("pv").get(0).get("san").asText()).isEqualTo("Qxf7#");
        assertThat(a.get("depth").asInt()).isPositive();
        assertThat(a.get("engine").asText()).isEqualTo("in-memory");
    }

    @Test
    void a_search_by_move_time_alone_answers_a_centipawn_score_and_a_legal_line() {
        JsonNode a = TestPlatform.json(analyse("{\"fen\":\"" + START + "\",\"movetimeMs\":50}"));
        assertThat(a.get("score").get("type").asText()).isEqualTo("cp");
        assertThat(a.get("score").get("bound").asText()).isEqualTo("exact");
        assertThat(a.get("pv").size()).isPositive();
        assertThat(a.get("pv").get(0)).isEqualTo(a.get("bestMove"));
        for (JsonNode move : a.get("pv")) assertThat(move.get("san").asText()).isNotBlank();
    }

    @Test
    void missing_fields_out_of_range_limits_and_wrong_types_are_400_naming_the_field() {
        assertDetail(analyse("{\"depth\":3}"), "fen");
        assertDetail(analyse("{\"fen\":\"" + START + "\"}"), "depth");
        assertDetail(analyse("{\"fen\":\"" + START + "\",\"depth\":0}"), "depth");
        assertDetail(analyse("{\"fen\":\"" + START + "\",\"depth\":31}"), "depth");
        assertDetail(analyse("{\"fen\":\"" + START + "\",\"movetimeMs\":0}"), "movetimeMs");
        assertDetail(analyse("{\"fen\":\"" + START + "\",\"movetimeMs\":5001}"), "movetimeMs");
        assertDetail(analyse("{\"fen\":\"" + "k".repeat(129) + "\",\"depth\":3}"), "fen");
        problem(analyse("{\"fen\":\"" + START + "\",\"depth\":\"3\"}"), 400, "invalid_request");
        problem(analyse("{\"fen\":\"" + START + "\",\"depth\":3,\"multipv\":2}"), 400, "invalid_request");
        problem(analyse("{\"fen\":\"" + START + "\",\"depth\":3"), 400, "malformed_json");
    }

    @Test
    void a_fen_that_is_no_position_or_a_finished_one_is_400_invalid_fen() {
        problem(analyse("{\"fen\":\"not a position\",\"depth\":3}"), 400, "invalid_fen");
        JsonNode mated = problem(analyse("{\"fen\":\"rnb1kbnr/pppp1ppp/8/4p3/6Pq/5P2/PPPPP2P/RNBQKBNR w KQkq - 1 3\",\"depth\":3}"), 400, "invalid_fen");
        assertThat(mated.get("detail").asText()).contains("no legal move");
    }

    @Test
    void a_full_engine_queue_is_503_engine_busy_with_retry_after() {
        platform.analyst.set(request -> {
            throw new TierQueueFullException(request.tier(), 32);
        });
        HttpResponse<String> busy = analyse("{\"fen\":\"" + START + "\",\"depth\":5}");
        assertThat(problem(busy, 503, "engine_busy").get("detail").asText()).contains("normal");
        assertThat(busy.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void an_engine_that_does_not_answer_in_time_is_503_engine_timeout() {
        platform.analyst.set(request -> {
            throw new EngineTimeoutException(Duration.ofSeconds(10), "hung");
        });
        HttpResponse<String> late = analyse("{\"fen\":\"" + START + "\",\"depth\":5}");
        problem(late, 503, "engine_timeout");
        assertThat(late.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void no_engine_is_503_unavailable_without_the_engines_own_message() {
        platform.analyst.set(request -> {
            throw new EngineUnavailableException("cannot start /opt/secret/stockfish");
        });
        HttpResponse<String> down = analyse("{\"fen\":\"" + START + "\",\"depth\":5}");
        assertThat(problem(down, 503, "unavailable").get("detail").asText()).doesNotContain("/opt/secret");
        assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void a_token_is_optional_but_a_bad_one_is_401() {
        TestPlatform.Guest guest = platform.guest();
        assertThat(platform.post("/v1/analysis", guest.token(), "{\"fen\":\"" + START + "\",\"depth\":1}").statusCode()).isEqualTo(200);
        problem(platform.post("/v1/analysis", "not-a-token", "{\"fen\":\"" + START + "\",\"depth\":1}"), 401, "unauthorized");
    }

    @Test
    void analyses_beyond_the_limit_are_429_rate_limited() {
        try (TestPlatform limited = TestPlatform.start(HttpSettings.DEFAULTS,
                RateLimitPolicy.UNLIMITED.with(LimitedAction.ANALYZE, false, new Limit(2, Duration.ofHours(1))))) {
            String body = "{\"fen\":\"" + START + "\",\"depth\":1}";
            for (int i = 0; i < 2; i++) assertThat(limited.post("/v1/analysis", null, body).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = limited.post("/v1/analysis", null, body);
            problem(refused, 429, "rate_limited");
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        }
    }

    private static void assertDetail(HttpResponse<String> response, String field) {
        assertThat(problem(response, 400, "invalid_request").get("detail").asText()).contains("'" + field + "'");
    }
}
