package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.adapters.http.transport.ConnectionSettings;
import org.rookery.adapters.http.websocket.SocketSettings;
import org.rookery.ports.contract.Eventually;
import org.rookery.application.admission.RateLimitPolicy;

/**
 * Connections are bounded: an address holds at most its quota of them; headers must be complete,
 * and bodies arrive, within their timeouts (however the bytes trickle in); an idle connection is
 * closed; a WebSocket, once upgraded, is left to its own keep-alive.
 */
class ConnectionLimitsTest {
    static final Duration HEADERS = Duration.ofMillis(400), BODY = Duration.ofMillis(600), IDLE = Duration.ofMillis(800);
    static final int QUOTA = 6;
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS
            .withConnections(new ConnectionSettings(QUOTA, HEADERS, BODY, IDLE))
            .withSocket(new SocketSettings(4 * 1024, 256, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(1))), RateLimitPolicy.UNLIMITED);

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void an_address_over_its_quota_is_refused_with_503_until_one_of_its_connections_closes() {
        // a server of its own, with no other client and no idle timeout to free places behind the test's back
        try (TestPlatform own = TestPlatform.start(HttpSettings.DEFAULTS.withConnections(
                new ConnectionSettings(QUOTA, HEADERS, BODY, Duration.ofMinutes(5))), RateLimitPolicy.UNLIMITED)) {
            List<RawConnection> held = new ArrayList<>();
            try {
                for (int i = 0; i < QUOTA; i++) {
                    RawConnection c = new RawConnection(own);
                    held.add(c);
                    assertThat(c.write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n").head()).startsWith("HTTP/1.1 200");
                }
                try (RawConnection refused = new RawConnection(own)) {
                    assertThat(refused.readToEnd()).startsWith("HTTP/1.1 503").contains("too_many_connections").contains("Retry-After: 5");
                }
                held.removeFirst().close();
                // the place comes back once the server has seen the close
                Eventually.await(Duration.ofSeconds(5), () -> {
                    try (RawConnection again = new RawConnection(own)) {
                        return again.write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n").head().startsWith("HTTP/1.1 200");
                    } catch (RuntimeException refusedStill) {
                        return false;
                    }
                }, "a place for a new connection");
            } finally {
                held.forEach(RawConnection::close);
            }
        }
    }

    @Test
    void headers_still_incomplete_after_the_header_timeout_close_the_connection_even_if_bytes_trickle() {
        try (RawConnection raw = new RawConnection(platform)) {
            raw.write("GET /health/live HTTP/1.1\r\n");
            long start = System.nanoTime();
            String header = "X-Slow: " + "a".repeat(40) + "\r\n";
            boolean closed = false;
            for (int i = 0; i < header.length() && !closed; i++) {
                try {
                    raw.write(header.substring(i, i + 1)); // one byte every 50 ms: each gap is short, the whole is not
                } catch (java.io.UncheckedIOException cut) {
                    closed = true;
                }
                closed = closed || raw.closedWithin(Duration.ofMillis(50));
            }
            assertThat(closed).as("cut before the headers ended").isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(HEADERS.minusMillis(50)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void a_body_that_stops_coming_closes_the_connection_after_the_body_timeout() {
        Guest alice = platform.guest();
        try (RawConnection raw = new RawConnection(platform)) {
            raw.write("POST /v1/games HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + alice.token()
                    + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"timeControl\":");
            long start = System.nanoTime();
            assertThat(raw.closedWithin(Duration.ofSeconds(5))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(BODY.minusMillis(100));
        }
    }

    @Test
    void a_connection_that_sends_nothing_or_nothing_more_is_closed_after_the_idle_timeout() {
        try (RawConnection silent = new RawConnection(platform)) {
            assertThat(silent.closedWithin(Duration.ofSeconds(5))).isTrue();
        }
        try (RawConnection kept = new RawConnection(platform)) {
            kept.write("GET /health/live HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(kept.head()).startsWith("HTTP/1.1 200");
            long start = System.nanoTime();
            assertThat(kept.closedWithin(Duration.ofSeconds(5))).isTrue();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(IDLE.minusMillis(400));
        }
    }

    @Test
    void an_upgraded_websocket_outlives_the_http_timeouts() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe white = SocketProbe.connect(platform, gameId, alice.token())) {
            white.next("snapshot");
            // three idle timeouts without a frame from the client (the JDK client answers the server's pings)
            assertThatThrownBy(() -> white.closed.get(IDLE.multipliedBy(3).toMillis(), TimeUnit.MILLISECONDS))
                    .isInstanceOf(TimeoutException.class);
            white.send("{\"type\":\"ping\"}");
            assertThat(white.next("pong")).isNotNull();
        }
    }
}
