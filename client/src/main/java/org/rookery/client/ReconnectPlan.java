package org.rookery.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Decides the next connection attempt: which transport (the WebSocket; after
 * {@code fallbackAfter} WebSocket failures in a row, SSE and one WebSocket try in turn), and how
 * long to wait first ({@link Backoff} by failures in a row; after losing an open connection, the
 * base delay). Not thread-safe: used on the connection thread.
 */
final class ReconnectPlan {
    private final Backoff backoff;
    private final int fallbackAfter;
    private final RandomGenerator random;
    private int failures;
    private int webSocketFailures;
    private TransportKind last;

    ReconnectPlan(Backoff backoff, int fallbackAfter, RandomGenerator random) {
        this.backoff = backoff;
        this.fallbackAfter = fallbackAfter;
        this.random = random;
    }

    TransportKind next() {
        boolean fallBack = webSocketFailures >= fallbackAfter && last != TransportKind.SSE;
        last = fallBack ? TransportKind.SSE : TransportKind.WEBSOCKET;
        return last;
    }

    void opened(TransportKind kind) {
        failures = 0;
        if (kind == TransportKind.WEBSOCKET) webSocketFailures = 0;
    }

    void failed(TransportKind kind) {
        failures++;
        if (kind == TransportKind.WEBSOCKET) webSocketFailures++;
    }

    /** An open connection ended: the next attempt waits the base delay. */
    void lost() {
        failures = 1;
    }

    Duration delay() {
        return backoff.delay(Math.max(1, failures), random);
    }
}
