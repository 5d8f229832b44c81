package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventPublisher;

/** What every {@link EventPublisher} must do. Extend it once per adapter, with a way to read what reached the bus. */
public abstract class EventPublisherContract {

    protected abstract EventPublisher publisher();

    /** Every event of the game that reached the bus so far, in the bus's order for that game. */
    protected abstract List<EventEnvelope> receivedDownstream(String gameId);

    @Test
    void published_events_reach_the_bus_in_order_per_game() {
        List<EventEnvelope> a = SampleGames.events("pub-a", 3), b = SampleGames.events("pub-b", 2);
        publisher().publish(a.subList(0, 2));
        publisher().publish(b);
        publisher().publish(a.subList(2, 5));
        Eventually.await(Duration.ofSeconds(10), () -> receivedDownstream("pub-a").size() >= 5 && receivedDownstream("pub-b").size() >= 4, "the events downstream");
        assertThat(receivedDownstream("pub-a")).extracting(EventEnvelope::eventId).containsExactlyElementsOf(a.stream().map(EventEnvelope::eventId).toList());
        assertThat(receivedDownstream("pub-b")).extracting(EventEnvelope::eventId).containsExactlyElementsOf(b.stream().map(EventEnvelope::eventId).toList());
    }

    @Test
    void published_events_arrive_intact() {
        List<EventEnvelope> events = SampleGames.events("pub-intact", 4);
        publisher().publish(events);
        Eventually.await(Duration.ofSeconds(10), () -> receivedDownstream("pub-intact").size() >= events.size(), "the events downstream");
        assertThat(receivedDownstream("pub-intact")).containsExactlyElementsOf(events);
    }

    @Test
    void an_empty_batch_is_accepted_and_publishes_nothing() {
        publisher().publish(List.of());
        publisher().publish(SampleGames.events("pub-after-empty", 0));
        Eventually.await(Duration.ofSeconds(10), () -> receivedDownstream("pub-after-empty").size() >= 2, "the events downstream");
        assertThat(receivedDownstream("pub-after-empty")).hasSize(2);
    }
}
