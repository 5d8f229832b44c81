package org.rookery.ports.in;

/** Thrown when a challenge to the computer has a field out of range (its level, a rated game); names the field. Immutable. */
public final class InvalidBotChallengeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidBotChallengeException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
