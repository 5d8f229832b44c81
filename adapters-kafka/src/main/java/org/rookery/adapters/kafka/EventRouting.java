package org.rookery.adapters.kafka;

import org.rookery.domain.event.EventEnvelope;

/**
 * Chooses each event's topic and key. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface EventRouting {
    Destination route(EventEnvelope event);

    /** Every game event on the game-events topic keyed by its game id, so each game's events stay in one partition, in order. */
    static EventRouting games(String gameEventsTopic) {
        return event -> new Destination(gameEventsTopic, event.gameId());
    }

    /** {@link #games} on the configured topic. */
    static EventRouting of(KafkaSettings settings) {
        return games(settings.gameEvents().name());
    }
}
