package org.rookery.domain.matchmaking;

/** Thrown when a matchmaking value or configuration is out of its valid range; immutable. */
public final class InvalidMatchmakingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidMatchmakingException(String message) {
        super(message);
    }

    // The checks build their messages only on failure: valid values are created on hot paths.

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidMatchmakingException(message);
        }
    }

    static <T> T present(T value, String name) {
        if (value == null) {
            throw new InvalidMatchmakingException(name + " is required");
        }
        return value;
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new InvalidMatchmakingException(name + " must be a finite number, was " + value);
        }
        return value;
    }

    static void requireValue(boolean condition, String rule, Object value) {
        if (!condition) {
            throw new InvalidMatchmakingException(rule + ", was " + value);
        }
    }
}
