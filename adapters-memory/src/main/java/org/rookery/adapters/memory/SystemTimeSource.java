package org.rookery.adapters.memory;

import java.time.Clock;
import java.time.Instant;
import org.rookery.ports.out.TimeSource;

/** The time from a {@link Clock}, the system's UTC clock by default. Thread-safe. */
public final class SystemTimeSource implements TimeSource {
    private final Clock clock;

    public SystemTimeSource() {
        this(Clock.systemUTC());
    }

    public SystemTimeSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Instant now() {
        return clock.instant();
    }
}
