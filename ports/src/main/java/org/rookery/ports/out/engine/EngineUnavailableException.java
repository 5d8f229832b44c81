package org.rookery.ports.out.engine;

/**
 * Thrown when no engine could answer: it is missing, would not start, crashed, or answered
 * something our rules refuse (an illegal move). Immutable.
 */
public final class EngineUnavailableException extends EngineException {
    private static final long serialVersionUID = 1L;

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public EngineUnavailableException(String message) {
        this(message, null);
    }
}
