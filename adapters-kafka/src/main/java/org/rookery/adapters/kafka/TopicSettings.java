package org.rookery.adapters.kafka;

import java.time.Duration;

/**
 * One event topic as configured: its name, its partition count and the name of its dead-letter
 * topic ({@code <name>.dlq} unless set). Immutable.
 */
public record TopicSettings(String name, int partitions, String deadLetterTopic) {
    /** Dead-letter topics take little traffic and need no key order: a few partitions are enough. */
    static final int DEAD_LETTER_PARTITIONS = 1;

    public TopicSettings {
        TopicDefinition.requireTopicName(name);
        TopicDefinition.requireTopicName(deadLetterTopic);
        if (partitions < 1) throw new IllegalArgumentException("topic " + name + " needs at least one partition, got " + partitions);
        if (deadLetterTopic.equals(name)) throw new IllegalArgumentException("topic " + name + " cannot be its own dead-letter topic");
    }

    /** A topic whose dead letters go to {@code <name>.dlq}. */
    public static TopicSettings of(String name, int partitions) {
        return new TopicSettings(name, partitions, name + ".dlq");
    }

    TopicDefinition definition(int replication, int minInsync, Duration retention) {
        return new TopicDefinition(name, partitions, (short) replication, minInsync, retention);
    }

    TopicDefinition deadLetterDefinition(int replication, int minInsync, Duration retention) {
        return new TopicDefinition(deadLetterTopic, DEAD_LETTER_PARTITIONS, (short) replication, minInsync, retention);
    }
}
