package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;

/** The consumer runner against a real broker: order, commits, dead letters, back-off, owned offsets, rebalances. */
class KafkaConsumerRunnerTest {
    private static final JsonEnvelopeCodec CODEC = new JsonEnvelopeCodec();
    private static final Duration WITHIN = Duration.ofSeconds(30);
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
    void every_event_is_handled_in_its_games_order_and_a_clean_stop_commits_so_the_next_runner_goes_on_from_there() throws Exception {
        String topic = bed.newTopic("runner-order", 3);
        String group = "g-" + UUID.randomUUID();
        List<List<EventEnvelope>> games = publishGames(topic, 3, 8);
        RecordingHandler first = new RecordingHandler();
        KafkaCounters counters = new KafkaCounters();
        try (KafkaConsumerRunner runner = start(group, topic, first, HandlerOffsets.NONE, counters)) {
            await().atMost(WITHIN).until(() -> first.deliveries().size() == 30);
            await().atMost(WITHIN).until(() -> counters.lag().keySet().stream().filter(k -> k.startsWith(group)).count() == 3
                    && counters.lag().values().stream().allMatch(l -> l == 0));
        }
        for (List<EventEnvelope> game : games) assertThat(deliveredOf(first, game)).containsExactlyElementsOf(game);
        assertThat(committed(group, topic)).isEqualTo(30);

        List<List<EventEnvelope>> later = publishGames(topic, 1, 4);
        RecordingHandler second = new RecordingHandler();
        try (KafkaConsumerRunner runner = start(group, topic, second, HandlerOffsets.NONE, KafkaMetricsListener.NONE)) {
            await().atMost(WITHIN).until(() -> second.deliveries().size() >= 6);
        }
        assertThat(second.deliveries()).extracting(ConsumedEvent::envelope).containsExactlyElementsOf(later.get(0));
    }

    @Test
    void poison_records_go_to_the_dead_letter_topic_with_their_headers_and_a_reason_and_the_partition_goes_on() {
        String topic = bed.newTopic("runner-poison", 1);
        List<EventEnvelope> events = SampleGames.events("poison-" + UUID.randomUUID(), 2);
        try (KafkaEventPublisher publisher = bed.publisherTo(topic, CODEC)) {
            publisher.publish(events.subList(0, 2));
            bed.sendRaw(topic, "g-garbage", "{not json".getBytes(StandardCharsets.UTF_8), Map.of(EventHeaders.EVENT_ID, "evt-garbage"));
            String future = new String(CODEC.toBytes(events.get(2)), StandardCharsets.UTF_8).replace("\"schemaVersion\":1", "\"schemaVersion\":7");
            bed.sendRaw(topic, "g-future", future.getBytes(StandardCharsets.UTF_8), Map.of(EventHeaders.EVENT_ID, "evt-future"));
            publisher.publish(events.subList(2, 4));
        }
        RecordingHandler handler = new RecordingHandler();
        KafkaCounters counters = new KafkaCounters();
        try (KafkaConsumerRunner runner = start("g-" + UUID.randomUUID(), topic, handler, HandlerOffsets.NONE, counters)) {
            await().atMost(WITHIN).until(() -> handler.deliveries().size() == 4);
        }
        assertThat(handler.deliveries()).extracting(ConsumedEvent::envelope).containsExactlyElementsOf(events);
        assertThat(counters.deadLettered(topic)).isEqualTo(2);
        List<ConsumerRecord<String, byte[]>> dead = TopicReader.readAll(bed.bootstrapServers(), topic + ".dlq");
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly("g-garbage", "g-future");
        assertThat(dead).extracting(r -> EventHeaders.text(r.headers(), EventHeaders.EVENT_ID).orElseThrow()).containsExactly("evt-garbage", "evt-future");
        assertThat(dead).extracting(r -> EventHeaders.text(r.headers(), DeadLetterSender.REASON).orElseThrow()).containsExactly("UNPARSEABLE", "UNKNOWN_SCHEMA_VERSION");
        assertThat(dead).extracting(r -> EventHeaders.text(r.headers(), DeadLetterSender.ORIGINAL_OFFSET).orElseThrow()).containsExactly("2", "3");
        assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    }

    @Test
    void a_failing_handler_gets_the_same_event_again_after_a_back_off_and_skips_nothing_while_other_partitions_go_on() {
        String topic = bed.newTopic("runner-retry", 2);
        List<List<EventEnvelope>> games = publishGames(topic, 6, 4);
        EventEnvelope stuck = games.get(0).get(3);
        AtomicBoolean broken = new AtomicBoolean(true);
        AtomicInteger attemptsOnStuck = new AtomicInteger();
        RecordingHandler recorder = new RecordingHandler();
        EventHandler flaky = event -> {
            if (event.envelope().eventId().equals(stuck.eventId())) {
                attemptsOnStuck.incrementAndGet();
                if (broken.get()) throw new IllegalStateException("the rating store is down");
            }
            recorder.handle(event);
        };
        KafkaCounters counters = new KafkaCounters();
        try (KafkaConsumerRunner runner = start("g-" + UUID.randomUUID(), topic, flaky, HandlerOffsets.NONE, counters)) {
            Map<String, Integer> partitions = partitionsByKey(topic);
            List<EventEnvelope> elsewhere = games.stream().filter(g -> !partitions.get(g.get(0).gameId()).equals(partitions.get(stuck.gameId())))
                    .flatMap(List::stream).toList();
            await().atMost(WITHIN).until(() -> attemptsOnStuck.get() >= 3 && recorder.effects().containsAll(elsewhere.stream().map(EventEnvelope::eventId).toList()));
            assertThat(recorder.effects()).doesNotContain(stuck.eventId());
            broken.set(false);
            await().atMost(WITHIN).until(() -> recorder.deliveries().size() == 36);
        }
        for (List<EventEnvelope> game : games) assertThat(deliveredOf(recorder, game)).containsExactlyElementsOf(game);
        assertThat(counters.handlerFailures()).isEqualTo(attemptsOnStuck.get() - 1);
    }

    @Test
    void a_handler_that_owns_its_offsets_starts_each_partition_where_it_says() {
        String topic = bed.newTopic("runner-owned", 1);
        List<EventEnvelope> events = publishGames(topic, 1, 8).get(0);
        RecordingHandler handler = new RecordingHandler();
        HandlerOffsets storedWithTheEffects = (t, partition) -> t.equals(topic) && partition == 0 ? OptionalLong.of(6) : OptionalLong.empty();
        try (KafkaConsumerRunner runner = start("g-" + UUID.randomUUID(), topic, handler, storedWithTheEffects, KafkaMetricsListener.NONE)) {
            await().atMost(WITHIN).until(() -> handler.deliveries().size() >= 4);
        }
        assertThat(handler.deliveries()).extracting(ConsumedEvent::offset).containsExactly(6L, 7L, 8L, 9L);
        assertThat(handler.deliveries()).extracting(ConsumedEvent::envelope).containsExactlyElementsOf(events.subList(6, 10));
    }

    @Test
    void runners_joining_and_leaving_a_group_rebalance_without_skipping_and_the_idempotent_effect_happens_once() {
        String topic = bed.newTopic("runner-rebalance", 4);
        String group = "g-" + UUID.randomUUID();
        RecordingHandler shared = new RecordingHandler();
        List<EventEnvelope> all = new ArrayList<>();
        KafkaConsumerRunner first = start(group, topic, shared, HandlerOffsets.NONE, KafkaMetricsListener.NONE);
        all.addAll(publishGames(topic, 8, 4).stream().flatMap(List::stream).toList());
        await().atMost(WITHIN).until(() -> shared.effects().size() >= 20);
        try (KafkaConsumerRunner second = start(group, topic, shared, HandlerOffsets.NONE, KafkaMetricsListener.NONE)) {
            all.addAll(publishGames(topic, 8, 4).stream().flatMap(List::stream).toList());
            await().atMost(WITHIN).until(() -> shared.effects().size() >= 60);
            first.close();
            all.addAll(publishGames(topic, 8, 4).stream().flatMap(List::stream).toList());
            await().atMost(WITHIN).until(() -> shared.effects().size() == all.size());
        }
        assertThat(shared.effects()).containsExactlyInAnyOrderElementsOf(all.stream().map(EventEnvelope::eventId).toList());
        Map<String, List<Long>> seqsByGame = shared.deliveries().stream().collect(Collectors.groupingBy(d -> d.envelope().gameId(),
                Collectors.mapping(d -> d.envelope().seq(), Collectors.toList())));
        // Redelivery after a rebalance may repeat a suffix, never reorder: the first occurrences are in seq order.
        seqsByGame.values().forEach(seqs -> assertThat(seqs.stream().distinct().toList()).isSorted());
    }

    private static KafkaConsumerRunner start(String group, String topic, EventHandler handler, HandlerOffsets offsets, KafkaMetricsListener metrics) {
        ConsumerSettings settings = ConsumerSettings.of(group, bed.settings(), List.of(topic)).withRetryDelays(Duration.ofMillis(50), Duration.ofMillis(400))
                .withMaxPollRecords(20);
        return KafkaConsumerRunner.start(bed.settings(), settings, CODEC, handler, offsets, metrics);
    }

    private static List<List<EventEnvelope>> publishGames(String topic, int games, int plies) {
        List<List<EventEnvelope>> all = new ArrayList<>();
        for (int g = 0; g < games; g++) all.add(SampleGames.events("game-" + UUID.randomUUID(), plies));
        try (KafkaEventPublisher publisher = bed.publisherTo(topic, CODEC)) {
            for (List<EventEnvelope> game : all) publisher.publish(game);
        }
        return all;
    }

    private static List<EventEnvelope> deliveredOf(RecordingHandler handler, List<EventEnvelope> game) {
        return handler.deliveries().stream().map(ConsumedEvent::envelope).filter(e -> e.gameId().equals(game.get(0).gameId())).toList();
    }

    private static Map<String, Integer> partitionsByKey(String topic) {
        return TopicReader.readAll(bed.bootstrapServers(), topic).stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::partition, (a, b) -> a));
    }

    private static long committed(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(KafkaClientProperties.admin(bed.settings()))) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic)).mapToLong(e -> e.getValue().offset()).sum();
        }
    }
}
