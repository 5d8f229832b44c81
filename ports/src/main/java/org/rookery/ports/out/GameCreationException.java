package org.rookery.ports.out;

/**
 * Thrown by a {@link MatchGameCreator} when a match's game could not be created: retryable when
 * the live-game side is unavailable (or a circuit breaker stands open), not when it refused the
 * request for good. Immutable.
 */
public final class GameCreationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final boolean retryable;

    public GameCreationException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public static GameCreationException unavailable(String message, Throwable cause) {
        return new GameCreationException(message, true, cause);
    }

    public static GameCreationException refused(String message) {
        return new GameCreationException(message, false, null);
    }

    public boolean retryable() {
        return retryable;
    }
}
