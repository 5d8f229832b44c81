package org.rookery.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a loopback port in front of the test server, that plays a bad network: it can
 * cut every open connection, refuse new ones (the network is down), swallow what the server sends
 * (answers get lost), and turn WebSocket upgrades away with 403 (a proxy that blocks WebSockets).
 * A test fixture; thread-safe; close it.
 */
final class TcpProxy implements AutoCloseable {
    private final ServerSocket listening;
    private final int upstreamPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean refusing;
    private volatile boolean muted;
    private volatile boolean blockingWebSockets;

    TcpProxy(int upstreamPort) throws IOException {
        this.upstreamPort = upstreamPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("proxy-accept").start(this::acceptLoop);
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + listening.getLocalPort());
    }

    /** The network goes down: open connections are cut, new ones closed at once. */
    void goOffline() {
        refusing = true;
        cutAll();
    }

    void goOnline() {
        refusing = false;
    }

    /** What the server sends from now on is dropped on the floor (the client hears nothing). */
    void mute(boolean on) {
        muted = on;
    }

    void blockWebSockets(boolean on) {
        blockingWebSockets = on;
    }

    void cutAll() {
        for (Socket s : open) {
            try {
                s.setSoLinger(true, 0); // reset, as a dropped network does: the peer learns at once
            } catch (IOException ignored) {
                // already closed
            }
            closeQuietly(s);
            open.remove(s);
        }
    }

    private void acceptLoop() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                if (refusing) closeQuietly(client);
                else Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        open.add(client);
        try {
            byte[] head = requestLine(client.getInputStream());
            String line = new String(head, StandardCharsets.ISO_8859_1);
            if (blockingWebSockets && line.startsWith("GET ") && line.contains("/ws/")) {
                client.getOutputStream().write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                closeQuietly(client);
                return;
            }
            Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
            open.add(server);
            server.getOutputStream().write(head);
            Thread.ofVirtual().start(() -> pump(client, server, false));
            pump(server, client, true);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to, boolean towardsClient) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (towardsClient && muted) continue;
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // one side went away: close both
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static byte[] requestLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n' || line.size() > 8192) break;
        }
        return line.toByteArray();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        cutAll();
    }
}
