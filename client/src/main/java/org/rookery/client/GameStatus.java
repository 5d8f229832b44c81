package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a game is in its life: waiting, being played, over. Immutable. */
public enum GameStatus {
    @JsonProperty("waiting_for_opponent")
    WAITING_FOR_OPPONENT,
    @JsonProperty("in_progress")
    IN_PROGRESS,
    @JsonProperty("ended")
    ENDED,
    @JsonProperty("aborted")
    ABORTED,
    /** A status this version of the client does not know (a newer server's addition). */
    @JsonEnumDefaultValue
    UNKNOWN;

    /** Ended or aborted: no move will ever be played again. */
    public boolean isOver() {
        return this == ENDED || this == ABORTED;
    }
}
