package org.rookery.domain.rating;

/** Thrown when a rating value, a rating configuration or a time control is out of its valid range; immutable. */
public final class InvalidRatingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRatingException(String message) {
        super(message);
    }

    // The checks build their messages only on failure: valid values are created on hot paths.

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidRatingException(message);
        }
    }

    static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new InvalidRatingException(name + " must be a finite number, was " + value);
        }
        return value;
    }

    static double positive(double value, String name) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new InvalidRatingException(name + " must be a positive finite number, was " + value);
        }
        return value;
    }

    static long nonNegative(long value, String name) {
        if (value < 0) {
            throw new InvalidRatingException(name + " must not be negative, was " + value);
        }
        return value;
    }
}
