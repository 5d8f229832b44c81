package org.rookery.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.rookery.ports.contract.TimeSourceContract;
import org.rookery.ports.out.TimeSource;

class SystemTimeSourceTest extends TimeSourceContract {
    private static final Instant T0 = Instant.parse("2026-12-07T12:00:00Z");

    private final SystemTimeSource system = new SystemTimeSource();

    @Override
    protected TimeSource timeSource() {
        return system;
    }

    /** A wall clock and a monotonic clock moved by hand. */
    private static final class Machine {
        Instant wall = T0;
        long nanos = 5_000_000_000L;

        void pass(Duration d) {
            wall = wall.plus(d);
            nanos += d.toNanos();
        }

        SystemTimeSource timeline() {
            return new SystemTimeSource(new Clock() {
                public Instant instant() {
                    return wall;
                }

                public java.time.ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }
            }, () -> nanos);
        }
    }

    @Test
    void with_a_steady_wall_clock_the_timeline_is_the_wall_clock() {
        Machine m = new Machine();
        SystemTimeSource time = m.timeline();
        for (int i = 0; i < 100; i++) {
            m.pass(Duration.ofMillis(370));
            assertThat(time.now()).isEqualTo(m.wall);
        }
    }

    @Test
    void a_wall_clock_stepping_back_an_hour_gives_nobody_time_and_the_timeline_never_goes_back() {
        Machine m = new Machine();
        SystemTimeSource time = m.timeline();
        m.pass(Duration.ofSeconds(10));
        Instant before = time.now();

        m.wall = m.wall.minus(Duration.ofHours(1)); // an operator sets the clock back
        Instant previous = before;
        for (int i = 0; i < 600; i++) {
            m.pass(Duration.ofMillis(500));
            Instant now = time.now();
            Duration step = Duration.between(previous, now);
            assertThat(step).as("never back, and at least 99 % of real time").isGreaterThanOrEqualTo(Duration.ofMillis(495));
            assertThat(step).isLessThanOrEqualTo(Duration.ofMillis(505));
            previous = now;
        }
        // a player thinking these 300 s is charged at least 297 s, not -3,300 s
        assertThat(Duration.between(before, previous)).isBetween(Duration.ofSeconds(297), Duration.ofSeconds(300));
    }

    @Test
    void a_wall_clock_stepping_forward_is_followed_gradually_and_at_most_one_percent_faster() {
        Machine m = new Machine();
        SystemTimeSource time = m.timeline();
        m.pass(Duration.ofSeconds(1));
        time.now();
        m.wall = m.wall.plus(Duration.ofSeconds(2));
        Instant previous = time.now();
        for (int i = 0; i < 400; i++) {
            m.pass(Duration.ofMillis(1_000));
            Instant now = time.now();
            assertThat(Duration.between(previous, now)).isBetween(Duration.ofMillis(1_000), Duration.ofMillis(1_010));
            previous = now;
        }
        assertThat(Duration.between(previous, m.wall).abs()).as("caught up with the wall clock").isLessThan(Duration.ofMillis(20));
    }
}
