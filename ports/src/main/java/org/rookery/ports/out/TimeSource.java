package org.rookery.ports.out;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The platform's timeline: what events are stamped with and what players' clocks and flag
 * deadlines are measured on. It promises (1) never to go back, for any one caller, (2) to measure
 * elapsed time on a monotonic clock, so a wall clock stepped back or forward neither gives nor
 * takes a player's time, and (3) to stay close to wall-clock time (it may converge on a stepped
 * wall clock gradually), so stamps read as real instants across nodes. Production uses the
 * monotonic system clock anchored to the wall clock; tests move a clock by hand. Implementations
 * are thread-safe.
 */
@FunctionalInterface
public interface TimeSource {
    Instant now();

    /** This timeline as a UTC {@link Clock}, for libraries that take one (circuit breakers' waits follow it). */
    default Clock asClock() {
        TimeSource source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("a time source's clock has no zone to change");
            }

            @Override
            public Instant instant() {
                return source.now();
            }
        };
    }
}
