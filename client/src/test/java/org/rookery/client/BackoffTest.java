package org.rookery.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {
    /** A generator that always draws {@code value} from nextDouble(); any other draw fails the test. */
    static RandomGenerator always(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new AssertionError("Backoff must draw its jitter with nextDouble()");
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }

    @Test
    void doubles_from_one_second_up_to_thirty_seconds_without_jitter() {
        Backoff backoff = Backoff.exponential(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(IntStream.rangeClosed(1, 8).mapToObj(n -> backoff.delay(n, always(0.5)).toSeconds()))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(backoff.delay(10_000, always(0.5))).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void the_default_spreads_each_delay_by_twenty_percent_and_never_past_the_cap() {
        assertThat(Backoff.DEFAULT.delay(1, always(0.0))).isEqualTo(Duration.ofMillis(800));
        assertThat(Backoff.DEFAULT.delay(1, always(0.999_999))).isEqualTo(Duration.ofMillis(1200));
        assertThat(Backoff.DEFAULT.delay(3, always(0.5))).isEqualTo(Duration.ofSeconds(4));
        assertThat(Backoff.DEFAULT.delay(20, always(0.999_999))).isEqualTo(Duration.ofSeconds(30));
        SplittableRandom random = new SplittableRandom(7);
        assertThat(IntStream.range(0, 1000).mapToObj(i -> Backoff.DEFAULT.delay(2, random).toMillis()))
                .allMatch(ms -> ms >= 1600 && ms <= 2400);
    }

    @Test
    void refuses_settings_that_make_no_sense() {
        assertThatThrownBy(() -> Backoff.exponential(Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("base");
        assertThatThrownBy(() -> Backoff.exponential(Duration.ofSeconds(2), Duration.ofSeconds(1))).hasMessageContaining("cap");
        assertThatThrownBy(() -> Backoff.DEFAULT.withJitter(1.0)).hasMessageContaining("jitter");
        assertThatThrownBy(() -> Backoff.DEFAULT.delay(0, always(0))).hasMessageContaining("attempt");
    }
}
