package org.rookery.adapters.http.websocket;

import io.helidon.websocket.WsSession;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the open WebSocket connections: one that has been silent for {@code pingInterval} gets
 * a ping; one silent (not even a pong) for {@code deadAfter} is cut; one that sent its close
 * frame and got no answer within {@code closeGrace} is cut too, so that a peer ignoring the
 * closing handshake cannot hold its TCP connection. One daemon thread for all connections.
 * Thread-safe; {@link #close()} stops it.
 */
final class SocketKeepAlive implements AutoCloseable {
    private final Set<WatchedConnection> sockets = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final long pingNanos;
    private final long deadNanos;
    private final long graceNanos;

    SocketKeepAlive(Duration pingInterval, Duration deadAfter, Duration closeGrace) {
        this.pingNanos = pingInterval.toNanos();
        this.deadNanos = deadAfter.toNanos();
        this.graceNanos = closeGrace.toNanos();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ws-keepalive");
            t.setDaemon(true);
            return t;
        });
        long tick = Math.max(10, Math.min(pingInterval.toMillis(), closeGrace.toMillis()) / 2);
        timer.scheduleAtFixedRate(this::sweep, tick, tick, TimeUnit.MILLISECONDS);
    }

    void add(WatchedConnection socket) {
        sockets.add(socket);
    }

    void remove(WatchedConnection socket) {
        sockets.remove(socket);
    }

    /** Cuts the connection of {@code session}, if it is watched. */
    void cut(WsSession session, String why) {
        for (WatchedConnection socket : sockets) {
            if (socket.runsOn(session) && sockets.remove(socket)) socket.cut(why);
        }
    }

    int size() {
        return sockets.size();
    }

    private void sweep() {
        long now = System.nanoTime();
        for (WatchedConnection socket : sockets) {
            boolean closing = socket.closing();
            long silent = now - socket.lastHeardNanos();
            if (closing && now - socket.closingSinceNanos() >= graceNanos) {
                sockets.remove(socket);
                socket.cut("no answer to our close frame");
            } else if (silent >= deadNanos) {
                sockets.remove(socket);
                socket.cut("no answer to pings");
            } else if (!closing && silent >= pingNanos && now - socket.lastPingNanos() >= pingNanos) {
                socket.ping(now);
            }
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
