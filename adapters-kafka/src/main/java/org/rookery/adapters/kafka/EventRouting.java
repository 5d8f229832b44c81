package org.rookery.adapters.kafka;

import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchCreated;

/**
 * Chooses each event's topic and key. Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface EventRouting {
    Destination route(EventEnvelope event);

    /**
     * The platform's two streams: {@code MatchCreated} on the matches topic keyed by its match id,
     * every other event on the game-events topic keyed by its game id, so each match's and each
     * game's events stay in one partition, in order.
     */
    static EventRouting gamesAndMatches(String gameEventsTopic, String matchesTopic) {
        return event -> event.payload() instanceof MatchCreated match
                ? new Destination(matchesTopic, match.matchId())
                : new Destination(gameEventsTopic, event.gameId());
    }

    /** {@link #gamesAndMatches} on the configured topics. */
    static EventRouting of(KafkaSettings settings) {
        return gamesAndMatches(settings.gameEvents().name(), settings.matches().name());
    }
}
