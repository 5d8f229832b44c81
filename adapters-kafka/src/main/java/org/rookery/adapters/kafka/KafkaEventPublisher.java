package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventPublisher;

/**
 * Publishes game events to Kafka ({@code game-events}): each event to the topic and key its
 * {@link EventRouting} names (the game id by default, so a game's events stay in one partition,
 * in order), its value from the {@link EnvelopeSerializer} (the shared event JSON), its type,
 * schema version, id and correlation id in {@link EventHeaders}. {@link #publish} returns once the
 * broker acknowledged every event of the batch (idempotent producer, {@code acks=all}) and throws
 * {@link KafkaPublishException} otherwise. Thread-safe; publishes are serialized.
 */
public final class KafkaEventPublisher implements EventPublisher, AutoCloseable {
    private final KafkaRecordPublisher<EventEnvelope> records;

    /** Publishes through producers from {@code producers}, which it owns and closes; waits at most {@code ackTimeout} for a batch's acknowledgements. */
    public KafkaEventPublisher(Supplier<Producer<String, byte[]>> producers, EventRouting routing, EnvelopeSerializer serializer,
            KafkaMetricsListener metrics, Duration ackTimeout) {
        this(producers, routing, serializer, metrics, KafkaTracing.NONE, ackTimeout);
    }

    /** The same, each record also carrying the current trace context ({@code tracing}). */
    public KafkaEventPublisher(Supplier<Producer<String, byte[]>> producers, EventRouting routing, EnvelopeSerializer serializer,
            KafkaMetricsListener metrics, KafkaTracing tracing, Duration ackTimeout) {
        this.records = new KafkaRecordPublisher<>(producers, event -> {
            Destination to = routing.route(event);
            return new ProducerRecord<>(to.topic(), null, to.key(), serializer.toBytes(event), EventHeaders.of(event));
        }, metrics, tracing, ackTimeout);
    }

    /** A publisher with its own producer on the configured cluster and topic, writing the shared event JSON. */
    public static KafkaEventPublisher create(KafkaSettings settings, KafkaMetricsListener metrics) {
        return create(settings, new JsonEnvelopeCodec(), metrics);
    }

    /** The same with another serializer. */
    public static KafkaEventPublisher create(KafkaSettings settings, EnvelopeSerializer serializer, KafkaMetricsListener metrics) {
        return create(settings, EventRouting.of(settings), serializer, metrics);
    }

    /** The same with another routing or serializer. */
    public static KafkaEventPublisher create(KafkaSettings settings, EventRouting routing, EnvelopeSerializer serializer, KafkaMetricsListener metrics) {
        return create(settings, routing, serializer, metrics, KafkaTracing.NONE);
    }

    /** The same, each record also carrying the current trace context ({@code tracing}). */
    public static KafkaEventPublisher create(KafkaSettings settings, EventRouting routing, EnvelopeSerializer serializer, KafkaMetricsListener metrics,
            KafkaTracing tracing) {
        Map<String, Object> config = KafkaClientProperties.producer(settings, "publisher");
        // The delivery timeout bounds every record; a little more covers the flush's own bookkeeping.
        return new KafkaEventPublisher(() -> new KafkaProducer<>(config), routing, serializer, metrics, tracing,
                settings.deliveryTimeout().plus(settings.requestTimeout()));
    }

    @Override
    public void publish(List<EventEnvelope> events) {
        records.publish(events);
    }

    @Override
    public void close() {
        records.close();
    }
}
