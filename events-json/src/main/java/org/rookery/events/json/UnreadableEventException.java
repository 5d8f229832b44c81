package org.rookery.events.json;

/**
 * Bytes that are not an event this build can read: not JSON, not an envelope, an unknown event
 * type or schema version, or a payload that breaks its schema. Consumers send such a message to
 * their dead-letter destination instead of stopping. Immutable.
 */
public final class UnreadableEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnreadableEventException(String message, Throwable cause) {
        super(message, cause);
    }

    public UnreadableEventException(String message) {
        super(message);
    }
}
