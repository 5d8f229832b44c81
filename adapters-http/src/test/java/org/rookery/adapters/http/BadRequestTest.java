package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.adapters.http.auth.JwtTokens;

/** Every kind of bad input gets its documented problem, and the game it aimed at is unharmed. */
class BadRequestTest {
    static final TestPlatform platform = TestPlatform.start();
    static final String CREATE = "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0}}";

    @AfterAll
    static void stop() {
        platform.close();
    }

    static JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode p = TestPlatform.json(response);
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asText()).isEqualTo("urn:rookery:problem:" + code);
        assertThat(p.get("title").asText()).isNotBlank();
        assertThat(p.get("detail").asText()).isNotBlank();
        return p;
    }

    @Test
    void malformed_json_is_400_malformed_json() {
        Guest alice = platform.guest();
        problem(platform.post("/v1/games", alice.token(), "{\"timeControl\": {"), 400, "malformed_json");
        problem(platform.post("/v1/games", alice.token(), "[1,2]"), 400, "malformed_json");
        problem(platform.post("/v1/games", alice.token(), ""), 400, "malformed_json");
        problem(platform.post("/v1/games", alice.token(), CREATE + " trailing"), 400, "malformed_json");
    }

    @Test
    void fields_of_the_wrong_type_and_unknown_fields_are_400_naming_the_field() {
        Guest alice = platform.guest();
        JsonNode wrongType = problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":\"60000\",\"incrementMs\":0}}"), 400, "invalid_request");
        assertThat(wrongType.get("detail").asText()).contains("timeControl.initialMs").contains("integer");
        JsonNode unknown = problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"colour\":\"white\"}"), 400, "invalid_request");
        assertThat(unknown.get("detail").asText()).contains("colour");
        JsonNode unknownOfWrongType = problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"extra\":{\"x\":[1]}}"), 400, "invalid_request");
        assertThat(unknownOfWrongType.get("detail").asText()).contains("extra");
        problem(platform.post("/v1/games", alice.token(), "{\"timeControl\":{\"initialMs\":60000}}"), 400, "invalid_request");
        problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"color\":\"green\"}"), 400, "invalid_request");
        problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"rated\":\"yes\"}"), 400, "invalid_request");
        problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":0,\"incrementMs\":0}}"), 400, "invalid_time_control");
        problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0},\"fen\":\"not a fen\"}"), 400, "invalid_fen");
    }

    @Test
    void a_move_body_with_a_fractional_or_textual_ply_is_400() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        String path = "/v1/games/" + gameId + "/moves";
        problem(platform.post(path, alice.token(), "{\"uci\":\"e2e4\",\"moveId\":\"a\",\"ply\":0.5}"), 400, "invalid_request");
        problem(platform.post(path, alice.token(), "{\"uci\":\"e2e4\",\"moveId\":\"a\",\"ply\":\"0\"}"), 400, "invalid_request");
        problem(platform.post(path, alice.token(), "{\"uci\":\"e2e4\",\"ply\":0}"), 400, "invalid_request");
        problem(platform.post(path, alice.token(), "{\"uci\":\"e2e4\",\"moveId\":\"\",\"ply\":0}"), 400, "invalid_request");
        problem(platform.post(path, alice.token(), "{\"uci\":\"e2e4\",\"moveId\":\"a\",\"ply\":-1}"), 400, "invalid_request");
        assertThat(gameAt(gameId).get("moves")).isEmpty();
    }

    @Test
    void a_body_over_the_limit_is_413_whether_announced_or_streamed() {
        Guest alice = platform.guest();
        String huge = "{\"fen\":\"" + "x".repeat(20_000) + "\"}";
        problem(platform.post("/v1/games", alice.token(), huge), 413, "payload_too_large");
        HttpResponse<String> chunked = platform.send(platform.request("/v1/games", alice.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge.getBytes()))));
        problem(chunked, 413, "payload_too_large");
        assertThat(platform.post("/v1/games", alice.token(), CREATE).statusCode()).isEqualTo(201);
    }

    @Test
    void a_refused_body_is_read_to_its_end_so_the_413_arrives_and_the_connection_serves_the_next_request() throws IOException {
        Guest alice = platform.guest();
        String huge = "{\"fen\":\"" + "x".repeat(20_000) + "\"}";
        try (Socket socket = new Socket(platform.base.getHost(), platform.base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(post(alice, huge)); // the whole oversized body, as a client that writes before it reads
            out.write(post(alice, CREATE)); // then a good request on the same connection
            out.flush();
            InputStream in = socket.getInputStream();

            assertThat(statusOfNextResponse(in)).isEqualTo(413);
            assertThat(statusOfNextResponse(in)).isEqualTo(201);
        }
    }

    private static byte[] post(Guest guest, String body) {
        return ("POST /v1/games HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + guest.token()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one HTTP/1.1 response with a Content-Length body; returns its status. */
    private static int statusOfNextResponse(InputStream in) throws IOException {
        String status = line(in);
        int length = 0;
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) length = Integer.parseInt(header.substring(15).trim());
        }
        assertThat(in.readNBytes(length)).hasSize(length);
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) throw new EOFException("the server closed the connection after: " + sb);
            if (c != '\r') sb.append((char) c);
        }
        return sb.toString();
    }

    @Test
    void a_body_that_is_not_json_is_415() {
        Guest alice = platform.guest();
        problem(platform.send(platform.request("/v1/games", alice.token()).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE))), 415, "unsupported_media_type");
    }

    @Test
    void illegal_and_invalid_uci_moves_are_422_and_change_nothing() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        problem(platform.move(gameId, alice, "e2e5", 0, "i1"), 422, "illegal_move");
        problem(platform.move(gameId, alice, "zz99", 0, "i2"), 422, "illegal_move");
        problem(platform.move(gameId, alice, "e2e4e2e4e2e4", 0, "i3"), 422, "illegal_move");
        JsonNode game = gameAt(gameId);
        assertThat(game.get("moves")).isEmpty();
        assertThat(game.get("seq").asLong()).isEqualTo(2);
    }

    @Test
    void moves_out_of_turn_with_stale_plies_by_spectators_and_in_ended_games_are_refused() {
        Guest alice = platform.guest(), bob = platform.guest(), eve = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        problem(platform.move(gameId, bob, "e7e5", 0, "t1"), 409, "not_your_turn");
        problem(platform.move(gameId, eve, "e2e4", 0, "t2"), 403, "forbidden");
        assertThat(platform.move(gameId, alice, "e2e4", 0, "t3").statusCode()).isEqualTo(200);
        problem(platform.move(gameId, bob, "e7e5", 0, "t4"), 409, "stale_ply");
        platform.post("/v1/games/" + gameId + "/resign", bob.token(), null);
        problem(platform.move(gameId, bob, "e7e5", 1, "t5"), 409, "game_not_in_progress");
        JsonNode game = gameAt(gameId);
        assertThat(game.get("moves")).extracting(JsonNode::asText).containsExactly("e2e4");
        assertThat(game.get("reason").asText()).isEqualTo("resignation");
    }

    @Test
    void a_replayed_move_id_never_plays_twice() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        platform.move(gameId, alice, "e2e4", 0, "same");
        platform.move(gameId, bob, "e7e5", 1, "other");
        HttpResponse<String> replayed = platform.move(gameId, alice, "d2d4", 2, "same");
        assertThat(replayed.statusCode()).isEqualTo(200);
        assertThat(TestPlatform.json(replayed).get("uci").asText()).isEqualTo("e2e4");
        assertThat(gameAt(gameId).get("moves")).hasSize(2);
    }

    @Test
    void unknown_games_are_404_game_not_found() {
        Guest alice = platform.guest();
        problem(platform.get("/v1/games/no-such-game", null), 404, "game_not_found");
        problem(platform.get("/v1/games/no-such-game/pgn", null), 404, "game_not_found");
        problem(platform.post("/v1/games/no-such-game/join", alice.token(), null), 404, "game_not_found");
        problem(platform.move("no-such-game", alice, "e2e4", 0, "x"), 404, "game_not_found");
        problem(platform.get("/v1/games/" + "%3Cscript%3E", null), 404, "game_not_found");
    }

    @Test
    void commands_without_a_valid_token_are_401() {
        Guest alice = platform.guest();
        problem(platform.post("/v1/games", null, CREATE), 401, "unauthorized");
        problem(platform.post("/v1/games", "not.a.jwt", CREATE), 401, "unauthorized");
        problem(platform.post("/v1/games", alice.token() + "x", CREATE), 401, "unauthorized");
        problem(platform.send(platform.request("/v1/games", null).header("Authorization", "Basic abc")
                .POST(HttpRequest.BodyPublishers.ofString(CREATE))), 401, "unauthorized");
        var past = new org.rookery.adapters.memory.ManualTimeSource(Instant.now().minus(Duration.ofDays(2)));
        String expired = new JwtTokens(TestPlatform.SECRET, "rookery", past).mint("old-user", Duration.ofDays(1), true);
        JsonNode p = problem(platform.post("/v1/games", expired, CREATE), 401, "unauthorized");
        assertThat(p.get("detail").asText()).contains("expired");
        String otherKey = new JwtTokens("another-secret-of-at-least-32-bytes!".getBytes(), "rookery", platform.time).mint("mallory", Duration.ofDays(1), false);
        assertThat(problem(platform.post("/v1/games", otherKey, CREATE), 401, "unauthorized").get("detail").asText()).contains("signature");
        problem(platform.get("/v1/games/whatever", "garbage"), 401, "unauthorized");
    }

    @Test
    void joining_ones_own_game_or_a_full_one_is_409() {
        Guest alice = platform.guest(), bob = platform.guest(), eve = platform.guest();
        String waiting = TestPlatform.json(platform.post("/v1/games", alice.token(), CREATE)).get("gameId").asText();
        problem(platform.post("/v1/games/" + waiting + "/join", alice.token(), null), 409, "cannot_join_own_game");
        String full = platform.startedGame(alice, bob, 60_000, 0);
        problem(platform.post("/v1/games/" + full + "/join", eve.token(), null), 409, "game_full");
    }

    @Test
    void unknown_routes_are_404_problems() {
        problem(platform.get("/v1/nothing-here", null), 404, "not_found");
    }

    private static JsonNode gameAt(String gameId) {
        return TestPlatform.json(platform.get("/v1/games/" + gameId, null));
    }
}
