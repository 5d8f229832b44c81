package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Why a game ended, as the API names it ({@code checkmate}, {@code resignation}, …). Immutable. */
public enum EndReason {
    @JsonProperty("checkmate")
    CHECKMATE,
    @JsonProperty("resignation")
    RESIGNATION,
    @JsonProperty("timeout")
    TIMEOUT,
    @JsonProperty("stalemate")
    STALEMATE,
    @JsonProperty("agreement")
    AGREEMENT,
    @JsonProperty("threefold_repetition")
    THREEFOLD_REPETITION,
    @JsonProperty("fivefold_repetition")
    FIVEFOLD_REPETITION,
    @JsonProperty("fifty_moves")
    FIFTY_MOVES,
    @JsonProperty("seventy_five_moves")
    SEVENTY_FIVE_MOVES,
    @JsonProperty("insufficient_material")
    INSUFFICIENT_MATERIAL,
    @JsonProperty("timeout_vs_insufficient_material")
    TIMEOUT_VS_INSUFFICIENT_MATERIAL,
    @JsonProperty("aborted")
    ABORTED,
    /** A reason this version of the client does not know (a newer server's addition). */
    @JsonEnumDefaultValue
    UNKNOWN
}
