package org.rookery.adapters.kafka;

import java.util.Objects;

/**
 * A record that no retry will ever make readable or acceptable: thrown by an
 * {@link EnvelopeDeserializer} (or by a handler that judges an event invalid for good), it sends
 * the record to the dead-letter topic and the partition goes on.
 */
public final class PoisonEventException extends RuntimeException {
    /** Why the record is poison; the dead-letter record carries it in a header. */
    public enum Reason { UNPARSEABLE, UNKNOWN_TYPE, UNKNOWN_SCHEMA_VERSION, INVALID }

    private final Reason reason;

    public PoisonEventException(Reason reason, String message) {
        this(reason, message, null);
    }

    public PoisonEventException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
