package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class PartitionRetriesTest {
    private static final long MS = 1_000_000;
    private final TopicPartition p0 = new TopicPartition("t", 0);
    private final TopicPartition p1 = new TopicPartition("t", 1);
    private final PartitionRetries retries = new PartitionRetries(Duration.ofMillis(100), Duration.ofMillis(350));

    @Test
    void each_failure_doubles_the_wait_up_to_the_maximum() {
        assertThat(retries.failed(p0, 0)).isEqualTo(1);
        assertThat(retries.due(99 * MS)).isEmpty();
        assertThat(retries.due(100 * MS)).containsExactly(p0);
        assertThat(retries.failed(p0, 100 * MS)).isEqualTo(2);
        assertThat(retries.due(299 * MS)).isEmpty();
        assertThat(retries.due(300 * MS)).containsExactly(p0);
        assertThat(retries.failed(p0, 300 * MS)).isEqualTo(3);
        assertThat(retries.due(649 * MS)).as("400 ms capped at 350").isEmpty();
        assertThat(retries.due(650 * MS)).containsExactly(p0);
    }

    @Test
    void a_success_resets_the_back_off_and_a_due_partition_is_resumed_once() {
        retries.failed(p0, 0);
        retries.failed(p1, 0);
        assertThat(retries.due(100 * MS)).containsExactlyInAnyOrder(p0, p1);
        assertThat(retries.due(200 * MS)).as("already resumed").isEmpty();
        retries.succeeded(p0);
        assertThat(retries.failed(p0, 200 * MS)).isEqualTo(1);
        assertThat(retries.failed(p1, 200 * MS)).isEqualTo(2);
    }

    @Test
    void the_poll_waits_no_longer_than_until_the_next_partition_is_due() {
        assertThat(retries.untilNextDue(0, Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(500));
        retries.failed(p0, 0);
        assertThat(retries.untilNextDue(40 * MS, Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(60));
        retries.forget(List.of(p0));
        assertThat(retries.untilNextDue(40 * MS, Duration.ofMillis(500))).isEqualTo(Duration.ofMillis(500));
    }
}
