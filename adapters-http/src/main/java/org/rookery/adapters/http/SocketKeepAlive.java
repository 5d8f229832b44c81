package org.rookery.adapters.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the open WebSocket connections: one that has been silent for {@code pingInterval} gets
 * a ping; one silent (not even a pong) for {@code deadAfter} is terminated. One daemon thread for
 * all connections. Thread-safe; {@link #close()} stops it.
 */
final class SocketKeepAlive implements AutoCloseable {
    private final Set<GameSocket> sockets = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final long pingNanos;
    private final long deadNanos;

    SocketKeepAlive(Duration pingInterval, Duration deadAfter) {
        this.pingNanos = pingInterval.toNanos();
        this.deadNanos = deadAfter.toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ws-keepalive");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(10, pingInterval.toMillis() / 2);
        timer.scheduleAtFixedRate(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    void add(GameSocket socket) {
        sockets.add(socket);
    }

    void remove(GameSocket socket) {
        sockets.remove(socket);
    }

    int size() {
        return sockets.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (GameSocket socket : sockets) {
            long silent = now - socket.lastHeardNanos();
            if (silent >= deadNanos) {
                sockets.remove(socket);
                socket.terminate("no answer to pings");
            } else if (silent >= pingNanos && now - socket.lastPingNanos() >= pingNanos) {
                socket.ping(now);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
