package org.rookery.client;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link LiveGame} connects: the reconnection {@link Backoff}; after how many failed
 * WebSocket attempts in a row it falls back to SSE; the capacity of its offline move queue and
 * the file that keeps the queue across restarts (null: memory only); the seq after which to
 * resume on the first connection (null: start from the server's snapshot); the time a
 * connection attempt may take; and the heartbeat: a WebSocket is pinged every {@code heartbeat}
 * and replaced when nothing was heard for three of them. Immutable; {@code with…} methods return
 * changed copies.
 */
public record LiveGameOptions(Backoff backoff, int fallbackAfterFailures, int moveQueueCapacity, Path moveQueueFile,
        Long resumeAfterSeq, Duration connectTimeout, Duration heartbeat) {
    public static final LiveGameOptions DEFAULTS = new LiveGameOptions(Backoff.DEFAULT, 3, 32, null, null, Duration.ofSeconds(10),
            Duration.ofSeconds(10));

    public LiveGameOptions {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        if (fallbackAfterFailures < 1) throw new IllegalArgumentException("fallbackAfterFailures must be >= 1, got " + fallbackAfterFailures);
        if (moveQueueCapacity < 1 || moveQueueCapacity > 1024) throw new IllegalArgumentException("moveQueueCapacity must be 1..1024, got " + moveQueueCapacity);
        if (resumeAfterSeq != null && resumeAfterSeq < 0) throw new IllegalArgumentException("resumeAfterSeq must be >= 0, got " + resumeAfterSeq);
        if (connectTimeout.isNegative() || connectTimeout.isZero()) throw new IllegalArgumentException("connectTimeout must be positive");
        Objects.requireNonNull(heartbeat, "heartbeat");
        if (heartbeat.toMillis() < 10) throw new IllegalArgumentException("heartbeat must be at least 10 ms, got " + heartbeat);
    }

    public LiveGameOptions withBackoff(Backoff newBackoff) {
        return new LiveGameOptions(newBackoff, fallbackAfterFailures, moveQueueCapacity, moveQueueFile, resumeAfterSeq, connectTimeout, heartbeat);
    }

    /** Fall back to SSE after {@code failures} failed WebSocket attempts in a row (default 3). */
    public LiveGameOptions withFallbackAfter(int failures) {
        return new LiveGameOptions(backoff, failures, moveQueueCapacity, moveQueueFile, resumeAfterSeq, connectTimeout, heartbeat);
    }

    /** Never fall back to SSE: keep trying the WebSocket. */
    public LiveGameOptions withoutFallback() {
        return withFallbackAfter(Integer.MAX_VALUE);
    }

    public LiveGameOptions withMoveQueueCapacity(int capacity) {
        return new LiveGameOptions(backoff, fallbackAfterFailures, capacity, moveQueueFile, resumeAfterSeq, connectTimeout, heartbeat);
    }

    /** Keep unanswered moves in {@code file} (rewritten on every change), and send the moves found there on start. */
    public LiveGameOptions withMoveQueueFile(Path file) {
        return new LiveGameOptions(backoff, fallbackAfterFailures, moveQueueCapacity, Objects.requireNonNull(file, "file"), resumeAfterSeq, connectTimeout, heartbeat);
    }

    /** Deliver the events after {@code seq} (e.g. one saved by an earlier run) instead of starting from a snapshot. */
    public LiveGameOptions resumingAfter(long seq) {
        return new LiveGameOptions(backoff, fallbackAfterFailures, moveQueueCapacity, moveQueueFile, seq, connectTimeout, heartbeat);
    }

    public LiveGameOptions withConnectTimeout(Duration timeout) {
        return new LiveGameOptions(backoff, fallbackAfterFailures, moveQueueCapacity, moveQueueFile, resumeAfterSeq, timeout, heartbeat);
    }

    /** Ping the WebSocket every {@code interval}; replace it after three silent intervals (default 10 s). */
    public LiveGameOptions withHeartbeat(Duration interval) {
        return new LiveGameOptions(backoff, fallbackAfterFailures, moveQueueCapacity, moveQueueFile, resumeAfterSeq, connectTimeout, interval);
    }
}
