package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.GameBroadcaster;
import org.rookery.ports.out.Subscription;

/** What every {@link GameBroadcaster} must do (delivery may be asynchronous). Extend it once per adapter; tests use games of their own. */
public abstract class GameBroadcasterContract {
    protected static final Duration PATIENCE = Duration.ofSeconds(5);

    protected abstract GameBroadcaster newBroadcaster();

    /** Releases what the adapter took (connections, channels); nothing by default. */
    protected void cleanUp() {}

    private GameBroadcaster broadcaster;

    @BeforeEach
    void createTheBroadcaster() {
        broadcaster = newBroadcaster();
    }

    @AfterEach
    void releaseTheBroadcaster() {
        cleanUp();
    }

    @Test
    void subscribers_receive_the_games_events_in_order() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 4);
        List<EventEnvelope> first = new CopyOnWriteArrayList<>(), second = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(g, first::add);
        broadcaster.subscribe(g, second::add);
        broadcaster.broadcast(g, events.subList(0, 3));
        broadcaster.broadcast(g, events.subList(3, 6));
        Eventually.await(PATIENCE, () -> first.size() == 6 && second.size() == 6, "both subscribers to get 6 events");
        assertThat(first).isEqualTo(events);
        assertThat(second).isEqualTo(events);
    }

    @Test
    void a_closed_subscription_receives_nothing_more_and_other_games_are_not_mixed_in() {
        String g = unique("g"), other = unique("other");
        List<EventEnvelope> events = SampleGames.events(g, 2), others = SampleGames.events(other, 2);
        List<EventEnvelope> closed = new CopyOnWriteArrayList<>(), open = new CopyOnWriteArrayList<>();
        Subscription subscription = broadcaster.subscribe(g, closed::add);
        broadcaster.subscribe(g, open::add);
        broadcaster.broadcast(g, events.subList(0, 1));
        Eventually.await(PATIENCE, () -> closed.size() == 1 && open.size() == 1, "the first event");
        subscription.close();
        subscription.close();
        broadcaster.broadcast(other, others);
        broadcaster.broadcast(g, events.subList(1, 4));
        Eventually.await(PATIENCE, () -> open.size() == 4, "the open subscription to get the rest");
        assertThat(open).isEqualTo(events);
        assertThat(closed).containsExactly(events.get(0));
    }

    @Test
    void a_failing_subscriber_does_not_stop_delivery_to_the_others() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 1);
        List<EventEnvelope> healthy = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(g, e -> {
            throw new IllegalStateException("connection closed");
        });
        broadcaster.subscribe(g, healthy::add);
        broadcaster.broadcast(g, events);
        Eventually.await(PATIENCE, () -> healthy.size() == 3, "the healthy subscriber");
        assertThat(healthy).isEqualTo(events);
    }

    @Test
    void events_broadcast_while_nobody_watched_are_not_replayed_to_a_later_subscriber() {
        String g = unique("g");
        List<EventEnvelope> events = SampleGames.events(g, 2);
        broadcaster.broadcast(g, events.subList(0, 2)); // nobody watches: harmless, and gone (the log serves catch-up)
        List<EventEnvelope> late = new CopyOnWriteArrayList<>();
        broadcaster.subscribe(g, late::add);
        broadcaster.broadcast(g, events.subList(2, 4));
        Eventually.await(PATIENCE, () -> late.size() == 2, "the events broadcast after subscribing");
        assertThat(late).isEqualTo(events.subList(2, 4));
    }
}
