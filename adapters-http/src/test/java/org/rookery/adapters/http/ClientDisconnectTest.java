package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.ports.contract.Eventually;

/**
 * A client that goes away — in the middle of its headers, in the middle of its body, or from an
 * SSE stream — is no server error: nothing is logged at WARNING or above, no 500 is counted, and
 * the server keeps serving.
 */
class ClientDisconnectTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withMetricsToken("m"), RateLimitPolicy.UNLIMITED);

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static String metrics() {
        return platform.send(platform.request("/metrics", "m").GET()).body();
    }

    @Test
    void leaving_in_the_middle_of_the_headers_is_quiet() {
        try (LogCapture log = new LogCapture()) {
            for (String half : new String[] {"GE", "GET /v1/games/x HTTP/1.1\r\n", "POST /v1/games HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le"}) {
                try (RawConnection raw = new RawConnection(platform)) {
                    raw.write(half);
                }
            }
            assertThat(platform.get("/health/live", null).statusCode()).isEqualTo(200);
            assertThat(log.alarming()).isEmpty();
        }
        assertThat(metrics()).doesNotContain("status=\"5xx\"");
    }

    @Test
    void leaving_in_the_middle_of_the_body_is_quiet() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 5; i++) {
                try (RawConnection raw = new RawConnection(platform)) {
                    raw.write("POST /v1/games/" + gameId + "/moves HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + alice.token()
                            + "\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{\"uci\":\"e2e4\",");
                }
            }
            // the server reads each cut body to its end before it knows: wait until it has
            Eventually.await(Duration.ofSeconds(5), () -> platform.get("/health/live", null).statusCode() == 200, "the server");
            assertThat(platform.move(gameId, alice, "e2e4", 0, "after").statusCode()).isEqualTo(200);
            assertThat(log.alarming()).isEmpty();
        }
        assertThat(metrics()).doesNotContain("status=\"5xx\"");
    }

    @Test
    void leaving_an_sse_stream_is_quiet() throws Exception {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (LogCapture log = new LogCapture()) {
            HttpResponse<InputStream> stream = platform.client.send(platform.request("/v1/games/" + gameId + "/events", null).GET()
                    .build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.body().read()).isPositive(); // the snapshot is coming
            stream.body().close(); // the client leaves
            // the server notices when it next writes: the game's next events
            String[] white = {"e2e4", "g1f3", "f1c4"}, black = {"e7e5", "b8c6", "g8f6"};
            for (int i = 0; i < white.length; i++) {
                assertThat(platform.move(gameId, alice, white[i], 2 * i, "w" + i).statusCode()).isEqualTo(200);
                assertThat(platform.move(gameId, bob, black[i], 2 * i + 1, "b" + i).statusCode()).isEqualTo(200);
            }
            Eventually.await(Duration.ofSeconds(5), () -> metrics().contains("rookery_sse_streams 0.0"), "the stream closed");
            assertThat(log.alarming()).isEmpty();
        }
        assertThat(metrics()).doesNotContain("status=\"5xx\"");
    }

    @Test
    void requests_with_bodies_still_work_over_one_kept_alive_connection() {
        Guest alice = platform.guest();
        String body = "{\"timeControl\":{\"initialMs\":60000,\"incrementMs\":0}}";
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = platform.send(platform.request("/v1/games", alice.token())
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
            assertThat(created.statusCode()).isEqualTo(201);
        }
    }
}
