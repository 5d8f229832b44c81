package org.rookery.adapters.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A test handler whose effect is idempotent by event id: it keeps every delivery, and applies an
 * event's effect once however often the event comes. Thread-safe (several runners may share it).
 */
public final class RecordingHandler implements EventHandler {
    private final ReentrantLock lock = new ReentrantLock();
    private final List<ConsumedEvent> deliveries = new ArrayList<>();
    private final Map<String, ConsumedEvent> effects = new ConcurrentHashMap<>();
    private final List<String> effectOrder = new ArrayList<>();

    @Override
    public void handle(ConsumedEvent event) {
        lock.lock();
        try {
            deliveries.add(event);
            if (effects.putIfAbsent(event.envelope().eventId(), event) == null) effectOrder.add(event.envelope().eventId());
        } finally {
            lock.unlock();
        }
    }

    public List<ConsumedEvent> deliveries() {
        lock.lock();
        try {
            return List.copyOf(deliveries);
        } finally {
            lock.unlock();
        }
    }

    /** The event ids whose effect was applied, in the order applied; each at most once. */
    public List<String> effects() {
        lock.lock();
        try {
            return List.copyOf(effectOrder);
        } finally {
            lock.unlock();
        }
    }
}
