package org.rookery.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A matchmaking event as stored and published: the payload plus the metadata consumers rely on.
 * Its aggregate is the match ({@code matchId}); a match has one event, so there is no sequence
 * number. {@code eventId} is the consumers' idempotency key. Immutable.
 */
public record MatchEnvelope(
        String eventId,
        String type,
        int schemaVersion,
        String matchId,
        Instant occurredAt,
        String correlationId,
        MatchmakingEvent payload) {

    public MatchEnvelope {
        if (eventId == null || eventId.isBlank()) throw new IllegalArgumentException("eventId must not be blank");
        if (matchId == null || matchId.isBlank()) throw new IllegalArgumentException("matchId must not be blank");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (!payload.type().equals(type) || payload.schemaVersion() != schemaVersion) {
            throw new IllegalArgumentException("envelope says " + type + " v" + schemaVersion + " but the payload is "
                    + payload.type() + " v" + payload.schemaVersion());
        }
        if (payload instanceof MatchCreated created && !created.matchId().equals(matchId)) {
            throw new IllegalArgumentException("envelope of match " + matchId + " carries match " + created.matchId());
        }
        if (correlationId == null) correlationId = "";
    }

    /** Wraps a payload, taking type and schema version from it. */
    public static MatchEnvelope of(String eventId, String matchId, Instant occurredAt, String correlationId, MatchmakingEvent payload) {
        return new MatchEnvelope(eventId, payload.type(), payload.schemaVersion(), matchId, occurredAt, correlationId, payload);
    }
}
