package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * Input is taken as written or refused, never coerced: a scalar of the wrong type, a duplicate key,
 * bytes that are not UTF-8 and a lone surrogate are all refused (400 over HTTP, an error frame over
 * the WebSocket), so no two different inputs can end up as one id — and nothing is played.
 */
class StrictInputTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), RateLimitPolicy.UNLIMITED);
    /** Invalid UTF-8 in a move id: overlong "/" (2 and 3 bytes), a UTF-16 surrogate, a code point past U+10FFFF, a stray continuation byte, a cut sequence. */
    static final List<byte[]> INVALID_UTF8 = List.of(bytes(0xC0, 0xAF), bytes(0xE0, 0x80, 0xAF), bytes(0xED, 0xA0, 0x80),
            bytes(0xF4, 0x90, 0x80, 0x80), bytes(0x80), bytes(0xE2, 0x82));

    @AfterAll
    static void stop() {
        platform.close();
    }

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
        return b;
    }

    /** A move body whose move id holds {@code idBytes}, as raw bytes. */
    static byte[] moveWithId(byte[] idBytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":\"m-".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(idBytes);
        body.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private HttpResponse<String> postMove(String gameId, Guest player, byte[] body) {
        return platform.send(platform.request("/v1/games/" + gameId + "/moves", player.token())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":5}", "{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":5.5}",
        "{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":true}", "{\"uci\":1,\"ply\":0,\"moveId\":\"m\"}", "{\"uci\":\"e2e4\",\"ply\":\"0\",\"moveId\":\"m\"}",
        "{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":[\"m\"]}", "{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":\"m-\\ud800\"}"})
    void a_scalar_of_the_wrong_type_or_a_lone_surrogate_is_400_and_plays_nothing(String body) {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        JsonNode problem = BadRequestTest.problem(postMove(gameId, alice, body.getBytes(StandardCharsets.UTF_8)), 400, "invalid_request");
        assertThat(problem.get("detail").asText()).containsAnyOf("moveId", "uci", "ply");
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).isEmpty();
    }

    @Test
    void a_duplicate_key_is_400_whichever_value_comes_last() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        String twice = "{\"uci\":\"e2e4\",\"ply\":0,\"moveId\":\"a\",\"moveId\":\"b\"}";
        JsonNode problem = BadRequestTest.problem(postMove(gameId, alice, twice.getBytes(StandardCharsets.UTF_8)), 400, "malformed_json");
        assertThat(problem.get("detail").asText()).contains("moveId");
        BadRequestTest.problem(platform.post("/v1/games", alice.token(),
                "{\"timeControl\":{\"initialMs\":60000,\"initialMs\":1,\"incrementMs\":0}}"), 400, "malformed_json");
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).isEmpty();
    }

    @Test
    void bytes_that_are_not_utf8_are_400_and_never_decoded_into_another_id() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        for (byte[] invalid : INVALID_UTF8) {
            JsonNode problem = BadRequestTest.problem(postMove(gameId, alice, moveWithId(invalid)), 400, "malformed_json");
            assertThat(problem.get("detail").asText()).contains("UTF-8");
        }
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).isEmpty();
    }

    @Test
    void valid_utf8_ids_are_kept_exactly_as_sent() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        String id = "m-é-日本-😀";
        assertThat(postMove(gameId, alice, moveWithId(id.substring(2).getBytes(StandardCharsets.UTF_8))).statusCode()).isEqualTo(200);
        try (SocketProbe watcher = SocketProbe.connect(platform, gameId, null)) {
            watcher.next("snapshot");
            watcher.send("{\"type\":\"resume\",\"lastSeq\":0}");
            JsonNode played = watcher.until(f -> f.path("event").path("type").asText().equals("MovePlayed")).getLast();
            assertThat(played.get("event").get("payload").get("moveId").asText()).isEqualTo(id);
        }
    }

    @Test
    void over_the_websocket_wrong_types_duplicate_keys_and_lone_surrogates_are_error_frames() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe white = SocketProbe.connect(platform, gameId, alice.token())) {
            white.next("snapshot");
            white.send("{\"type\":\"move\",\"moveId\":5,\"ply\":0,\"uci\":\"e2e4\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("invalid_request");
            white.send("{\"type\":\"move\",\"moveId\":\"a\",\"moveId\":\"b\",\"ply\":0,\"uci\":\"e2e4\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("malformed_json");
            white.send("{\"type\":\"move\",\"moveId\":\"m-\\ud800\",\"ply\":0,\"uci\":\"e2e4\"}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("invalid_request");
            white.send("{\"type\":true}");
            assertThat(white.next("error").get("code").asText()).isEqualTo("invalid_request");
        }
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).isEmpty();
    }

    @Test
    void over_the_websocket_a_text_frame_that_is_not_utf8_is_an_error_frame_and_plays_nothing() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (RawConnection white = new RawConnection(platform)) {
            assertThat(white.upgrade("/ws/games/" + gameId + "?token=" + alice.token())).contains("101");
            assertThat(white.readFrame().text()).contains("\"snapshot\"");
            for (byte[] invalid : INVALID_UTF8) {
                byte[] frame = new String(moveWithId(invalid), StandardCharsets.ISO_8859_1)
                        .replace("{\"uci\"", "{\"type\":\"move\",\"uci\"").getBytes(StandardCharsets.ISO_8859_1);
                white.frame(0x1, frame);
                RawConnection.Frame answer = white.readFrame();
                assertThat(answer.text()).contains("\"error\"").contains("invalid_request").contains("UTF-8");
            }
        }
        assertThat(TestPlatform.json(platform.get("/v1/games/" + gameId, null)).get("moves")).isEmpty();
    }
}
