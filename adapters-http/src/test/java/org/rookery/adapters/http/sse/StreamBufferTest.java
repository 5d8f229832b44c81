package org.rookery.adapters.http.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rookery.domain.chess.Color;
import org.rookery.domain.event.DrawOffered;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.Eventually;

/** An SSE client that stops reading never blocks the offering side: its buffer overflows once and stops taking. */
class StreamBufferTest {
    static EventEnvelope event(long seq) {
        return EventEnvelope.of("e" + seq, "g1", seq, Instant.EPOCH, "", new DrawOffered(Color.WHITE));
    }

    @Test
    void catch_up_after_a_resume_may_exceed_the_capacity_but_live_events_may_not() throws InterruptedException {
        StreamBuffer<EventEnvelope> buffer = StreamBuffer.events(4, Thread.currentThread(), 0);
        for (long seq = 1; seq <= 10; seq++) buffer.offer(event(seq));
        Thread live = Thread.ofVirtual().unstarted(() -> buffer.offer(event(11)));
        live.start();
        Eventually.await(Duration.ofSeconds(5), () -> !live.isAlive(), "the live offer");
        assertThat(buffer.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Overflowed<EventEnvelope>(0));
    }

    @Test
    void duplicates_and_old_events_are_dropped() throws InterruptedException {
        StreamBuffer<EventEnvelope> buffer = StreamBuffer.events(4, Thread.currentThread(), 2);
        buffer.offer(event(1));
        buffer.offer(event(3));
        buffer.offer(event(3));
        buffer.offer(event(4));
        assertThat(buffer.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Item<>(event(3)));
        assertThat(buffer.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Item<>(event(4)));
        assertThat(buffer.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Idle<EventEnvelope>());
    }

    @Test
    void an_overflow_reports_the_last_event_the_client_took() throws InterruptedException {
        StreamBuffer<EventEnvelope> buffer = StreamBuffer.events(2, null, 0);
        buffer.offer(event(1));
        buffer.offer(event(2));
        assertThat(buffer.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Item<>(event(1)));
        buffer.offer(event(3)); // the buffer holds 2 and 3: full
        buffer.offer(event(4)); // overflows
        buffer.offer(event(5)); // ignored
        assertThat(buffer.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Overflowed<EventEnvelope>(1));
    }

    @Test
    void unordered_items_come_out_as_offered_until_a_client_that_stopped_reading_overflows() throws InterruptedException {
        StreamBuffer<String> notices = StreamBuffer.unordered(2);
        notices.offer("ready");
        notices.offer("ready"); // no order, so no duplicate either: both are kept
        assertThat(notices.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Item<>("ready"));
        notices.offer("delayed");
        notices.offer("cancelled");
        assertThat(notices.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Overflowed<String>(0));
        notices.offer("later");
        assertThat(notices.poll(Duration.ZERO)).isEqualTo(new StreamBuffer.Overflowed<String>(0));
    }

    @Test
    void a_poll_waits_for_an_item_and_gives_up_after_its_wait() throws InterruptedException {
        StreamBuffer<String> notices = StreamBuffer.unordered(4);
        assertThat(notices.poll(Duration.ofMillis(20))).isEqualTo(new StreamBuffer.Idle<String>());
        Thread.ofVirtual().start(() -> notices.offer("ready"));
        assertThat(notices.poll(Duration.ofSeconds(5))).isEqualTo(new StreamBuffer.Item<>("ready"));
    }
}
