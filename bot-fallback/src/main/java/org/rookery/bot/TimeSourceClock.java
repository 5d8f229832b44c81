package org.rookery.bot;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.rookery.ports.out.TimeSource;

/** The application's {@link TimeSource} as a {@link Clock}, so the breakers' waits follow it. Thread-safe if the source is. */
final class TimeSourceClock extends Clock {
    private final TimeSource time;

    TimeSourceClock(TimeSource time) {
        this.time = time;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the breaker's clock has no zone to change");
    }

    @Override
    public Instant instant() {
        return time.now();
    }
}
