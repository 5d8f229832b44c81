package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.Outbox;

/**
 * A lock-free FIFO of events waiting for the relay. Lives as long as the process, like the
 * in-memory event log it accompanies. Thread-safe for many producers and one relay.
 */
public final class InMemoryOutbox implements Outbox {
    private final ConcurrentLinkedQueue<EventEnvelope> queue = new ConcurrentLinkedQueue<>();
    private final AtomicLong pending = new AtomicLong();

    @Override
    public void add(List<EventEnvelope> events) {
        queue.addAll(events);
        pending.addAndGet(events.size());
    }

    @Override
    public List<EventEnvelope> peek(int max) {
        List<EventEnvelope> head = new ArrayList<>(Math.min(max, 64));
        Iterator<EventEnvelope> it = queue.iterator();
        while (head.size() < max && it.hasNext()) head.add(it.next());
        return head;
    }

    @Override
    public void markPublished(List<EventEnvelope> events) {
        List<EventEnvelope> head = peek(events.size());
        for (int i = 0; i < events.size(); i++) {
            if (i >= head.size() || !head.get(i).eventId().equals(events.get(i).eventId())) {
                throw new IllegalStateException("event " + events.get(i).eventId() + " is not at the head of the outbox");
            }
        }
        for (int i = 0; i < events.size(); i++) queue.poll();
        pending.addAndGet(-events.size());
    }

    @Override
    public long pendingCount() {
        return pending.get();
    }
}
