package org.rookery.ports.out;

import java.util.List;
import org.rookery.domain.event.MatchEnvelope;

/**
 * Publishes matchmaking events to the downstream bus (Kafka topic {@code matchmaking.matches},
 * key = matchId). Only the relay that tails the {@link MatchEventLog} calls it, so a failure here
 * never touches matchmaking. Implementations are thread-safe.
 */
public interface MatchEventPublisher {

    /**
     * Publishes the events in order and returns once the bus has them.
     *
     * @throws RuntimeException when the bus is unavailable; the relay offers the same events again
     */
    void publish(List<MatchEnvelope> events);
}
