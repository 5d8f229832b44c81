package org.rookery.ports.in;

/** Thrown when an analysis request has a missing or out-of-range field; names the field. Immutable. */
public final class InvalidAnalysisQueryException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;

    public InvalidAnalysisQueryException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
