package org.rookery.adapters.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A TCP proxy on an ephemeral loopback port in front of PostgreSQL, which a test can cut (every
 * connection closed, new ones refused once accepted: a database gone), freeze (bytes held, sockets
 * left open: a network that went silent) and restore. Thread-safe.
 */
final class CuttableProxy implements AutoCloseable {
    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ReentrantLock gate = new ReentrantLock();
    private final Condition thawed = gate.newCondition();
    private volatile boolean cut, frozen;

    CuttableProxy(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("proxy-accept").start(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes every connection and refuses new ones until {@link #restore()}. */
    void cut() {
        cut = true;
        sockets.forEach(CuttableProxy::closeQuietly);
    }

    /** Holds every byte in both directions, connections left open, until {@link #restore()}. */
    void freeze() {
        frozen = true;
    }

    void restore() {
        cut = false;
        gate.lock();
        try {
            frozen = false;
            thawed.signalAll();
        } finally {
            gate.unlock();
        }
    }

    @Override
    public void close() {
        closeQuietly(server);
        cut();
        restore();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    client.close();
                    continue;
                }
                Socket upstream = new Socket();
                upstream.connect(target, 2_000);
                sockets.add(client);
                sockets.add(upstream);
                Thread.ofVirtual().start(() -> pipe(client, upstream));
                Thread.ofVirtual().start(() -> pipe(upstream, client));
            } catch (IOException e) {
                // the server socket closed, or PostgreSQL refused: the client sees its connection drop
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16_384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                awaitThaw();
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed, or the proxy was cut
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private void awaitThaw() throws InterruptedException {
        gate.lock();
        try {
            while (frozen) thawed.await();
        } finally {
            gate.unlock();
        }
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
