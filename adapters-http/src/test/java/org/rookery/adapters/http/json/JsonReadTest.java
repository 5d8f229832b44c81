package org.rookery.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rookery.adapters.http.HttpApi;
import org.rookery.adapters.http.json.SocketFrames.ClientFrame;
import org.rookery.adapters.http.problem.ApiProblemException;

/**
 * The one-pass reading of WebSocket frames answers exactly as the careful two-pass reading does:
 * the same value for good input, the same problem (code and wording) for bad input.
 */
class JsonReadTest {
    private final Json json = HttpApi.newJson();

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"type\":\"move\",\"moveId\":\"m-1\",\"ply\":0,\"uci\":\"e2e4\"}",
        "{\"type\":\"resume\",\"lastSeq\":12}",
        "{\"type\":\"ping\"}",
        "{}",
        "{\"type\":\"move\",\"ply\":\"3\"}",
        "{\"type\":\"move\",\"ply\":1.5}",
        "{\"type\":\"move\",\"ply\":null}",
        "{\"type\":\"move\",\"extra\":true}",
        "{\"type\":\"move\"",
        "{\"type\":\"move\"} trailing",
        "null",
        "[]",
        "\"move\"",
        "42",
        "",
        "{\"type\":\"resume\",\"lastSeq\":99999999999999999999999}",
        "{\"type\":\"move\",\"moveId\":{\"nested\":1}}",
        "{\"type\":\"move\",\"moveId\":5}",
        "{\"type\":\"move\",\"moveId\":false}",
        "{\"type\":\"ping\",\"type\":\"move\"}",
        "{\"type\":\"move\",\"moveId\":\"a\\ud800\"}",
        "{\"type\":\"move\",\"moveId\":\"\\ud83d\\ude00\"}",
    })
    void oneParseAnswersAsTheCarefulReadingDoes(String text) {
        assertThat(outcome(() -> json.read(text, ClientFrame.class)))
                .isEqualTo(outcome(() -> json.read(text.getBytes(StandardCharsets.UTF_8), ClientFrame.class)));
    }

    private static Object outcome(java.util.function.Supplier<ClientFrame> read) {
        try {
            return read.get();
        } catch (ApiProblemException e) {
            return e.status() + " " + e.code() + ": " + e.detail();
        }
    }
}
