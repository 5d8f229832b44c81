package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one {@link KafkaConsumerRunner} consumes: its group, its topics and where each topic's
 * poison records go, batch size, poll timeout, the back-off between two attempts at a failing
 * record, and extra consumer properties. Immutable.
 */
public record ConsumerSettings(
        String groupId,
        List<String> topics,
        Map<String, String> deadLetterTopics,
        int maxPollRecords,
        Duration pollTimeout,
        Duration retryFirstDelay,
        Duration retryMaxDelay,
        Map<String, Object> clientOverrides) {

    public ConsumerSettings {
        KafkaSettings.requireText(groupId, "groupId");
        topics = List.copyOf(topics);
        if (topics.isEmpty()) throw new IllegalArgumentException("a consumer needs at least one topic");
        Map<String, String> dlq = new HashMap<>(deadLetterTopics);
        for (String topic : topics) dlq.putIfAbsent(topic, topic + ".dlq");
        deadLetterTopics = Map.copyOf(dlq);
        if (maxPollRecords < 1) throw new IllegalArgumentException("maxPollRecords must be at least 1, got " + maxPollRecords);
        requirePositive(pollTimeout, "pollTimeout");
        requirePositive(retryFirstDelay, "retryFirstDelay");
        requirePositive(retryMaxDelay, "retryMaxDelay");
        if (retryMaxDelay.compareTo(retryFirstDelay) < 0) throw new IllegalArgumentException("retryMaxDelay must be at least retryFirstDelay");
        clientOverrides = Map.copyOf(clientOverrides);
    }

    /**
     * Group {@code groupId} on {@code topics}, dead letters where {@code kafka} configures them
     * ({@code <topic>.dlq} for any other topic); 500 records a poll, back-off from 100 ms to 30 s.
     */
    public static ConsumerSettings of(String groupId, KafkaSettings kafka, List<String> topics) {
        Map<String, String> dlq = new HashMap<>();
        for (TopicSettings t : List.of(kafka.gameEvents(), kafka.matches())) dlq.put(t.name(), t.deadLetterTopic());
        dlq.keySet().retainAll(topics);
        return new ConsumerSettings(groupId, topics, dlq, 500, Duration.ofMillis(500), Duration.ofMillis(100), Duration.ofSeconds(30), Map.of());
    }

    public ConsumerSettings withRetryDelays(Duration first, Duration max) {
        return new ConsumerSettings(groupId, topics, deadLetterTopics, maxPollRecords, pollTimeout, first, max, clientOverrides);
    }

    public ConsumerSettings withMaxPollRecords(int max) {
        return new ConsumerSettings(groupId, topics, deadLetterTopics, max, pollTimeout, retryFirstDelay, retryMaxDelay, clientOverrides);
    }

    /** The same with extra Kafka consumer properties (e.g. {@code session.timeout.ms}), which win over Rookery's. */
    public ConsumerSettings withClientOverrides(Map<String, Object> overrides) {
        return new ConsumerSettings(groupId, topics, deadLetterTopics, maxPollRecords, pollTimeout, retryFirstDelay, retryMaxDelay, overrides);
    }

    public String deadLetterTopicOf(String topic) {
        return Objects.requireNonNull(deadLetterTopics.get(topic), () -> "not a topic of this consumer: " + topic);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
    }
}
