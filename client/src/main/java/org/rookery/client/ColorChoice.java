package org.rookery.client;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The colour a game's creator asks for; {@link #RANDOM} lets the server toss a coin. Immutable. */
public enum ColorChoice {
    @JsonProperty("white")
    WHITE,
    @JsonProperty("black")
    BLACK,
    @JsonProperty("random")
    RANDOM
}
