package org.rookery.adapters.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A topic as it must exist on the cluster: name, partitions, replication, and the two topic
 * configs Rookery sets ({@code min.insync.replicas}, {@code retention.ms}). Immutable.
 */
public record TopicDefinition(String name, int partitions, short replicationFactor, int minInsyncReplicas, Duration retention) {
    private static final Pattern LEGAL_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public TopicDefinition {
        requireTopicName(name);
        if (partitions < 1) throw new IllegalArgumentException("topic " + name + " needs at least one partition, got " + partitions);
        if (replicationFactor < 1) throw new IllegalArgumentException("topic " + name + " needs a replication factor of at least 1, got " + replicationFactor);
        if (minInsyncReplicas < 1 || minInsyncReplicas > replicationFactor) {
            throw new IllegalArgumentException("topic " + name + ": min.insync.replicas must be between 1 and " + replicationFactor + ", got " + minInsyncReplicas);
        }
        Objects.requireNonNull(retention, "retention");
    }

    /** The topic configs set when the topic is created. */
    public Map<String, String> configs() {
        return Map.of("min.insync.replicas", Integer.toString(minInsyncReplicas), "retention.ms", Long.toString(retention.toMillis()));
    }

    static void requireTopicName(String name) {
        if (name == null || !LEGAL_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("'" + name + "' is not a legal Kafka topic name (1 to 249 of a-z A-Z 0-9 . _ -)");
        }
    }
}
