package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.Outbox;

/** What every {@link Outbox} must do. Extend it once per adapter. */
public abstract class OutboxContract {

    protected abstract Outbox newOutbox();

    private final Outbox outbox = newOutbox();

    @Test
    void events_wait_in_order_until_marked_published() {
        List<EventEnvelope> events = SampleGames.events("g1", 3);
        outbox.add(events.subList(0, 2));
        outbox.add(events.subList(2, 5));
        assertThat(outbox.pendingCount()).isEqualTo(5);
        assertThat(outbox.peek(3)).isEqualTo(events.subList(0, 3));
        assertThat(outbox.peek(3)).as("peeking removes nothing").isEqualTo(events.subList(0, 3));
        outbox.markPublished(events.subList(0, 3));
        assertThat(outbox.peek(10)).isEqualTo(events.subList(3, 5));
        assertThat(outbox.pendingCount()).isEqualTo(2);
        outbox.markPublished(events.subList(3, 5));
        assertThat(outbox.peek(10)).isEmpty();
    }

    @Test
    void marking_anything_but_the_head_as_published_is_refused() {
        List<EventEnvelope> events = SampleGames.events("g1", 1);
        outbox.add(events);
        assertThatThrownBy(() -> outbox.markPublished(events.subList(1, 2))).isInstanceOf(IllegalStateException.class);
        assertThat(outbox.peek(10)).isEqualTo(events);
    }

    @Test
    void concurrent_producers_lose_nothing_and_keep_each_games_order() throws Exception {
        int games = 8;
        List<List<EventEnvelope>> all = new ArrayList<>();
        for (int g = 0; g < games; g++) all.add(SampleGames.events("c" + g, 10));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (List<EventEnvelope> events : all) {
                done.add(pool.submit(() -> events.forEach(e -> outbox.add(List.of(e)))));
            }
            for (Future<?> f : done) f.get();
        }
        List<EventEnvelope> drained = outbox.peek(1_000);
        assertThat(drained).hasSize(games * 12);
        for (List<EventEnvelope> events : all) {
            String game = events.getFirst().gameId();
            assertThat(drained.stream().filter(e -> e.gameId().equals(game)).toList()).isEqualTo(events);
        }
    }
}
