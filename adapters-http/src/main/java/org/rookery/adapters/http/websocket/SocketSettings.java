package org.rookery.adapters.http.websocket;

import java.time.Duration;
import java.util.Objects;

/**
 * What a game WebSocket tolerates: the largest client frame handled (larger ones get an error
 * frame), how many events a slow client may lag before it is told to resume, when a silent
 * connection is pinged and when it is given up, and how long a peer has to answer our close
 * frame before its TCP connection is cut. Immutable.
 */
public record SocketSettings(int maxFrameBytes, int queueCapacity, Duration pingInterval, Duration deadAfter, Duration closeGrace) {
    public SocketSettings {
        if (maxFrameBytes < 256) throw new IllegalArgumentException("maxFrameBytes must be at least 256, got " + maxFrameBytes);
        if (queueCapacity < 8) throw new IllegalArgumentException("queueCapacity must be at least 8, got " + queueCapacity);
        requirePositive(pingInterval, "pingInterval");
        requirePositive(deadAfter, "deadAfter");
        requirePositive(closeGrace, "closeGrace");
        if (deadAfter.compareTo(pingInterval) <= 0) throw new IllegalArgumentException("deadAfter must be longer than pingInterval");
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (!d.isPositive()) throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
}
