package org.rookery.adapters.kafka;

import java.util.Objects;
import org.rookery.domain.event.EventEnvelope;

/** One event as read from Kafka, with where it was read: topic, partition, offset and record key. Immutable. */
public record ConsumedEvent(EventEnvelope envelope, String topic, int partition, long offset, String key) {
    public ConsumedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(topic, "topic");
        if (partition < 0 || offset < 0) throw new IllegalArgumentException("partition and offset cannot be negative");
    }
}
