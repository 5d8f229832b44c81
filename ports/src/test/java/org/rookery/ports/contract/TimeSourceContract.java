package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rookery.ports.out.TimeSource;

/** What every {@link TimeSource} must do. Extend it once per adapter. */
public abstract class TimeSourceContract {

    protected abstract TimeSource timeSource();

    @Test
    void time_is_always_there_and_never_goes_backwards() {
        Instant previous = timeSource().now();
        for (int i = 0; i < 1_000; i++) {
            Instant now = timeSource().now();
            assertThat(now).isNotNull().isAfterOrEqualTo(previous);
            previous = now;
        }
    }
}
