package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.kafkalocal.KraftBroker;
import org.rookery.ports.contract.SampleGames;

/**
 * A producer retry forced for real: the broker appends a batch but its answer is lost, so the
 * producer sends the batch again. Rookery's idempotent producer leaves each event once on the
 * topic; the same scenario without idempotence duplicates them, which shows the retry happened.
 * In-process broker only: its advertised address is the proxy's.
 */
class ProducerRetryTest {
    private static final JsonEnvelopeCodec CODEC = new JsonEnvelopeCodec();
    private static ResponseDroppingProxy proxy;
    private static KraftBroker broker;
    private static KafkaSettings settings;

    @BeforeAll
    static void start_a_broker_behind_the_proxy() throws Exception {
        proxy = new ResponseDroppingProxy();
        int port = freePort();
        proxy.forwardTo(port);
        // Clients bootstrap from the proxy and, told by the broker, keep talking to it through the proxy.
        broker = KraftBroker.start(Files.createTempDirectory("kafka-retry-"), port,
                Map.of("advertised.listeners", "PLAINTEXT://127.0.0.1:" + proxy.port()));
        settings = KafkaSettings.defaults().withBootstrapServers("127.0.0.1:" + proxy.port()).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) broker.stop();
        if (proxy != null) proxy.close();
    }

    @Test
    void a_batch_sent_again_after_a_lost_answer_is_stored_once_by_the_idempotent_producer() throws Exception {
        Map<String, Long> copies = publishWithALostAnswer(KafkaClientProperties.producer(settings, "idempotent"));
        assertThat(copies.values()).as("each event once").containsOnly(1L);
    }

    @Test
    void without_idempotence_the_same_lost_answer_duplicates_the_batch() throws Exception {
        Map<String, Object> plain = new HashMap<>(KafkaClientProperties.producer(settings, "plain"));
        plain.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
        Map<String, Long> copies = publishWithALostAnswer(plain);
        assertThat(copies.values()).as("the retry really happened").contains(2L);
    }

    /** Publishes a warm-up event, then a batch whose answer is lost; returns the copies of each batch event on the topic. */
    private static Map<String, Long> publishWithALostAnswer(Map<String, Object> producerConfig) throws Exception {
        String topic = "retry-" + UUID.randomUUID();
        try (Admin admin = Admin.create(KafkaClientProperties.admin(settings))) {
            new KafkaTopics(admin, Duration.ofSeconds(30)).ensure(List.of(new TopicDefinition(topic, 1, (short) 1, 1, Duration.ofDays(1))));
        }
        List<EventEnvelope> events = SampleGames.events("retry-" + UUID.randomUUID(), 10);
        int droppedBefore = proxy.dropped();
        try (KafkaEventPublisher publisher = new KafkaEventPublisher(() -> new KafkaProducer<>(producerConfig), e -> new Destination(topic, e.gameId()), CODEC,
                KafkaMetricsListener.NONE, Duration.ofSeconds(30))) {
            publisher.publish(events.subList(0, 1)); // connections open, producer id known
            proxy.dropNextResponse();
            publisher.publish(events.subList(1, events.size()));
        }
        assertThat(proxy.dropped()).as("an answer was dropped").isEqualTo(droppedBefore + 1);
        Map<String, Long> copies = TopicReader.readAll(broker.bootstrapServers(), topic).stream()
                .map(r -> CODEC.fromBytes(r.value()).eventId()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(copies.keySet()).containsExactlyInAnyOrderElementsOf(events.stream().map(EventEnvelope::eventId).toList());
        return copies;
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

}
