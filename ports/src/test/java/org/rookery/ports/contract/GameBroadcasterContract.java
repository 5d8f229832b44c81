package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.Subscription;

/** What every {@link GameBroadcaster} must do (delivery may be asynchronous). Extend it once per adapter. */
public abstract class GameBroadcasterContract {
    protected static final Duration PATIENCE = Duration.ofSeconds(5);

    protected abstract GameBroadcaster newBroadcaster();

    private final GameBroadcaster broadcaster = newBroadcaster();

    @Test
    void subscribers_receive_the_games_events_in_order() {
        List<EventEnvelope> events = SampleGames.events("g1", 4);
        List<EventEnvelope> first = new CopyOnWriteArrayList<>(), second = new CopyOnWriteArrayList<>();
        broadcaster.subscribe("g1", first::add);
        broadcaster.subscribe("g1", second::add);
        broadcaster.broadcast("g1", events.subList(0, 3));
        broadcaster.broadcast("g1", events.subList(3, 6));
        Eventually.await(PATIENCE, () -> first.size() == 6 && second.size() == 6, "both subscribers to get 6 events");
        assertThat(first).isEqualTo(events);
        assertThat(second).isEqualTo(events);
    }

    @Test
    void a_closed_subscription_receives_nothing_more_and_other_games_are_not_mixed_in() {
        List<EventEnvelope> events = SampleGames.events("g1", 2), other = SampleGames.events("g2", 2);
        List<EventEnvelope> closed = new CopyOnWriteArrayList<>(), open = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe("g1", closed::add);
        broadcaster.subscribe("g1", open::add);
        broadcaster.broadcast("g1", events.subList(0, 1));
        Eventually.await(PATIENCE, () -> closed.size() == 1 && open.size() == 1, "the first event");
        subscription.close();
        subscription.close();
        broadcaster.broadcast("g2", other);
        broadcaster.broadcast("g1", events.subList(1, 4));
        Eventually.await(PATIENCE, () -> open.size() == 4, "the open subscription to get the rest");
        assertThat(open).isEqualTo(events);
        assertThat(closed).containsExactly(events.get(0));
    }

    @Test
    void a_failing_subscriber_does_not_stop_delivery_to_the_others() {
        List<EventEnvelope> events = SampleGames.events("g1", 1);
        List<EventEnvelope> healthy = new CopyOnWriteArrayList<>();
        broadcaster.subscribe("g1", e -> {
            throw new IllegalStateException("connection closed");
        });
        broadcaster.subscribe("g1", healthy::add);
        broadcaster.broadcast("g1", events);
        Eventually.await(PATIENCE, () -> healthy.size() == 3, "the healthy subscriber");
        assertThat(healthy).isEqualTo(events);
    }

    @Test
    void broadcasting_to_a_game_nobody_watches_is_harmless() {
        broadcaster.broadcast("nobody", SampleGames.events("nobody", 1));
    }
}
