package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class KafkaSettingsTest {
    @Test
    void the_defaults_suit_one_machine_and_name_the_seed_topics_with_their_dead_letter_topics() {
        KafkaSettings d = KafkaSettings.defaults();
        assertThat(d.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(d.topicDefinitions()).extracting(TopicDefinition::name, TopicDefinition::partitions, TopicDefinition::replicationFactor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("game-events", 64, (short) 1), org.assertj.core.groups.Tuple.tuple("game-events.dlq", 1, (short) 1),
                        org.assertj.core.groups.Tuple.tuple("matchmaking.matches", 32, (short) 1), org.assertj.core.groups.Tuple.tuple("matchmaking.matches.dlq", 1, (short) 1));
        assertThat(d.topicDefinitions().get(0).configs()).containsEntry("retention.ms", "604800000").containsEntry("min.insync.replicas", "1");
        assertThat(KafkaSettings.Keys.ALL).contains("KAFKA_ENABLED", "KAFKA_BOOTSTRAP_SERVERS", "KAFKA_GAME_EVENTS_TOPIC", "KAFKA_MATCHMAKING_MATCHES_TOPIC");
    }

    @Test
    void settings_that_cannot_work_are_refused_with_the_reason() {
        KafkaSettings d = KafkaSettings.defaults();
        assertThatThrownBy(() -> d.withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(5))).hasMessageContaining("deliveryTimeout");
        assertThatThrownBy(() -> d.withTopics(TopicSettings.of("same", 4), TopicSettings.of("same", 2))).hasMessageContaining("two topics");
        assertThatThrownBy(() -> new KafkaSettings(false, "h:1", "c", d.gameEvents(), d.matches(), 1, 2, Duration.ofDays(1), Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .hasMessageContaining("minInsyncReplicas");
        assertThatThrownBy(() -> TopicSettings.of("game events", 4)).hasMessageContaining("not a legal Kafka topic name");
        assertThatThrownBy(() -> TopicSettings.of("game-events", 0)).hasMessageContaining("at least one partition");
        assertThatThrownBy(() -> d.withBootstrapServers(" ")).hasMessageContaining("bootstrapServers");
    }

    @Test
    void a_game_event_is_routed_to_the_game_events_topic_by_its_game_id() {
        EventRouting routing = EventRouting.of(KafkaSettings.defaults());
        var move = org.rookery.ports.contract.SampleGames.events("g-route", 1).get(2);
        assertThat(routing.route(move)).isEqualTo(new Destination("game-events", "g-route"));
    }
}
