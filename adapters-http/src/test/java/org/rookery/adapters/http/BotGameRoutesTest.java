package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.adapters.http.BadRequestTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.ports.contract.Eventually;

/** {@code POST /v1/games} with a bot opponent: the bot joins at once and moves by itself; every bad opponent is a 400. */
class BotGameRoutesTest {
    static final TestPlatform platform = TestPlatform.start();
    private static final String CLOCK = "\"timeControl\":{\"initialMs\":300000,\"incrementMs\":0}";

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static HttpResponse<String> challenge(Guest guest, String rest) {
        return platform.post("/v1/games", guest.token(), "{" + CLOCK + rest + "}");
    }

    private static JsonNode awaitMoves(String gameId, int count) {
        Eventually.await(Duration.ofSeconds(15), () -> game(gameId).get("moves").size() >= count, count + " moves in " + gameId);
        return game(gameId);
    }

    private static JsonNode game(String gameId) {
        return TestPlatform.json(platform.get("/v1/games/" + gameId, null));
    }

    @Test
    void a_guest_challenges_the_computer_and_the_bot_joins_at_once_and_answers_each_move() {
        Guest alice = platform.guest();
        HttpResponse<String> created = challenge(alice, ",\"color\":\"white\",\"opponent\":{\"type\":\"bot\",\"level\":2}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode game = TestPlatform.json(created);
        String gameId = game.get("gameId").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/v1/games/" + gameId);
        assertThat(game.get("status").asText()).isEqualTo("in_progress");
        assertThat(game.get("white").asText()).isEqualTo(alice.userId());
        assertThat(game.get("black").asText()).isEqualTo("bot-2");
        assertThat(game.get("rated").asBoolean()).isFalse();
        assertThat(game.get("opponent").get("type").asText()).isEqualTo("bot");
        assertThat(game.get("opponent").get("userId").asText()).isEqualTo("bot-2");
        assertThat(game.get("opponent").get("level").asInt()).isEqualTo(2);
        assertThat(game.get("opponent").get("engine").asText()).isEqualTo("random");

        assertThat(platform.move(gameId, alice, "e2e4", 0, "b1").statusCode()).isEqualTo(200);
        assertThat(awaitMoves(gameId, 2).get("moves")).hasSize(2);
        assertThat(platform.move(gameId, alice, "g1f3", 2, "b2").statusCode()).isEqualTo(200);
        JsonNode later = awaitMoves(gameId, 4);
        assertThat(later.get("moves")).hasSize(4);
        assertThat(later.get("status").asText()).isEqualTo("in_progress");
    }

    @Test
    void a_guest_who_takes_black_sees_the_bot_move_first() {
        Guest bob = platform.guest();
        JsonNode game = TestPlatform.json(challenge(bob, ",\"color\":\"black\",\"opponent\":{\"type\":\"bot\",\"level\":8}"));
        assertThat(game.get("white").asText()).isEqualTo("bot-8");
        JsonNode after = awaitMoves(game.get("gameId").asText(), 1);
        assertThat(after.get("clock").get("turn").asText()).isEqualTo("black");
    }

    @Test
    void a_level_outside_one_to_eight_missing_or_not_a_number_is_400_naming_the_field() {
        Guest carol = platform.guest();
        for (String opponent : new String[] {"{\"type\":\"bot\",\"level\":0}", "{\"type\":\"bot\",\"level\":9}", "{\"type\":\"bot\",\"level\":-3}",
                "{\"type\":\"bot\"}"}) {
            JsonNode p = problem(challenge(carol, ",\"opponent\":" + opponent), 400, "invalid_request");
            assertThat(p.get("detail").asText()).as(opponent).contains("opponent.level");
        }
        problem(challenge(carol, ",\"opponent\":{\"type\":\"bot\",\"level\":\"3\"}"), 400, "invalid_request");
        problem(challenge(carol, ",\"opponent\":{\"type\":\"bot\",\"level\":2.5}"), 400, "invalid_request");
    }

    @Test
    void an_opponent_type_other_than_bot_missing_or_with_unknown_fields_is_400() {
        Guest dave = platform.guest();
        for (String opponent : new String[] {"{\"type\":\"human\",\"level\":3}", "{\"type\":\"Bot\",\"level\":3}", "{\"level\":3}"}) {
            JsonNode p = problem(challenge(dave, ",\"opponent\":" + opponent), 400, "invalid_request");
            assertThat(p.get("detail").asText()).as(opponent).contains("opponent.type");
        }
        problem(challenge(dave, ",\"opponent\":{\"type\":\"bot\",\"level\":3,\"elo\":1500}"), 400, "invalid_request");
        problem(challenge(dave, ",\"opponent\":\"bot\""), 400, "invalid_request");
    }

    @Test
    void a_rated_game_against_the_computer_is_400_and_a_bad_setup_keeps_its_own_code() {
        Guest erin = platform.guest();
        JsonNode rated = problem(challenge(erin, ",\"rated\":true,\"opponent\":{\"type\":\"bot\",\"level\":3}"), 400, "invalid_request");
        assertThat(rated.get("detail").asText()).contains("rated");
        problem(platform.post("/v1/games", erin.token(), "{\"timeControl\":{\"initialMs\":0,\"incrementMs\":0},\"opponent\":{\"type\":\"bot\",\"level\":3}}"),
                400, "invalid_time_control");
        problem(challenge(erin, ",\"fen\":\"8/8/8/8/8/8/8/8 w - - 0 1\",\"opponent\":{\"type\":\"bot\",\"level\":3}"), 400, "invalid_fen");
        problem(challenge(erin, ",\"color\":\"green\",\"opponent\":{\"type\":\"bot\",\"level\":3}"), 400, "invalid_request");
    }

    @Test
    void a_challenge_needs_a_token() {
        problem(platform.post("/v1/games", null, "{" + CLOCK + ",\"opponent\":{\"type\":\"bot\",\"level\":1}}"), 401, "unauthorized");
    }

    @Test
    void a_server_that_offers_no_computer_says_so() {
        try (TestPlatform plain = TestPlatform.withoutComputer()) {
            Guest frank = plain.guest();
            JsonNode p = problem(plain.post("/v1/games", frank.token(), "{" + CLOCK + ",\"opponent\":{\"type\":\"bot\",\"level\":1}}"), 400,
                    "invalid_request");
            assertThat(p.get("detail").asText()).contains("no computer opponents");
            assertThat(plain.post("/v1/analysis", null, "{\"fen\":\"8/8/8/8/8/8/8/K6k w - - 0 1\",\"depth\":1}").statusCode()).isEqualTo(404);
        }
    }
}
