package org.rookery.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Opens N WebSocket connections to a URL path with plain sockets (a handshake each, then
 * silence) and holds them until stdin closes or a line is read, so that the server's heap can
 * be measured meanwhile. Run: {@code IdleConnections HOST PORT PATH N}. Prints "open N" when all
 * are up.
 */
public final class IdleConnections {
    private IdleConnections() {}

    public static void main(String[] args) throws IOException {
        String host = args[0], path = args[2];
        int port = Integer.parseInt(args[1]), n = Integer.parseInt(args[3]);
        List<Socket> sockets = new ArrayList<>(n);
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Socket s = new Socket();
            s.setReceiveBufferSize(4096);
            s.connect(new InetSocketAddress(host, port), 10_000);
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) throw new IOException("connection " + i + " closed during the handshake");
                head.append((char) c);
            }
            if (!head.toString().startsWith("HTTP/1.1 101")) throw new IOException("connection " + i + " refused: " + head);
            sockets.add(s);
        }
        System.out.printf("open %d in %.1f s%n", sockets.size(), (System.nanoTime() - start) / 1e9);
        System.out.flush();
        System.in.read();
        for (Socket s : sockets) s.close();
    }
}
