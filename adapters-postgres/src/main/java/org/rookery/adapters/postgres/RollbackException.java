package org.rookery.adapters.postgres;

/**
 * Thrown inside a transaction to roll it back and answer a business outcome instead (a stale
 * rating change, a match announced already): jOOQ rolls back on any exception. Immutable.
 */
final class RollbackException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object answer;

    RollbackException(Object answer) {
        super(null, null, false, false); // a control-flow signal: no stack trace
        this.answer = answer;
    }

    @SuppressWarnings("unchecked")
    <T> T answer() {
        return (T) answer;
    }
}
