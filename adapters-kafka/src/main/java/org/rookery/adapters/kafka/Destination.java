package org.rookery.adapters.kafka;

/** Where one event goes: its topic and its record key (the aggregate whose order must hold). Immutable. */
public record Destination(String topic, String key) {
    public Destination {
        TopicDefinition.requireTopicName(topic);
        KafkaSettings.requireText(key, "key");
    }
}
