package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Topics created at start with their partitions, replication and configs; an existing topic that differs is refused, never changed. */
class KafkaTopicsTest {
    private static EmbeddedKafkaBroker broker;
    private static Admin admin;

    @BeforeAll
    static void start_a_broker() {
        broker = EmbeddedKafkaBroker.start();
        admin = Admin.create(KafkaClientProperties.admin(KafkaSettings.defaults().withBootstrapServers(broker.bootstrapServers())));
    }

    @AfterAll
    static void stop() {
        if (admin != null) admin.close();
        if (broker != null) broker.close();
    }

    @Test
    void missing_topics_are_created_with_their_partitions_and_configs_and_a_second_start_only_verifies_them() throws Exception {
        TopicDefinition events = new TopicDefinition("events-" + UUID.randomUUID(), 6, (short) 1, 1, Duration.ofHours(36));
        KafkaTopics topics = new KafkaTopics(admin, Duration.ofSeconds(30));
        assertThat(topics.ensure(List.of(events))).containsExactly(events.name());
        assertThat(topics.ensure(List.of(events))).isEmpty();
        TopicDescription described = admin.describeTopics(List.of(events.name())).allTopicNames().get().get(events.name());
        assertThat(described.partitions()).hasSize(6);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, events.name());
        Config config = admin.describeConfigs(List.of(resource)).all().get().get(resource);
        assertThat(config.get("retention.ms").value()).isEqualTo(Long.toString(Duration.ofHours(36).toMillis()));
    }

    @Test
    void an_existing_topic_with_another_partition_count_is_reported_by_name_and_left_alone() throws Exception {
        String name = "events-" + UUID.randomUUID();
        KafkaTopics topics = new KafkaTopics(admin, Duration.ofSeconds(30));
        topics.ensure(List.of(new TopicDefinition(name, 3, (short) 1, 1, Duration.ofDays(1))));
        assertThatThrownBy(() -> topics.ensure(List.of(new TopicDefinition(name, 64, (short) 1, 1, Duration.ofDays(1)))))
                .isInstanceOf(TopicMismatchException.class)
                .hasMessageContaining("topic " + name + " exists with 3 partitions but 64 are configured");
        assertThat(admin.describeTopics(List.of(name)).allTopicNames().get().get(name).partitions()).hasSize(3);
    }

    @Test
    void a_replication_factor_the_cluster_cannot_give_is_refused_with_the_brokers_reason() {
        KafkaTopics topics = new KafkaTopics(admin, Duration.ofSeconds(30));
        assertThatThrownBy(() -> topics.ensure(List.of(new TopicDefinition("events-" + UUID.randomUUID(), 3, (short) 3, 2, Duration.ofDays(1)))))
                .isInstanceOf(KafkaUnavailableException.class).hasMessageContaining("replication factor");
    }

}
