package org.rookery.adapters.http;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A plain TCP connection to the test server that writes exactly the bytes a test builds — half
 * a request, a body cut short, a WebSocket frame with a reserved opcode — and reads what comes
 * back. Every read waits at most {@link #WAIT}. A test fixture; close it.
 */
final class RawConnection implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    RawConnection(TestPlatform platform) {
        try {
            socket = new Socket(platform.base.getHost(), platform.server.port());
            socket.setSoTimeout((int) WAIT.toMillis());
            in = socket.getInputStream();
            out = socket.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RawConnection write(String text) {
        return write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    RawConnection write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a WebSocket upgrade for {@code path} and reads the answer's head; returns its status line. */
    String upgrade(String path) {
        String key = Base64.getEncoder().encodeToString(new byte[16]);
        write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\n\r\n");
        return head().lines().findFirst().orElse("");
    }

    /** A masked client frame: FIN set, {@code opcode}, the payload as given. */
    RawConnection frame(int opcode, byte[] payload) {
        ByteArrayOutputStream f = new ByteArrayOutputStream();
        f.write(0x80 | opcode);
        if (payload.length < 126) {
            f.write(0x80 | payload.length);
        } else {
            f.write(0x80 | 126);
            f.write(payload.length >>> 8);
            f.write(payload.length & 0xFF);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        f.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) f.write(payload[i] ^ mask[i % 4]);
        return write(f.toByteArray());
    }

    /** A server frame: its opcode and payload. */
    record Frame(int opcode, byte[] payload) {
        String text() {
            return new String(payload, StandardCharsets.UTF_8);
        }

        /** The status code of a close frame. */
        int closeCode() {
            return (payload[0] & 0xFF) << 8 | payload[1] & 0xFF;
        }
    }

    /** The next server frame (servers do not mask). */
    Frame readFrame() {
        int first = readByte();
        int second = readByte();
        long length = second & 0x7F;
        if (length == 126) length = (long) readByte() << 8 | readByte();
        else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) length = length << 8 | readByte();
        }
        byte[] payload = new byte[(int) length];
        for (int i = 0; i < payload.length; i++) payload[i] = (byte) readByte();
        return new Frame(first & 0x0F, payload);
    }

    /** Frames until a close frame, which it returns. */
    Frame readUntilClose() {
        while (true) {
            Frame f = readFrame();
            if (f.opcode() == 0x8) return f;
        }
    }

    /** The head of an HTTP answer (status line and headers), up to the empty line. */
    String head() {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) head.append((char) readByte());
        return head.toString();
    }

    /** Everything until the server closes the connection (at most {@link #WAIT}). */
    String readToEnd() {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try {
            for (int b; (b = in.read()) != -1; ) all.write(b);
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection open for " + WAIT + "; read so far: " + all, e);
        } catch (IOException reset) {
            // a reset ends the stream as well as a close does
        }
        return all.toString(StandardCharsets.ISO_8859_1);
    }

    /** Whether the server has closed the connection: a read returns the end of the stream (or a reset) within {@code within}. */
    boolean closedWithin(Duration within) {
        try {
            socket.setSoTimeout((int) within.toMillis());
            while (true) {
                if (in.read() == -1) return true;
            }
        } catch (SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        } finally {
            try {
                socket.setSoTimeout((int) WAIT.toMillis());
            } catch (IOException ignored) {
                // closed
            }
        }
    }

    private int readByte() {
        try {
            int b = in.read();
            if (b == -1) throw new EOFException("the server closed the connection");
            return b;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
