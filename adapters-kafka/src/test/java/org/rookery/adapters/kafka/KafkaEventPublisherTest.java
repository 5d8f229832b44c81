package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchCreated;
import org.rookery.domain.event.MatchEnvelope;
import org.rookery.events.json.EventJson;
import org.rookery.ports.contract.EventPublisherContract;
import org.rookery.ports.contract.SampleGames;
import org.rookery.ports.out.EventPublisher;

/** The publisher contract and the Kafka-specific promises (keys, partitions, headers, acknowledgement) against a real broker. */
class KafkaEventPublisherTest extends EventPublisherContract {
    private static final JsonEnvelopeCodec CODEC = new JsonEnvelopeCodec();
    private static final KafkaCounters COUNTERS = new KafkaCounters();
    private static EmbeddedKafkaBroker broker;
    private static KafkaSettings settings;
    private static KafkaEventPublisher publisher;

    @BeforeAll
    static void start_a_broker_and_the_topics() {
        broker = EmbeddedKafkaBroker.start();
        String run = UUID.randomUUID().toString().substring(0, 8);
        settings = KafkaSettings.defaults().withBootstrapServers(broker.bootstrapServers())
                .withTopics(TopicSettings.of("game-events-" + run, 4), TopicSettings.of("matches-" + run, 2))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(15));
        assertThat(KafkaTopics.ensureConfigured(settings)).containsExactlyInAnyOrder(settings.gameEvents().name(), settings.gameEvents().deadLetterTopic(),
                settings.matches().name(), settings.matches().deadLetterTopic());
        publisher = KafkaEventPublisher.create(settings, CODEC, COUNTERS);
    }

    @AfterAll
    static void stop() {
        if (publisher != null) publisher.close();
        if (broker != null) broker.close();
    }

    @Override
    protected EventPublisher publisher() {
        return publisher;
    }

    @Override
    protected List<EventEnvelope> receivedDownstream(String gameId) {
        return gameRecords().stream().filter(r -> r.key().equals(gameId)).map(r -> CODEC.fromBytes(r.value())).toList();
    }

    @Test
    void a_publish_returns_only_once_every_event_is_readable_on_the_topic() {
        List<EventEnvelope> events = SampleGames.events("ack-" + UUID.randomUUID(), 6);
        long before = COUNTERS.published();
        publisher.publish(events);
        // No waiting: acks=all on one replica means acknowledged records are below the high watermark.
        assertThat(receivedDownstream(events.get(0).gameId())).containsExactlyElementsOf(events);
        assertThat(COUNTERS.published() - before).isEqualTo(events.size());
    }

    @Test
    void records_carry_the_event_type_schema_version_event_id_and_correlation_id_as_headers() {
        EventEnvelope event = SampleGames.events("hdr-" + UUID.randomUUID(), 1).get(2);
        publisher.publish(List.of(event));
        ConsumerRecord<String, byte[]> record = gameRecords().stream().filter(r -> r.key().equals(event.gameId())).findFirst().orElseThrow();
        assertThat(EventHeaders.text(record.headers(), EventHeaders.EVENT_TYPE)).contains("MovePlayed");
        assertThat(EventHeaders.text(record.headers(), EventHeaders.SCHEMA_VERSION)).contains("1");
        assertThat(EventHeaders.text(record.headers(), EventHeaders.EVENT_ID)).contains(event.eventId());
        assertThat(EventHeaders.text(record.headers(), EventHeaders.CORRELATION_ID)).contains(event.correlationId()).isNotEqualTo("");
    }

    @Test
    void each_games_events_land_in_one_partition_in_seq_order_across_many_interleaved_batches() {
        List<List<EventEnvelope>> games = new ArrayList<>();
        for (int g = 0; g < 24; g++) games.add(SampleGames.events("ord-" + g + "-" + UUID.randomUUID(), 10));
        for (int from = 0; from < 12; from += 3) {
            List<EventEnvelope> batch = new ArrayList<>();
            for (List<EventEnvelope> game : games) batch.addAll(game.subList(from, from + 3));
            publisher.publish(batch);
        }
        Map<String, List<ConsumerRecord<String, byte[]>>> byGame = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : gameRecords()) byGame.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r);
        for (List<EventEnvelope> game : games) {
            List<ConsumerRecord<String, byte[]>> records = byGame.get(game.get(0).gameId());
            assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
            assertThat(records).extracting(r -> CODEC.fromBytes(r.value()).seq()).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        }
        assertThat(byGame.values().stream().map(rs -> rs.get(0).partition()).distinct()).as("24 games spread over the 4 partitions").hasSizeGreaterThan(1);
    }

    @Test
    void match_created_goes_to_the_matches_topic_keyed_by_the_match_id_with_its_headers() {
        String matchId = "match-" + UUID.randomUUID();
        MatchEnvelope match = MatchEnvelope.of("evt-" + matchId, matchId, Instant.parse("2025-03-01T12:00:00Z"), "req-9",
                new MatchCreated(matchId, "alice", "bob", "game-of-" + matchId, new TimeControl(180_000, 2_000), true, 1500, 1620,
                        Instant.parse("2025-03-01T12:00:00Z")));
        try (KafkaMatchEventPublisher matches = KafkaMatchEventPublisher.create(settings, KafkaMetricsListener.NONE)) {
            matches.publish(List.of(match));
        }
        List<ConsumerRecord<String, byte[]>> records = TopicReader.readAll(broker.bootstrapServers(), settings.matches().name());
        assertThat(records).filteredOn(r -> r.key().equals(matchId)).singleElement().satisfies(r -> {
            assertThat(new EventJson().readMatchEvent(r.value())).isEqualTo(match);
            assertThat(EventHeaders.text(r.headers(), EventHeaders.EVENT_TYPE)).contains("MatchCreated");
            assertThat(EventHeaders.text(r.headers(), EventHeaders.EVENT_ID)).contains(match.eventId());
        });
        assertThat(gameRecords()).noneMatch(r -> r.key().equals(matchId));
    }

    private static List<ConsumerRecord<String, byte[]>> gameRecords() {
        return TopicReader.readAll(broker.bootstrapServers(), settings.gameEvents().name());
    }
}
