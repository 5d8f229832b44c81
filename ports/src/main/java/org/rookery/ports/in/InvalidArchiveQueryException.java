package org.rookery.ports.in;

/** Thrown when a query of a player's games has an invalid field; names the field. Immutable. */
public final class InvalidArchiveQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidArchiveQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
