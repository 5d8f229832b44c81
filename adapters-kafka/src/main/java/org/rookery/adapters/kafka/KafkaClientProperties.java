package org.rookery.adapters.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The client configurations Rookery's producers, consumers and admin clients run with, built
 * from {@link KafkaSettings}. Stateless, thread-safe.
 */
public final class KafkaClientProperties {
    private KafkaClientProperties() {}

    /** An idempotent producer that waits for every in-sync replica: no duplicate from its own retries, no loss once acknowledged. */
    public static Map<String, Object> producer(KafkaSettings settings, String role) {
        Map<String, Object> p = common(settings, role);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // At most 5 requests in flight keeps each partition's order across retries with idempotence.
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.RETRIES_CONFIG, Integer.MAX_VALUE);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
        // A send waits this long for metadata when the broker is unreachable, then fails.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.requestTimeout().toMillis());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return p;
    }

    /** A consumer of group {@code groupId} that commits only what its handler finished, reading from the start of a new group. */
    public static Map<String, Object> consumer(KafkaSettings settings, String groupId, int maxPollRecords) {
        Map<String, Object> p = common(settings, groupId);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return p;
    }

    public static Map<String, Object> admin(KafkaSettings settings) {
        Map<String, Object> p = common(settings, "admin");
        p.put(CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
        return p;
    }

    private static Map<String, Object> common(KafkaSettings settings, String role) {
        Map<String, Object> p = new HashMap<>();
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        p.put(CommonClientConfigs.CLIENT_ID_CONFIG, settings.clientId() + "-" + role);
        p.put(CommonClientConfigs.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
        return p;
    }
}
