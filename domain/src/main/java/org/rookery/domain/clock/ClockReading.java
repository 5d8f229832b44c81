package org.rookery.domain.clock;

import java.util.Objects;
import org.rookery.domain.chess.Color;

/**
 * A chess clock's stored values at one moment: each side's time at the start of the current
 * turn, whose turn it is, whether it runs and since when (epoch ms). Any later instant's remaining
 * times follow from it without the clock itself, so a read view can show a running clock.
 * Immutable.
 */
public record ClockReading(long whiteMs, long blackMs, Color turn, boolean running, long turnStartedAtMs) {
    public ClockReading {
        Objects.requireNonNull(turn, "turn");
    }

    /** The side's remaining time at {@code nowMs}, never below zero. */
    public long remainingMs(Color side, long nowMs) {
        long stored = side == Color.WHITE ? whiteMs : blackMs;
        if (!running || side != turn) return stored;
        return Math.max(0, stored - Math.max(0, nowMs - turnStartedAtMs));
    }

    public ClockView view(long nowMs) {
        return new ClockView(remainingMs(Color.WHITE, nowMs), remainingMs(Color.BLACK, nowMs), turn, running);
    }
}
