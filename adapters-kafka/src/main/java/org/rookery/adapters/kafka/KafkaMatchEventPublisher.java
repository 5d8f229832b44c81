package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.events.json.EventJson;
import org.rookery.ports.out.MatchEventPublisher;

/**
 * Publishes matchmaking events to Kafka ({@code matchmaking.matches}, key = match id) with the
 * same idempotent producer discipline and headers as game events. Thread-safe; publishes are serialized.
 */
public final class KafkaMatchEventPublisher implements MatchEventPublisher, AutoCloseable {
    private final KafkaRecordPublisher<MatchEnvelope> records;

    public KafkaMatchEventPublisher(Supplier<Producer<String, byte[]>> producers, String topic, Function<MatchEnvelope, byte[]> serializer,
            KafkaMetricsListener metrics, Duration ackTimeout) {
        this(producers, topic, serializer, metrics, KafkaTracing.NONE, ackTimeout);
    }

    /** The same, each record also carrying the current trace context ({@code tracing}). */
    public KafkaMatchEventPublisher(Supplier<Producer<String, byte[]>> producers, String topic, Function<MatchEnvelope, byte[]> serializer,
            KafkaMetricsListener metrics, KafkaTracing tracing, Duration ackTimeout) {
        this.records = new KafkaRecordPublisher<>(producers,
                event -> new ProducerRecord<>(topic, null, event.matchId(), serializer.apply(event), EventHeaders.of(event)), metrics, tracing,
                ackTimeout);
    }

    /** A publisher with its own producer on the configured cluster and matches topic, writing the shared event JSON. */
    public static KafkaMatchEventPublisher create(KafkaSettings settings, KafkaMetricsListener metrics) {
        return create(settings, metrics, KafkaTracing.NONE);
    }

    /** The same, each record also carrying the current trace context ({@code tracing}). */
    public static KafkaMatchEventPublisher create(KafkaSettings settings, KafkaMetricsListener metrics, KafkaTracing tracing) {
        Map<String, Object> config = KafkaClientProperties.producer(settings, "match-publisher");
        EventJson json = new EventJson();
        return new KafkaMatchEventPublisher(() -> new KafkaProducer<>(config), settings.matches().name(), json::toBytes, metrics, tracing,
                settings.deliveryTimeout().plus(settings.requestTimeout()));
    }

    @Override
    public void publish(List<MatchEnvelope> events) {
        records.publish(events);
    }

    @Override
    public void close() {
        records.close();
    }
}
