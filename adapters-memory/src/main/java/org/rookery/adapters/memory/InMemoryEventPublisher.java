package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventPublisher;

/**
 * An in-process bus: each published event goes, in order, to every consumer registered with
 * {@link #subscribe} (the rating or history service in the all-in-one runtime), and optionally
 * into a list tests can read. Thread-safe; publishes are serialized so consumers see one order.
 */
public final class InMemoryEventPublisher implements EventPublisher {
    private final CopyOnWriteArrayList<Consumer<EventEnvelope>> consumers = new CopyOnWriteArrayList<>();
    private final ReentrantLock order = new ReentrantLock();
    private final List<EventEnvelope> recorded;

    /** A bus that only forwards to consumers. */
    public InMemoryEventPublisher() {
        this(false);
    }

    /** A bus that also keeps every published event when {@code recording}. */
    public InMemoryEventPublisher(boolean recording) {
        this.recorded = recording ? new ArrayList<>() : null;
    }

    public void subscribe(Consumer<EventEnvelope> consumer) {
        consumers.add(consumer);
    }

    @Override
    public void publish(List<EventEnvelope> events) {
        order.lock();
        try {
            for (EventEnvelope e : events) {
                if (recorded != null) recorded.add(e);
                for (Consumer<EventEnvelope> consumer : consumers) consumer.accept(e);
            }
        } finally {
            order.unlock();
        }
    }

    /** A copy of everything published so far (empty unless recording). */
    public List<EventEnvelope> published() {
        order.lock();
        try {
            return recorded == null ? List.of() : List.copyOf(recorded);
        } finally {
            order.unlock();
        }
    }
}
