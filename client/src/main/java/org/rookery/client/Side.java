package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A side of the board as the API names it ({@code "white"}, {@code "black"}). Immutable. */
public enum Side {
    @JsonProperty("white")
    WHITE,
    @JsonProperty("black")
    BLACK,
    /** A value this version of the client does not know (a newer server's addition). */
    @JsonEnumDefaultValue
    UNKNOWN
}
