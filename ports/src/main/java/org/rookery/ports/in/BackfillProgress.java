package org.rookery.ports.in;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How far a backfill got: log events read of the total (the log's end, which moves while games go
 * on), results applied and skipped, when it started and last moved, and from those its rate and
 * estimated time left. Immutable.
 *
 * @param failure why it stopped, when {@code state} is {@link State#FAILED}; empty otherwise
 */
public record BackfillProgress(BackfillRequest request, State state, long eventsDone, long eventsTotal,
        long resultsApplied, long resultsSkipped, Instant startedAt, Instant updatedAt, Optional<String> failure) {

    /** Where a backfill is. */
    public enum State {
        RUNNING,
        COMPLETED,
        FAILED
    }

    public BackfillProgress {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(failure, "failure");
        if (eventsDone < 0 || eventsTotal < eventsDone) {
            throw new IllegalArgumentException("events done must be within 0.." + eventsTotal + ", got " + eventsDone);
        }
    }

    /** Events read per second so far; 0 before any time has passed. */
    public double eventsPerSecond() {
        double seconds = Duration.between(startedAt, updatedAt).toNanos() / 1e9;
        return seconds > 0 ? eventsDone / seconds : 0;
    }

    /** The time left at the current rate while running; empty when finished or when no rate is known yet. */
    public Optional<Duration> eta() {
        double rate = eventsPerSecond();
        if (state != State.RUNNING || rate == 0) return Optional.empty();
        return Optional.of(Duration.ofNanos(Math.round((eventsTotal - eventsDone) / rate * 1e9)));
    }

    /** The share of the events read, 0 to 100. */
    public double percentDone() {
        return eventsTotal == 0 ? 100 : 100.0 * eventsDone / eventsTotal;
    }
}
