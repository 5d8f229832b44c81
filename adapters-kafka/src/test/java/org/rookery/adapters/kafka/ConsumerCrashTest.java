package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;

/**
 * A consumer process killed (SIGKILL) in the middle of a batch: its handled-but-uncommitted events
 * come again to the next consumer of the group, none is skipped, and the idempotent effect
 * happens exactly once per event.
 */
class ConsumerCrashTest {
    /** A killed member is noticed after 6 s (the broker's smallest session timeout) rather than 45 s. */
    static final Map<String, Object> FAST_FAILOVER = Map.of("session.timeout.ms", 6000, "heartbeat.interval.ms", 1000);
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
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void a_consumer_killed_mid_batch_loses_nothing_and_applies_each_effect_once(@TempDir Path dir) throws Exception {
        String topic = bed.newTopic("crash", 2);
        String group = "g-" + UUID.randomUUID();
        List<EventEnvelope> published = new ArrayList<>();
        try (KafkaEventPublisher publisher = bed.publisherTo(topic, CODEC)) {
            for (int g = 0; g < 6; g++) {
                List<EventEnvelope> game = SampleGames.events("crash-" + g + "-" + UUID.randomUUID(), 10);
                publisher.publish(game);
                published.addAll(game);
            }
        }
        Path effects = dir.resolve("effects.txt");
        Path marker = dir.resolve("stopped-mid-batch");
        Process child = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"), CrashingConsumerMain.class.getName(),
                bed.bootstrapServers(), topic, group, effects.toString(), marker.toString(), "25")
                .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(marker) || !child.isAlive());
            assertThat(child.isAlive()).as("the consumer process is hanging mid-batch (its log: %s)", dir.resolve("child.log")).isTrue();
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(FileBackedEffects.lines(effects)).hasSize(25);

        FileBackedEffects survivor = new FileBackedEffects(effects, handled -> {});
        ConsumerSettings settings = ConsumerSettings.of(group, bed.settings(), List.of(topic)).withClientOverrides(FAST_FAILOVER);
        try (KafkaConsumerRunner runner = KafkaConsumerRunner.start(bed.settings(), settings, CODEC, survivor, HandlerOffsets.NONE, KafkaMetricsListener.NONE)) {
            await().atMost(Duration.ofSeconds(90)).until(() -> FileBackedEffects.lines(effects).size() >= published.size());
        }
        List<String> applied = FileBackedEffects.lines(effects);
        assertThat(applied).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published.stream().map(EventEnvelope::eventId).toList());
        assertThat(survivor.redelivered()).as("events handled by the killed consumer but not committed came again").isPositive();
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
