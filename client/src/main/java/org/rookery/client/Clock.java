package org.rookery.client;

import java.util.Objects;

/** Both sides' remaining time (ms) when the server answered, whose turn it is, and whether the clock runs. Immutable. */
public record Clock(long whiteMs, long blackMs, Side turn, boolean running) {
    public Clock {
        Objects.requireNonNull(turn, "turn");
    }

    /** The remaining time of {@code side}. */
    public long remainingMs(Side side) {
        return side == Side.BLACK ? blackMs : whiteMs;
    }
}
