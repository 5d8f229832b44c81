package org.rookery.adapters.uci;

/**
 * Why one engine process must be replaced: it would not start, crashed, hung past a deadline or
 * answered against the rules. Thrown inside the adapter only; callers see the port's exceptions.
 * Immutable.
 */
final class EngineProcessException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final EnginePoolListener.Replacement kind;

    EngineProcessException(EnginePoolListener.Replacement kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    EngineProcessException(EnginePoolListener.Replacement kind, String message) {
        this(kind, message, null);
    }

    EnginePoolListener.Replacement kind() {
        return kind;
    }
}
