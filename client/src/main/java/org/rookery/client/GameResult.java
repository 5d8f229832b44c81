package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The result of a finished game in PGN notation ({@code 1-0}, {@code 0-1}, {@code 1/2-1/2}). Immutable. */
public enum GameResult {
    @JsonProperty("1-0")
    WHITE_WINS,
    @JsonProperty("0-1")
    BLACK_WINS,
    @JsonProperty("1/2-1/2")
    DRAW,
    /** A result this version of the client does not know. */
    @JsonEnumDefaultValue
    UNKNOWN
}
