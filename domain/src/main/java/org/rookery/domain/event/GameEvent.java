package org.rookery.domain.event;

/**
 * The payload of a live-game domain event: a closed set, one record per event type, each with
 * the schema version of its payload. Implementations are immutable records.
 */
public sealed interface GameEvent
        permits GameCreated, PlayerJoined, MovePlayed, DrawOffered, DrawDeclined, GameEnded, GameAborted {

    /** The event type as it appears on the wire and in the envelope ({@code "MovePlayed"}). */
    String type();

    /** The version of this payload's schema; bumped on any change a consumer could notice. */
    int schemaVersion();
}
