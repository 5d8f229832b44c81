package org.rookery.adapters.kafka;

import org.rookery.domain.event.EventEnvelope;

/**
 * Reads a Kafka record's value back into an envelope. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EnvelopeDeserializer {
    /**
     * @throws PoisonEventException when the bytes can never be read (not the format, an unknown
     *     type or schema version): the consumer sends the record to the dead-letter topic
     */
    EventEnvelope fromBytes(byte[] value);
}
