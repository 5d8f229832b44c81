package org.rookery.application.relay;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link LogRelay} tails and where it publishes: a durable log read in its global order
 * and the downstream publisher of that stream. Implementations are thread-safe.
 */
public interface RelayFeed<E> {

    /** Up to {@code max} logged events after {@code position}, in the log's global order. */
    List<E> readAfter(long position, int max);

    /** The position of a logged event. */
    long positionOf(E logged);

    /** When a logged event happened. */
    Instant occurredAtOf(E logged);

    /** The log's last position. */
    long endPosition();

    /** Publishes the logged events downstream, in order; throws when the bus does not take them. */
    void publish(List<E> logged);
}
