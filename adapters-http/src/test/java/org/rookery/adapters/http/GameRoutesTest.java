package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;

class GameRoutesTest {
    static final TestPlatform platform = TestPlatform.start();

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void a_guest_creates_a_game_that_waits_for_an_opponent() {
        Guest alice = platform.guest();
        HttpResponse<String> created = platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"black\",\"rated\":true}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode game = TestPlatform.json(created);
        assertThat(game.get("status").asText()).isEqualTo("waiting_for_opponent");
        assertThat(game.get("black").asText()).isEqualTo(alice.userId());
        assertThat(game.get("white").isNull()).isTrue();
        assertThat(game.get("rated").asBoolean()).isTrue();
        assertThat(game.get("timeControl").get("initialMs").asLong()).isEqualTo(60000);
        assertThat(game.get("clock").get("running").asBoolean()).isFalse();
        assertThat(game.get("result").isNull()).isTrue();
        assertThat(game.get("reason").isNull()).isTrue();
        assertThat(game.get("seq").asLong()).isEqualTo(1);
        assertThat(game.get("createdAt").asText()).endsWith("Z");
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/games/" + game.get("gameId").asText());
    }

    @Test
    void a_second_player_joins_and_the_game_starts() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = TestPlatform.json(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":1000},\"color\":\"white\"}")).get("gameId").asText();
        HttpResponse<String> joined = platform.post("/v1/games/" + gameId + "/join", bob.token(), null);
        assertThat(joined.statusCode()).isEqualTo(200);
        JsonNode game = TestPlatform.json(joined);
        assertThat(game.get("status").asText()).isEqualTo("in_progress");
        assertThat(game.get("white").asText()).isEqualTo(alice.userId());
        assertThat(game.get("black").asText()).isEqualTo(bob.userId());
        assertThat(game.get("clock").get("turn").asText()).isEqualTo("white");
    }

    @Test
    void players_move_and_a_repeated_move_id_gets_the_first_answer_unchanged() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        HttpResponse<String> first = platform.move(gameId, alice, "e2e4", 0, "m1");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode move = TestPlatform.json(first);
        assertThat(move.get("seq").asLong()).isEqualTo(3);
        assertThat(move.get("ply").asInt()).isEqualTo(1);
        assertThat(move.get("uci").asText()).isEqualTo("e2e4");
        assertThat(move.get("san").asText()).isEqualTo("e4");
        assertThat(move.get("fen").asText()).startsWith("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b");
        assertThat(move.get("clock").get("turn").asText()).isEqualTo("black");
        assertThat(move.get("status").asText()).isEqualTo("in_progress");

        assertThat(platform.move(gameId, bob, "e7e5", 1, "m2").statusCode()).isEqualTo(200);
        HttpResponse<String> replayed = platform.move(gameId, alice, "e2e4", 0, "m1");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(replayed.body()).isEqualTo(first.body());

        JsonNode game = TestPlatform.json(platform.get("/v1/games/" + gameId, null));
        assertThat(game.get("moves")).extracting(JsonNode::asText).containsExactly("e2e4", "e7e5");
        assertThat(game.get("seq").asLong()).isEqualTo(4);
    }

    @Test
    void a_move_is_validated_against_the_current_position_without_being_played() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        JsonNode legal = TestPlatform.json(platform.post("/v1/games/" + gameId + "/moves/validate", alice.token(), "{\"uci\":\"g1f3\"}"));
        assertThat(legal.get("legal").asBoolean()).isTrue();
        assertThat(legal.get("san").asText()).isEqualTo("Nf3");
        JsonNode illegal = TestPlatform.json(platform.post("/v1/games/" + gameId + "/moves/validate", null, "{\"uci\":\"g1g3\"}"));
        assertThat(illegal.get("legal").asBoolean()).isFalse();
        assertThat(illegal.get("reason").asText()).isEqualTo("illegal");
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).isEmpty();
    }

    @Test
    void fools_mate_ends_the_game_with_result_reason_and_pgn() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        String[] moves = {"f2f3", "e7e5", "g2g4", "d8h4"};
        for (int ply = 0; ply < moves.length; ply++) {
            HttpResponse<String> r = platform.move(gameId, ply % 2 == 0 ? alice : bob, moves[ply], ply, "fm" + ply);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        JsonNode game = TestPlatform.json(platform.get("/v1/games/" + gameId, null));
        assertThat(game.get("status").asText()).isEqualTo("ended");
        assertThat(game.get("result").asText()).isEqualTo("0-1");
        assertThat(game.get("reason").asText()).isEqualTo("checkmate");
        HttpResponse<String> pgn = platform.get("/v1/games/" + gameId + "/pgn", null);
        assertThat(pgn.statusCode()).isEqualTo(200);
        assertThat(pgn.headers().firstValue("Content-Type")).hasValue("application/x-chess-pgn");
        assertThat(pgn.body()).contains("1. f3 e5 2. g4 Qh4#").contains("[Result \"0-1\"]");
    }

    @Test
    void resignation_and_draw_by_agreement() {
        Guest alice = platform.guest(), bob = platform.guest();
        String resigned = platform.startedGame(alice, bob, 60_000, 0);
        JsonNode afterResign = TestPlatform.json(platform.post("/v1/games/" + resigned + "/resign", bob.token(), null));
        assertThat(afterResign.get("result").asText()).isEqualTo("1-0");
        assertThat(afterResign.get("reason").asText()).isEqualTo("resignation");

        String drawn = platform.startedGame(alice, bob, 60_000, 0);
        JsonNode offered = TestPlatform.json(platform.post("/v1/games/" + drawn + "/draw/offer", alice.token(), null));
        assertThat(offered.get("drawOfferBy").asText()).isEqualTo("white");
        JsonNode declined = TestPlatform.json(platform.post("/v1/games/" + drawn + "/draw/decline", bob.token(), null));
        assertThat(declined.get("drawOfferBy").isNull()).isTrue();
        platform.post("/v1/games/" + drawn + "/draw/offer", alice.token(), null);
        JsonNode accepted = TestPlatform.json(platform.post("/v1/games/" + drawn + "/draw/accept", bob.token(), null));
        assertThat(accepted.get("status").asText()).isEqualTo("ended");
        assertThat(accepted.get("result").asText()).isEqualTo("1/2-1/2");
        assertThat(accepted.get("reason").asText()).isEqualTo("agreement");
    }

    @Test
    void abort_before_both_sides_moved_but_not_after() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        JsonNode aborted = TestPlatform.json(platform.post("/v1/games/" + gameId + "/abort", bob.token(), null));
        assertThat(aborted.get("status").asText()).isEqualTo("aborted");
        assertThat(aborted.get("reason").asText()).isEqualTo("aborted");

        String played = platform.startedGame(alice, bob, 60_000, 0);
        platform.move(played, alice, "e2e4", 0, "a1");
        platform.move(played, bob, "e7e5", 1, "a2");
        HttpResponse<String> refused = platform.post("/v1/games/" + played + "/abort", alice.token(), null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(TestPlatform.json(refused).get("code").asText()).isEqualTo("abort_not_allowed");
    }

    @Test
    void every_answer_carries_a_request_id_the_callers_own_when_valid() {
        HttpResponse<String> own = platform.send(platform.request("/health/live", null).header("X-Request-ID", "trace-42").GET());
        assertThat(own.headers().firstValue("X-Request-ID")).hasValue("trace-42");
        HttpResponse<String> fresh = platform.send(platform.request("/health/live", null).GET());
        assertThat(fresh.headers().firstValue("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
        HttpResponse<String> tooLong = platform.send(platform.request("/health/live", null).header("X-Request-ID", "x".repeat(129)).GET());
        assertThat(tooLong.headers().firstValue("X-Request-ID")).hasValueSatisfying(id -> assertThat(id).isNotEqualTo("x".repeat(129)));
        HttpResponse<String> problem = platform.send(platform.request("/v1/games/nope", null).header("X-Request-ID", "trace-43").GET());
        assertThat(problem.headers().firstValue("X-Request-ID")).hasValue("trace-43");
        assertThat(TestPlatform.json(problem).get("requestId").asText()).isEqualTo("trace-43");
    }

    @Test
    void the_request_id_becomes_the_correlation_id_of_the_events() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        platform.send(platform.request("/v1/games/" + gameId + "/moves", alice.token()).header("X-Request-ID", "corr-7")
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"uci\":\"d2d4\",\"moveId\":\"c1\",\"ply\":0}")));
        assertThat(platform.log.readAfter(gameId, 0).getLast().correlationId()).isEqualTo("corr-7");
    }

    @Test
    void health_answers_live_and_ready_and_503_when_not_ready() {
        assertThat(platform.get("/health/live", null).statusCode()).isEqualTo(200);
        assertThat(platform.get("/health/ready", null).statusCode()).isEqualTo(200);
        platform.ready.set(false);
        try {
            assertThat(platform.get("/health/ready", null).statusCode()).isEqualTo(503);
        } finally {
            platform.ready.set(true);
        }
    }

    @Test
    void metrics_need_the_metrics_token() {
        assertThat(platform.get("/metrics", null).statusCode()).isEqualTo(401);
        assertThat(platform.get("/metrics", "wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> scraped = platform.get("/metrics", "metrics-secret");
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("rookery_http_requests_total").contains("jvm_").doesNotContain("\"code\"");
    }

    @Test
    void the_openapi_document_is_served_as_json() {
        HttpResponse<String> doc = platform.get("/openapi.json", null);
        assertThat(doc.statusCode()).isEqualTo(200);
        assertThat(TestPlatform.json(doc).get("openapi").asText()).startsWith("3.1");
    }

    @Test
    void the_browser_page_is_served_at_the_root() {
        HttpResponse<String> page = platform.get("/", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("<html").contains("Rookery");
    }
}
