package org.rookery.domain.matchmaking;

/** Thrown when a matchmaking value or configuration is out of its valid range; immutable. */
public final class InvalidMatchmakingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidMatchmakingException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidMatchmakingException(message);
        }
    }

    static <T> T present(T value, String name) {
        require(value != null, name + " is required");
        return value;
    }
}
