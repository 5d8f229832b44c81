package org.rookery.adapters.kafka;

import org.rookery.domain.event.EventEnvelope;

/**
 * Turns an envelope into the bytes of a Kafka record's value (the shared JSON codec in
 * production). Implementations are thread-safe; a failure is a bug and may throw.
 */
@FunctionalInterface
public interface EnvelopeSerializer {
    byte[] toBytes(EventEnvelope envelope);
}
