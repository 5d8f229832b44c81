package org.rookery.client;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One event of a game (API.md's envelope): {@code MovePlayed}, {@code GameEnded}, … with its
 * per-game {@code seq}, the correlation id of the request that caused it and its payload as
 * JSON values (strings, numbers, booleans, maps, lists, nulls). Immutable.
 */
public record GameEvent(String eventId, String type, int schemaVersion, String gameId, long seq, Instant occurredAt,
        String correlationId, Map<String, Object> payload) {
    public static final String MOVE_PLAYED = "MovePlayed";
    public static final String GAME_ENDED = "GameEnded";

    public GameEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(gameId, "gameId");
        // the payload may hold nulls ("by": null), which Map.copyOf refuses
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(payload));
    }

    /** A payload field as text ({@code "uci"}, {@code "san"}, {@code "result"}), or null when absent. */
    public String text(String field) {
        Object value = payload.get(field);
        return value == null ? null : value.toString();
    }
}
