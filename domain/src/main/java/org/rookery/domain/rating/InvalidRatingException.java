package org.rookery.domain.rating;

/** Thrown when a rating value, a rating configuration or a time control is out of its valid range; immutable. */
public final class InvalidRatingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidRatingException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidRatingException(message);
        }
    }

    static double finite(double value, String name) {
        require(Double.isFinite(value), name + " must be a finite number, was " + value);
        return value;
    }

    static double positive(double value, String name) {
        require(Double.isFinite(value) && value > 0, name + " must be a positive finite number, was " + value);
        return value;
    }
}
