package org.rookery.ports.out;

import java.util.List;
import org.rookery.domain.event.EventEnvelope;

/**
 * Durable events waiting to be published downstream, oldest first. The application adds events
 * right after they are durable; one relay takes them from the head and removes them once
 * published, so a publisher outage loses nothing. Implementations are thread-safe for many
 * producers and one relay.
 */
public interface Outbox {

    void add(List<EventEnvelope> events);

    /** Up to {@code max} of the oldest pending events, without removing them. */
    List<EventEnvelope> peek(int max);

    /**
     * Removes published events from the head.
     *
     * @throws IllegalStateException when the events are not the head of the outbox
     */
    void markPublished(List<EventEnvelope> events);

    /** How many events wait. */
    long pendingCount();
}
