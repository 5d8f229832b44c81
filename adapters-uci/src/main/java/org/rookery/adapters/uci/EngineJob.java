package org.rookery.adapters.uci;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.SlaTier;

/**
 * One request in the pool: when it was queued, its deadline (the sooner of its timeout and its
 * tier's budget, in {@link System#nanoTime()} terms), whether its caller gave up, and the answer
 * to come. Thread-safe.
 */
final class EngineJob {
    private final AnalysisRequest request;
    private final long queuedAt;
    private final long deadline;
    private final Duration allowed;
    private final CompletableFuture<Analysis> answer = new CompletableFuture<>();
    private volatile boolean abandoned;

    EngineJob(AnalysisRequest request, Duration allowed, long now) {
        this.request = request;
        this.allowed = allowed;
        this.queuedAt = now;
        this.deadline = now + allowed.toNanos();
    }

    AnalysisRequest request() {
        return request;
    }

    SlaTier tier() {
        return request.tier();
    }

    long queuedAt() {
        return queuedAt;
    }

    long deadline() {
        return deadline;
    }

    /** The time the job was allowed in all. */
    Duration allowed() {
        return allowed;
    }

    CompletableFuture<Analysis> answer() {
        return answer;
    }

    /** The caller no longer waits: a running search may stop early. */
    void abandon() {
        abandoned = true;
    }

    boolean abandoned() {
        return abandoned;
    }
}
