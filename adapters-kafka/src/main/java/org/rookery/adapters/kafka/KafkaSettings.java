package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How Rookery talks to Kafka: the cluster, the two event topics (with their dead-letter topics)
 * and the client timeouts. The defaults suit one machine (one broker on 127.0.0.1:9092,
 * replication 1); {@link Keys} names the configuration key of each setting. Immutable.
 *
 * @param enabled whether the runtime publishes to and consumes from Kafka at all
 * @param bootstrapServers {@code host:port[,host:port…]}
 * @param clientId the prefix of every client's {@code client.id} (the broker's logs and quotas show it)
 * @param gameEvents {@code game-events}: every live-game event, key = gameId
 * @param matches {@code matchmaking.matches}: {@code MatchCreated}, key = matchId
 * @param replicationFactor replicas of each topic created at start (3 in production)
 * @param minInsyncReplicas {@code min.insync.replicas} of each topic created at start (2 in production)
 * @param retention how long the broker keeps records of the topics created at start
 * @param requestTimeout how long a client waits for one broker answer (and for metadata before a send)
 * @param deliveryTimeout how long a publish may take in all, retries included, before it fails
 */
public record KafkaSettings(
        boolean enabled,
        String bootstrapServers,
        String clientId,
        TopicSettings gameEvents,
        TopicSettings matches,
        int replicationFactor,
        int minInsyncReplicas,
        Duration retention,
        Duration requestTimeout,
        Duration deliveryTimeout) {

    /** The configuration keys: the seeds' names for the four they named, Rookery's own for the rest. */
    public static final class Keys {
        public static final String ENABLED = "KAFKA_ENABLED";
        public static final String BOOTSTRAP_SERVERS = "KAFKA_BOOTSTRAP_SERVERS";
        public static final String GAME_EVENTS_TOPIC = "KAFKA_GAME_EVENTS_TOPIC";
        public static final String MATCHES_TOPIC = "KAFKA_MATCHMAKING_MATCHES_TOPIC";
        public static final String GAME_EVENTS_PARTITIONS = "rookery.kafka.game-events.partitions";
        public static final String GAME_EVENTS_DLQ_TOPIC = "rookery.kafka.game-events.dlq-topic";
        public static final String MATCHES_PARTITIONS = "rookery.kafka.matches.partitions";
        public static final String MATCHES_DLQ_TOPIC = "rookery.kafka.matches.dlq-topic";
        public static final String REPLICATION_FACTOR = "rookery.kafka.replication-factor";
        public static final String MIN_INSYNC_REPLICAS = "rookery.kafka.min-insync-replicas";
        public static final String RETENTION = "rookery.kafka.retention";
        public static final String CLIENT_ID = "rookery.kafka.client-id";
        public static final String REQUEST_TIMEOUT = "rookery.kafka.request-timeout";
        public static final String DELIVERY_TIMEOUT = "rookery.kafka.delivery-timeout";
        public static final List<String> ALL = List.of(ENABLED, BOOTSTRAP_SERVERS, GAME_EVENTS_TOPIC, MATCHES_TOPIC,
                GAME_EVENTS_PARTITIONS, GAME_EVENTS_DLQ_TOPIC, MATCHES_PARTITIONS, MATCHES_DLQ_TOPIC, REPLICATION_FACTOR,
                MIN_INSYNC_REPLICAS, RETENTION, CLIENT_ID, REQUEST_TIMEOUT, DELIVERY_TIMEOUT);

        private Keys() {}
    }

    public KafkaSettings {
        requireText(bootstrapServers, "bootstrapServers");
        requireText(clientId, "clientId");
        Objects.requireNonNull(gameEvents, "gameEvents");
        Objects.requireNonNull(matches, "matches");
        if (gameEvents.name().equals(matches.name())) throw new IllegalArgumentException("game events and matches need two topics, both are " + matches.name());
        if (replicationFactor < 1) throw new IllegalArgumentException("replicationFactor must be at least 1, got " + replicationFactor);
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("minInsyncReplicas must be between 1 and the replication factor " + replicationFactor + ", got " + minInsyncReplicas);
        }
        requirePositive(retention, "retention");
        requirePositive(requestTimeout, "requestTimeout");
        requirePositive(deliveryTimeout, "deliveryTimeout");
        // Kafka's own rule: a delivery must leave room for at least one full request.
        if (deliveryTimeout.compareTo(requestTimeout) < 0) {
            throw new IllegalArgumentException("deliveryTimeout (" + deliveryTimeout + ") must be at least requestTimeout (" + requestTimeout + ")");
        }
    }

    /** One broker on this machine: {@code game-events} 64 partitions, {@code matchmaking.matches} 32, replication 1, 7 days. */
    public static KafkaSettings defaults() {
        return new KafkaSettings(false, "127.0.0.1:9092", "rookery", TopicSettings.of("game-events", 64), TopicSettings.of("matchmaking.matches", 32),
                1, 1, Duration.ofDays(7), Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    public KafkaSettings withBootstrapServers(String servers) {
        return new KafkaSettings(enabled, servers, clientId, gameEvents, matches, replicationFactor, minInsyncReplicas, retention, requestTimeout, deliveryTimeout);
    }

    public KafkaSettings withTopics(TopicSettings gameEventsTopic, TopicSettings matchesTopic) {
        return new KafkaSettings(enabled, bootstrapServers, clientId, gameEventsTopic, matchesTopic, replicationFactor, minInsyncReplicas, retention, requestTimeout, deliveryTimeout);
    }

    public KafkaSettings withTimeouts(Duration request, Duration delivery) {
        return new KafkaSettings(enabled, bootstrapServers, clientId, gameEvents, matches, replicationFactor, minInsyncReplicas, retention, request, delivery);
    }

    /** Every topic Rookery creates or verifies at start: the two event topics and their dead-letter topics. */
    public List<TopicDefinition> topicDefinitions() {
        return List.of(gameEvents.definition(replicationFactor, minInsyncReplicas, retention), gameEvents.deadLetterDefinition(replicationFactor, minInsyncReplicas, retention),
                matches.definition(replicationFactor, minInsyncReplicas, retention), matches.deadLetterDefinition(replicationFactor, minInsyncReplicas, retention));
    }

    static void requireText(String value, String name) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(name + " must not be blank");
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
    }
}
