package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * Spectators watch, never act: whatever state a game is in, every command of someone who does
 * not play it is 403 {@code forbidden} (HTTP) or a {@code forbidden} error frame (WebSocket), and
 * the game is unchanged. Move ids belong to the player who sent them: the opponent's id is no
 * replay of the opponent's move, and a stranger's copy of one is still forbidden.
 */
class StrangerCommandsTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), RateLimitPolicy.UNLIMITED);
    /** The HTTP command routes and their bodies (a move that would be legal for the side to move at ply 0). */
    static final Map<String, String> COMMANDS = Map.of(
            "moves", "{\"uci\":\"e2e4\",\"moveId\":\"eve-1\",\"ply\":0}",
            "resign", "", "draw/offer", "", "draw/accept", "", "draw/decline", "", "draw/claim", "", "abort", "");
    /** The same commands as WebSocket frames. */
    static final List<String> FRAMES = List.of("{\"type\":\"move\",\"moveId\":\"eve-2\",\"ply\":0,\"uci\":\"e2e4\"}",
            "{\"type\":\"resign\"}", "{\"type\":\"drawOffer\"}", "{\"type\":\"drawAccept\"}", "{\"type\":\"drawDecline\"}",
            "{\"type\":\"claimDraw\"}", "{\"type\":\"abort\"}");

    enum State { WAITING, LIVE, FINISHED }

    @AfterAll
    static void stop() {
        platform.close();
    }

    /** A game in the state, White (alice) having created it and Black (bob) joined unless it is waiting. */
    static String game(State state, Guest alice, Guest bob) {
        if (state == State.WAITING) {
            var created = platform.post("/v1/games", alice.token(), "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"white\"}");
            return TestPlatform.json(created).get("gameId").asText();
        }
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        if (state == State.FINISHED) assertThat(platform.post("/v1/games/" + gameId + "/resign", alice.token(), null).statusCode()).isEqualTo(200);
        return gameId;
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void every_command_of_a_stranger_is_403_forbidden_over_http(State state) {
        Guest alice = platform.guest(), bob = platform.guest(), eve = platform.guest();
        String gameId = game(state, alice, bob);
        String before = unchangeable(gameId);
        COMMANDS.forEach((command, body) -> BadRequestTest.problem(
                platform.post("/v1/games/" + gameId + "/" + command, eve.token(), body.isEmpty() ? null : body), 403, "forbidden"));
        assertThat(unchangeable(gameId)).isEqualTo(before);
    }

    /** What a command could change in a game (the clocks' readings change by themselves). */
    static String unchangeable(String gameId) {
        JsonNode game = TestPlatform.json(platform.get("/v1/games/" + gameId, null));
        return game.get("status") + " " + game.get("seq") + " " + game.get("moves") + " " + game.get("result") + " "
                + game.get("drawOfferBy") + " " + game.get("white") + " " + game.get("black");
    }

    @ParameterizedTest
    @EnumSource(State.class)
    void every_command_of_a_stranger_is_a_forbidden_error_frame_over_the_websocket(State state) {
        Guest alice = platform.guest(), bob = platform.guest(), eve = platform.guest();
        String gameId = game(state, alice, bob);
        String before = unchangeable(gameId);
        try (SocketProbe spectator = SocketProbe.connect(platform, gameId, eve.token())) {
            spectator.next("snapshot");
            for (String frame : FRAMES) {
                spectator.send(frame);
                assertThat(spectator.next("error").get("code").asText()).as(frame).isEqualTo("forbidden");
            }
        }
        assertThat(unchangeable(gameId)).isEqualTo(before);
    }

    @Test
    void a_stranger_resending_a_players_move_id_is_forbidden_not_answered_with_the_players_move() {
        Guest alice = platform.guest(), bob = platform.guest(), eve = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        assertThat(platform.move(gameId, alice, "e2e4", 0, "known-1").statusCode()).isEqualTo(200);
        BadRequestTest.problem(platform.move(gameId, eve, "e2e4", 0, "known-1"), 403, "forbidden");
        try (SocketProbe spectator = SocketProbe.connect(platform, gameId, eve.token())) {
            spectator.next("snapshot");
            spectator.send(GameSocketTest.move("known-1", 0, "e2e4"));
            assertThat(spectator.next("error").get("code").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void a_move_id_the_opponent_used_is_a_new_move_of_ones_own_over_http() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        JsonNode white = TestPlatform.json(platform.move(gameId, alice, "e2e4", 0, "shared-1"));
        var reply = platform.move(gameId, bob, "e7e5", 1, "shared-1");
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        JsonNode black = TestPlatform.json(reply);
        assertThat(black.get("uci").asText()).isEqualTo("e7e5");
        assertThat(black.get("seq").asLong()).isEqualTo(white.get("seq").asLong() + 1);
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).hasSize(2);
    }

    @Test
    void a_move_id_the_opponent_used_is_a_new_move_of_ones_own_over_the_websocket() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        long whiteSeq = TestPlatform.json(platform.move(gameId, alice, "e2e4", 0, "shared-2")).get("seq").asLong();
        try (SocketProbe black = SocketProbe.connect(platform, gameId, bob.token())) {
            black.next("snapshot");
            black.send(GameSocketTest.move("shared-2", 1, "e7e5"));
            JsonNode ack = black.until(f -> f.get("type").asText().equals("ack") || f.get("type").asText().equals("error")).getLast();
            assertThat(ack.get("type").asText()).as(ack.toString()).isEqualTo("ack");
            assertThat(ack.get("seq").asLong()).isEqualTo(whiteSeq + 1);
        }
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).hasSize(2);
    }
}
