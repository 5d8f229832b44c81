package org.rookery.ports.in;

/** Thrown when a matchmaking join request has a missing or out-of-range field; names the field. Immutable. */
public final class InvalidJoinRequestException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidJoinRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
