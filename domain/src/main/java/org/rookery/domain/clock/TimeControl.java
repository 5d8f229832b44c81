package org.rookery.domain.clock;

/**
 * A Fischer time control: each side starts with {@code initialMs} and gains {@code incrementMs}
 * after each of its moves. Values outside sane bounds cannot exist. Immutable.
 */
public record TimeControl(long initialMs, long incrementMs) {
    /** The longest initial time we accept: one day. */
    public static final long MAX_INITIAL_MS = 24L * 60 * 60 * 1000;
    /** The largest increment we accept: ten minutes. */
    public static final long MAX_INCREMENT_MS = 10L * 60 * 1000;

    public TimeControl {
        String problem = problem(initialMs, incrementMs);
        if (problem != null) throw new InvalidTimeControlException(problem);
    }

    /** What is wrong with these values, or null when they make a valid time control. */
    public static String problem(long initialMs, long incrementMs) {
        if (initialMs <= 0 || initialMs > MAX_INITIAL_MS) {
            return "initialMs must be between 1 and " + MAX_INITIAL_MS + ", got " + initialMs;
        }
        if (incrementMs < 0 || incrementMs > MAX_INCREMENT_MS) {
            return "incrementMs must be between 0 and " + MAX_INCREMENT_MS + ", got " + incrementMs;
        }
        return null;
    }

    /** The PGN {@code TimeControl} tag value in seconds, e.g. {@code "180+2"}. */
    public String pgnTag() {
        return seconds(initialMs) + "+" + seconds(incrementMs);
    }

    private static String seconds(long ms) {
        return ms % 1000 == 0 ? Long.toString(ms / 1000) : Double.toString(ms / 1000.0);
    }
}
