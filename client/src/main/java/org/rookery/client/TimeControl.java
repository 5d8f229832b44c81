package org.rookery.client;

/**
 * A game's time control: each side's starting time and the increment added after each move, in
 * milliseconds. Validated as the server does (1 ms to 24 h; increment up to 10 min). Immutable.
 */
public record TimeControl(long initialMs, long incrementMs) {
    public TimeControl {
        if (initialMs < 1 || initialMs > 86_400_000) throw new IllegalArgumentException("initialMs must be 1..86400000, got " + initialMs);
        if (incrementMs < 0 || incrementMs > 600_000) throw new IllegalArgumentException("incrementMs must be 0..600000, got " + incrementMs);
    }

    /** {@code minutes}+{@code incrementSeconds}, e.g. {@code ofMinutes(3, 2)} for 3+2 blitz. */
    public static TimeControl ofMinutes(int minutes, int incrementSeconds) {
        return new TimeControl(minutes * 60_000L, incrementSeconds * 1_000L);
    }
}
