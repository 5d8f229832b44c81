package org.rookery.adapters.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A read overstays by the limit of the phase the connection is in, counted from the phase's start. */
class ConnectionClockTest {
    private static final long MS = 1_000_000;
    private static final ConnectionSettings SETTINGS =
            new ConnectionSettings(8, Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(1_000));

    @Test
    void waiting_for_a_request_may_last_the_idle_timeout() {
        ConnectionClock clock = new ConnectionClock(SETTINGS, null, 0);
        clock.readStarting(0);
        assertThat(clock.overdue(1_000 * MS)).isFalse();
        assertThat(clock.overdue(1_001 * MS)).isTrue();
    }

    @Test
    void headers_are_timed_from_the_first_byte_however_the_reads_are_spread() {
        ConnectionClock clock = new ConnectionClock(SETTINGS, null, 0);
        clock.readStarting(0);
        clock.readDone(500 * MS); // the first bytes, after half the idle time
        assertThat(clock.phase()).isEqualTo(ConnectionClock.Phase.HEADERS);
        clock.readStarting(550 * MS);
        clock.readDone(590 * MS);
        clock.readStarting(590 * MS);
        assertThat(clock.overdue(600 * MS)).isFalse();
        assertThat(clock.overdue(601 * MS)).isTrue();
    }

    @Test
    void a_body_is_timed_from_the_end_of_the_headers_until_the_answer() {
        ConnectionClock clock = new ConnectionClock(SETTINGS, null, 0);
        clock.readStarting(0);
        clock.readDone(0);
        clock.headersRead(true, 50 * MS);
        clock.readStarting(60 * MS);
        assertThat(clock.overdue(350 * MS)).isFalse();
        assertThat(clock.overdue(351 * MS)).isTrue();
        clock.readDone(351 * MS);
        clock.answering(352 * MS);
        clock.readStarting(400 * MS); // waiting for the next request: the idle timeout again, from now
        assertThat(clock.phase()).isEqualTo(ConnectionClock.Phase.WAITING);
        assertThat(clock.overdue(1_400 * MS)).isFalse();
        assertThat(clock.overdue(1_401 * MS)).isTrue();
    }

    @Test
    void no_read_means_nothing_overstays_and_an_upgraded_connection_never_does() {
        ConnectionClock clock = new ConnectionClock(SETTINGS, null, 0);
        assertThat(clock.overdue(10_000 * MS)).isFalse(); // handling, not reading
        clock.readStarting(0);
        clock.readDone(0);
        clock.headersRead(false, 0);
        clock.upgraded(0);
        clock.readStarting(0);
        assertThat(clock.overdue(Long.MAX_VALUE / 2)).isFalse();
    }
}
