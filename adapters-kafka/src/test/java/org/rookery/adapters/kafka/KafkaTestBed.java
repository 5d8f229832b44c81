package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Topics with unique names on a test broker, and a plain producer for records the publisher would
 * never write (garbage, unknown versions). One per test class. Not thread-safe.
 */
public final class KafkaTestBed implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final KafkaSettings settings;
    private final KafkaProducer<String, byte[]> raw;

    public KafkaTestBed(EmbeddedKafkaBroker broker) {
        this.broker = broker;
        this.settings = KafkaSettings.defaults().withBootstrapServers(broker.bootstrapServers()).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15));
        this.raw = new KafkaProducer<>(KafkaClientProperties.producer(settings, "test-raw"));
    }

    public KafkaSettings settings() {
        return settings;
    }

    /** Creates {@code <prefix>-<random>} with {@code partitions} partitions and its dead-letter topic; returns the name. */
    public String newTopic(String prefix, int partitions) {
        TopicSettings topic = TopicSettings.of(prefix + "-" + UUID.randomUUID().toString().substring(0, 8), partitions);
        try (Admin admin = Admin.create(KafkaClientProperties.admin(settings))) {
            new KafkaTopics(admin, Duration.ofSeconds(30)).ensure(List.of(topic.definition(1, 1, Duration.ofDays(1)), topic.deadLetterDefinition(1, 1, Duration.ofDays(1))));
        }
        return topic.name();
    }

    /** A publisher that sends every event to {@code topic}, keyed by game id. */
    public KafkaEventPublisher publisherTo(String topic, EnvelopeSerializer serializer) {
        return KafkaEventPublisher.create(settings, event -> new Destination(topic, event.gameId()), serializer, KafkaMetricsListener.NONE);
    }

    /** Writes a record as is, with the given headers, and waits for the broker's acknowledgement. */
    public void sendRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> EventHeaders.put(h, k, v));
        try {
            raw.send(new ProducerRecord<>(topic, null, key, value, h)).get();
        } catch (Exception e) {
            throw new AssertionError("could not write a raw record to " + topic, e);
        }
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        raw.close();
    }
}
