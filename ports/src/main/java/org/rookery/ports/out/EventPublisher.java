package org.rookery.ports.out;

import java.util.List;
import org.rookery.domain.event.EventEnvelope;

/**
 * Publishes events to the downstream bus (Kafka topic {@code game-events}, key = gameId) for
 * other services. Only the relay that tails the {@link GameEventLog} calls it, so a failure here never touches a move.
 * Implementations are thread-safe.
 */
public interface EventPublisher {

    /**
     * Publishes the events in order and returns once the bus has them.
     *
     * @throws RuntimeException when the bus is unavailable; the relay will offer the same events again
     */
    void publish(List<EventEnvelope> events);
}
