package org.rookery.domain.clock;

/** Thrown when a time control is built from values outside the accepted bounds. Immutable. */
public final class InvalidTimeControlException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidTimeControlException(String message) {
        super(message);
    }
}
