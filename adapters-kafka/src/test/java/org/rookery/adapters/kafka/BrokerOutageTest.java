package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;

/** The broker goes away and comes back: a publish fails within its bounds, and the same batch offered again gets through. */
class BrokerOutageTest {
    private static final JsonEnvelopeCodec CODEC = new JsonEnvelopeCodec();
    private static EmbeddedKafkaBroker broker;
    private static KafkaTestBed bed;

    @BeforeAll
    static void start_a_broker() {
        broker = EmbeddedKafkaBroker.start();
        bed = new KafkaTestBed(broker);
    }

    @AfterAll
    static void stop() {
        if (bed != null) bed.close();
        if (broker != null) broker.close();
    }

    @Test
    void a_publish_to_a_stopped_broker_throws_within_its_timeouts_and_the_same_batch_succeeds_once_the_broker_is_back() {
        String topic = bed.newTopic("outage", 2);
        KafkaSettings fast = bed.settings().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(3));
        KafkaCounters counters = new KafkaCounters();
        List<EventEnvelope> before = SampleGames.events("outage-a-" + UUID.randomUUID(), 4);
        List<EventEnvelope> during = SampleGames.events("outage-b-" + UUID.randomUUID(), 4);
        try (KafkaEventPublisher publisher = KafkaEventPublisher.create(fast, e -> new Destination(topic, e.gameId()), CODEC, counters)) {
            publisher.publish(before);
            broker.takeDown();
            // The bound: delivery timeout (3 s) plus the flush's own request timeout (1 s), with room for a loaded machine.
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> publisher.publish(during)).isInstanceOf(KafkaPublishException.class));
            assertThat(counters.publishFailed()).isEqualTo(during.size());

            broker.bringBack();
            // What the relay does: offer the same batch again until it is acknowledged.
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                try {
                    publisher.publish(during);
                    return true;
                } catch (KafkaPublishException e) {
                    return false;
                }
            });
        }
        List<String> ids = TopicReader.readAll(bed.bootstrapServers(), topic).stream().map(r -> CODEC.fromBytes(r.value()))
                .filter(e -> e.gameId().equals(during.get(0).gameId())).map(EventEnvelope::eventId).toList();
        // At least once, in order: the first occurrences are the batch, in seq order.
        assertThat(new LinkedHashSet<>(ids)).containsExactlyElementsOf(during.stream().map(EventEnvelope::eventId).toList());
        assertThat(TopicReader.readAll(bed.bootstrapServers(), topic)).hasSizeGreaterThanOrEqualTo(before.size() + during.size());
    }
}
