package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.ports.out.MatchEventPublisher;

/**
 * An in-process bus for matchmaking events: each published event goes, in order, to every
 * consumer registered with {@link #subscribe}, and (when recording) into a list tests can read. Thread-safe;
 * publishes are serialized so consumers see one order.
 */
public final class InMemoryMatchEventPublisher implements MatchEventPublisher {
    private final CopyOnWriteArrayList<Consumer<MatchEnvelope>> consumers = new CopyOnWriteArrayList<>();
    private final ReentrantLock order = new ReentrantLock();
    private final List<MatchEnvelope> recorded;

    /** A bus that keeps what it publishes for tests to read when {@code recording} (the runtime keeps nothing). */
    public InMemoryMatchEventPublisher(boolean recording) {
        this.recorded = recording ? new ArrayList<>() : null;
    }

    public void subscribe(Consumer<MatchEnvelope> consumer) {
        consumers.add(consumer);
    }

    @Override
    public void publish(List<MatchEnvelope> events) {
        order.lock();
        try {
            for (MatchEnvelope e : events) {
                if (recorded != null) recorded.add(e);
                for (Consumer<MatchEnvelope> consumer : consumers) consumer.accept(e);
            }
        } finally {
            order.unlock();
        }
    }

    /** A copy of everything published so far (empty unless recording). */
    public List<MatchEnvelope> published() {
        order.lock();
        try {
            return recorded == null ? List.of() : List.copyOf(recorded);
        } finally {
            order.unlock();
        }
    }
}
