package org.rookery.domain.event;

/**
 * The payload of a matchmaking event: a closed set, published on matchmaking's own stream under
 * the match id (never in a game's log). Implementations are immutable records.
 */
public sealed interface MatchmakingEvent permits MatchCreated {

    /** The event type as it appears on the wire and in the envelope ({@code "MatchCreated"}). */
    String type();

    /** The version of this payload's schema; bumped on any change a consumer could notice. */
    int schemaVersion();
}
