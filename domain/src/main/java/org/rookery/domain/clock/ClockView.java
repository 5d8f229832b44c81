package org.rookery.domain.clock;

import java.util.Objects;
import org.rookery.domain.chess.Color;

/**
 * The clock as the API shows it at one instant: both remaining times, whose turn it is and
 * whether a clock is running. Immutable.
 */
public record ClockView(long whiteMs, long blackMs, Color turn, boolean running) {
    public ClockView {
        Objects.requireNonNull(turn, "turn");
        if (whiteMs < 0 || blackMs < 0) throw new IllegalArgumentException("remaining time cannot be negative");
    }
}
