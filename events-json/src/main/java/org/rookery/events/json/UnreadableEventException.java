package org.rookery.events.json;

import java.util.Objects;

/**
 * Bytes that are not an event this build can read: not JSON, not an envelope, an unknown event
 * type or schema version, or a payload that breaks its schema. Consumers send such a message to
 * their dead-letter destination instead of stopping. Immutable.
 */
public final class UnreadableEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of unreadable. */
    public enum Reason { NOT_JSON, UNKNOWN_TYPE, UNKNOWN_SCHEMA_VERSION, INVALID }

    private final Reason reason;

    public UnreadableEventException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public UnreadableEventException(String message, Throwable cause) {
        this(Reason.INVALID, message, cause);
    }

    public UnreadableEventException(String message) {
        this(Reason.INVALID, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
