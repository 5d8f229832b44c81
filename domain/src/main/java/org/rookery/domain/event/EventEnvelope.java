package org.rookery.domain.event;

import java.time.Instant;
import java.util.Objects;

/**
 * A domain event as stored, published and broadcast: the payload plus the metadata every
 * consumer relies on (API.md). {@code eventId} is the consumers' idempotency key; {@code seq}
 * numbers a game's events from 1 without gaps. Immutable.
 */
public record EventEnvelope(
        String eventId,
        String type,
        int schemaVersion,
        String gameId,
        long seq,
        Instant occurredAt,
        String correlationId,
        GameEvent payload) {

    public EventEnvelope {
        requireText(eventId, "eventId");
        requireText(gameId, "gameId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
        if (seq < 1) throw new IllegalArgumentException("seq starts at 1, got " + seq);
        if (!payload.type().equals(type) || payload.schemaVersion() != schemaVersion) {
            throw new IllegalArgumentException("envelope says " + type + " v" + schemaVersion + " but the payload is "
                    + payload.type() + " v" + payload.schemaVersion());
        }
        if (correlationId == null) correlationId = "";
    }

    /** Wraps a payload, taking type and schema version from it. */
    public static EventEnvelope of(
            String eventId, String gameId, long seq, Instant occurredAt, String correlationId, GameEvent payload) {
        return new EventEnvelope(
                eventId, payload.type(), payload.schemaVersion(), gameId, seq, occurredAt, correlationId, payload);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }
}
