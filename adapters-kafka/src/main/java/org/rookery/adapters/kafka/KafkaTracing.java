package org.rookery.adapters.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * How trace context crosses Kafka, without a tracing library in the adapter: publishers call
 * {@link #inject} on every record they send (a W3C {@code traceparent} header, say), the consumer
 * runner opens {@link #consuming} around every handler call (a span whose parent is the context
 * the record carries). The runtime plugs in an implementation (OpenTelemetry's); {@link #NONE}
 * does nothing. Implementations must be thread-safe and must not block.
 */
public interface KafkaTracing {
    /** Carries nothing. */
    KafkaTracing NONE = new KafkaTracing() {};

    /** Adds the current trace context to the headers of a record about to be sent. */
    default void inject(Headers headers) {}

    /** Opens the consumer side of {@code record}'s trace for group {@code groupId}; the runner closes it when the handler returns. */
    default Handling consuming(ConsumerRecord<String, byte[]> record, String groupId) {
        return Handling.NONE;
    }

    /** The handling of one consumed record, as the tracing sees it. Not thread-safe: one handler call's. */
    interface Handling extends AutoCloseable {
        /** Nothing to close. */
        Handling NONE = () -> {};

        /** The handler failed (the record is dead-lettered or retried). */
        default void failed(Throwable cause) {}

        @Override
        void close();
    }
}
