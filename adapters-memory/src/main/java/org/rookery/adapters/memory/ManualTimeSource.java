package org.rookery.adapters.memory;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.rookery.ports.out.TimeSource;

/** A time that moves only when told to: the tests' clock. Never goes backwards. Thread-safe. */
public final class ManualTimeSource implements TimeSource {
    private final AtomicReference<Instant> now;

    public ManualTimeSource(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public Instant now() {
        return now.get();
    }

    /** Moves the time forward and returns the new instant. */
    public Instant advance(Duration by) {
        if (by.isNegative()) throw new IllegalArgumentException("time does not go backwards");
        return now.updateAndGet(t -> t.plus(by));
    }

    public Instant advanceMillis(long ms) {
        return advance(Duration.ofMillis(ms));
    }
}
