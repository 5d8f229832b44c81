package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.ports.contract.Eventually;

class SocketKeepAliveTest {
    static final TestPlatform platform = TestPlatform.start(HttpSettings.DEFAULTS.withKeepAlive(Duration.ofMillis(100), Duration.ofMillis(400)));

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void a_client_that_never_answers_pings_is_closed_and_one_that_does_stays() throws Exception {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe live = SocketProbe.connect(platform, gameId, null); Socket mute = new Socket("127.0.0.1", platform.server.port())) {
            live.next("snapshot");
            mute.setSoTimeout(5_000);
            handshake(mute, gameId);
            InputStream in = mute.getInputStream();
            int pings = 0;
            // Read frames (snapshot, pings) without ever answering, until the server drops us.
            while (true) {
                int b0 = in.read();
                if (b0 < 0) break;
                int len = in.read() & 0x7f;
                if (len == 126) len = (in.read() << 8) | in.read();
                else if (len == 127) len = (int) new java.io.DataInputStream(in).readLong();
                in.readNBytes(len);
                if ((b0 & 0x0f) == 0x9) pings++;
                if ((b0 & 0x0f) == 0x8) break;
            }
            assertThat(pings).isPositive();
            Eventually.await(Duration.ofSeconds(5), () -> platform.api.sockets().openConnections() == 1, "the mute connection to be dropped");
            live.send("{\"type\":\"ping\"}");
            live.next("pong");
        }
    }

    private static void handshake(Socket socket, String gameId) throws Exception {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        out.write(("GET /ws/games/" + gameId + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) head.append((char) in.read());
        assertThat(head.toString()).startsWith("HTTP/1.1 101");
    }
}
