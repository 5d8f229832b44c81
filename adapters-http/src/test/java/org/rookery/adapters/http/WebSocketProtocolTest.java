package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.adapters.http.websocket.SocketSettings;
import org.rookery.application.admission.RateLimitPolicy;
import org.rookery.ports.contract.Eventually;

/**
 * The WebSocket's framing and closing as RFC 6455 has them, tested with hand-built frames: a
 * reserved opcode ends the connection with close 1002 (never an HTTP 500 written into the stream,
 * never a stack trace in the log), and a peer that does not answer our close frame, or any ping,
 * loses its TCP connection soon after.
 */
class WebSocketProtocolTest {
    static final Duration GRACE = Duration.ofMillis(300);
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withSocket(
            new SocketSettings(4 * 1024, 256, Duration.ofMillis(200), Duration.ofMillis(800), GRACE)), RateLimitPolicy.UNLIMITED);

    /** The default keep-alive (a ping after 20 s of silence, given up after 60 s): what ends a connection sooner is not the keep-alive. */
    static final TestPlatform patient = TestPlatform.start(HttpSettings.DEFAULTS.withSocket(
            new SocketSettings(4 * 1024, 256, Duration.ofSeconds(20), Duration.ofSeconds(60), GRACE)), RateLimitPolicy.UNLIMITED);

    @AfterAll
    static void stop() {
        platform.close();
        patient.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {0x3, 0x7, 0xB, 0xF})
    void a_frame_with_a_reserved_opcode_is_closed_with_1002_quietly(int opcode) {
        Guest alice = patient.guest(), bob = patient.guest();
        String gameId = patient.startedGame(alice, bob, 60_000, 0);
        try (LogCapture log = new LogCapture(); RawConnection raw = new RawConnection(patient)) {
            assertThat(raw.upgrade("/ws/games/" + gameId + "?token=" + alice.token())).contains("101");
            assertThat(raw.readFrame().text()).contains("\"snapshot\"");
            raw.frame(opcode, "{}".getBytes());
            RawConnection.Frame close = raw.readUntilClose();
            assertThat(close.closeCode()).isEqualTo(1002);
            assertThat(raw.readToEnd()).doesNotContain("HTTP/1.1").doesNotContain("500");
            assertThat(log.alarming()).isEmpty();
        }
        // the connection is forgotten at once, not when the keep-alive would give up on it
        Eventually.await(Duration.ofSeconds(5), () -> patient.api.sockets().openConnections() == 0, "the socket forgotten");
        assertThat(patient.get("/v1/games/" + gameId, null).statusCode()).isEqualTo(200);
    }

    @Test
    void a_peer_that_never_answers_our_close_frame_loses_its_tcp_connection_after_the_grace() {
        try (RawConnection raw = new RawConnection(patient)) {
            assertThat(raw.upgrade("/ws/games/no-such-game")).contains("101");
            assertThat(raw.readUntilClose().closeCode()).isEqualTo(4404);
            // the peer stays silent: no close frame back; only the grace (not the 60 s keep-alive) can end it this soon
            assertThat(raw.closedWithin(Duration.ofSeconds(5))).as("the server cut the TCP connection").isTrue();
        }
        Eventually.await(Duration.ofSeconds(5), () -> patient.api.sockets().openConnections() == 0, "the socket forgotten");
    }

    @Test
    void a_peer_that_answers_no_ping_loses_its_tcp_connection() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (RawConnection raw = new RawConnection(platform)) {
            assertThat(raw.upgrade("/ws/games/" + gameId)).contains("101");
            assertThat(raw.readFrame().text()).contains("\"snapshot\"");
            assertThat(raw.readFrame().opcode()).isEqualTo(0x9); // a ping, left unanswered
            assertThat(raw.closedWithin(Duration.ofSeconds(5))).as("the server cut the TCP connection").isTrue();
        }
    }
}
