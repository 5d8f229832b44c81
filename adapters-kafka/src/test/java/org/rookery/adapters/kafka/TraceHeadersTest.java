package org.rookery.adapters.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.contract.SampleGames;

/**
 * Trace context crosses a real broker: what the publisher's tracing injects into a record's headers
 * is what the consumer runner's tracing finds there, and the handler runs inside the handling it
 * opened (closed after, told of a failure).
 */
class TraceHeadersTest {
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

    /** A stand-in for W3C propagation: the "current context" is a thread-local string, carried as a traceparent header. */
    static final class ThreadTracing implements KafkaTracing {
        static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
        final List<String> opened = new CopyOnWriteArrayList<>(), failed = new CopyOnWriteArrayList<>(), closed = new CopyOnWriteArrayList<>();

        @Override
        public void inject(Headers headers) {
            if (CURRENT.get() != null) headers.add("traceparent", CURRENT.get().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Handling consuming(ConsumerRecord<String, byte[]> record, String groupId) {
            String context = EventHeaders.text(record.headers(), "traceparent").orElse("none");
            opened.add(context);
            CURRENT.set(context);
            return new Handling() {
                @Override
                public void failed(Throwable cause) {
                    failed.add(context);
                }

                @Override
                public void close() {
                    closed.add(context);
                    CURRENT.remove();
                }
            };
        }
    }

    @Test
    void the_context_injected_on_publish_is_the_one_the_handler_runs_in_and_a_failure_is_reported() {
        String topic = bed.newTopic("traced", 1);
        ThreadTracing tracing = new ThreadTracing();
        List<EventEnvelope> events = SampleGames.events("traced-" + UUID.randomUUID(), 2);
        try (KafkaEventPublisher publisher = new KafkaEventPublisher(() -> new KafkaProducer<>(KafkaClientProperties.producer(bed.settings(), "traced")),
                e -> new Destination(topic, e.gameId()), CODEC, KafkaMetricsListener.NONE, tracing, Duration.ofSeconds(30))) {
            ThreadTracing.CURRENT.set("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            publisher.publish(events.subList(0, 1));
            ThreadTracing.CURRENT.set("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
            publisher.publish(events.subList(1, 2));
        } finally {
            ThreadTracing.CURRENT.remove();
        }
        List<String> seenByHandler = new CopyOnWriteArrayList<>();
        boolean[] failOnce = {true};
        ConsumerSettings settings = ConsumerSettings.of("g-" + UUID.randomUUID(), bed.settings(), List.of(topic))
                .withRetryDelays(Duration.ofMillis(50), Duration.ofMillis(200));
        try (KafkaConsumerRunner runner = KafkaConsumerRunner.start(bed.settings(), settings, CODEC, event -> {
            if (event.envelope().seq() == 2 && failOnce[0]) {
                failOnce[0] = false;
                throw new IllegalStateException("a passing failure");
            }
            seenByHandler.add(ThreadTracing.CURRENT.get());
        }, HandlerOffsets.NONE, KafkaMetricsListener.NONE, tracing)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> seenByHandler.size() == 2);
        }
        assertThat(seenByHandler).containsExactly("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(tracing.failed).containsExactly("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
        assertThat(tracing.closed).hasSameSizeAs(tracing.opened).hasSize(3);
    }

    @Test
    void without_tracing_no_trace_header_is_added() {
        String topic = bed.newTopic("untraced", 1);
        try (KafkaEventPublisher publisher = bed.publisherTo(topic, CODEC)) {
            ThreadTracing.CURRENT.set("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
            publisher.publish(SampleGames.events("untraced-" + UUID.randomUUID(), 1));
        } finally {
            ThreadTracing.CURRENT.remove();
        }
        var records = TopicReader.readAll(broker.bootstrapServers(), topic);
        assertThat(records).isNotEmpty().allSatisfy(r -> {
            assertThat(r.headers().lastHeader("traceparent")).isNull();
            assertThat(EventHeaders.text(r.headers(), EventHeaders.EVENT_ID)).isPresent();
        });
    }
}
