package org.rookery.ports.out.engine;

/**
 * Why a {@link PositionAnalyst} gave no answer: a full queue, a timeout or no working engine. A
 * closed set, so a caller can map each to its own answer (429, 503, 504, a fallback). Immutable.
 */
public abstract sealed class EngineException extends RuntimeException
        permits TierQueueFullException, EngineTimeoutException, EngineUnavailableException {
    private static final long serialVersionUID = 1L;

    EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
