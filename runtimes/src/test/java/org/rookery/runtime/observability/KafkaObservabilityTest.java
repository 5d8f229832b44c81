package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.MetricsScrape;
import org.rookery.adapters.http.observability.RequestScope;
import org.rookery.adapters.kafka.EventHeaders;
import org.rookery.adapters.kafka.KafkaTracing;
import org.rookery.adapters.kafka.PoisonEventException;

/**
 * The Kafka adapter's hooks bound to OpenTelemetry and Prometheus: a published record carries the
 * publishing span's W3C context, a consumed one is handled in a CONSUMER span under it with the
 * event's request id and game id in the span and the log context; consumer lag is a gauge per
 * partition that disappears when this node stops reporting the partition.
 */
class KafkaObservabilityTest {
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();
    private final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();

    @AfterEach
    void close() {
        telemetry.close();
    }

    @Test
    void the_publishers_span_travels_in_the_headers_and_the_consumer_continues_it_with_the_events_ids() {
        OtelKafkaTracing tracing = new OtelKafkaTracing(telemetry);
        RecordHeaders headers = new RecordHeaders();
        headers.add(EventHeaders.CORRELATION_ID, "req-77".getBytes(StandardCharsets.UTF_8));
        headers.add(EventHeaders.EVENT_TYPE, "MovePlayed".getBytes(StandardCharsets.UTF_8));
        Span publish = telemetry.getTracer("test").spanBuilder("game-events publish").startSpan();
        try (Scope ignored = publish.makeCurrent()) {
            tracing.inject(headers);
        } finally {
            publish.end();
        }
        assertThat(EventHeaders.text(headers, "traceparent")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("00-" + publish.getSpanContext().getTraceId() + "-" + publish.getSpanContext().getSpanId() + "-"));

        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("game-events", 3, 41L, 0L, org.apache.kafka.common.record.TimestampType.CREATE_TIME,
                0, 0, "game-9", new byte[0], headers, java.util.Optional.empty());
        String[] seen = new String[3];
        try (KafkaTracing.Handling handling = tracing.consuming(record, "ratings")) {
            seen[0] = Baggage.current().getEntryValue(RequestScope.REQUEST_ID);
            seen[1] = Baggage.current().getEntryValue(RequestScope.GAME_ID);
            seen[2] = Span.current().getSpanContext().getTraceId();
            handling.failed(new IllegalStateException("retry me"));
        }
        assertThat(seen).containsExactly("req-77", "game-9", publish.getSpanContext().getTraceId());
        SpanData consumed = spans.getFinishedSpanItems().stream().filter(s -> s.getKind() == SpanKind.CONSUMER).findFirst().orElseThrow();
        assertThat(consumed.getName()).isEqualTo("game-events process");
        assertThat(consumed.getParentSpanId()).isEqualTo(publish.getSpanContext().getSpanId());
        assertThat(consumed.getAttributes().get(AttributeKey.stringKey("rookery.request_id"))).isEqualTo("req-77");
        assertThat(consumed.getAttributes().get(AttributeKey.stringKey("game.id"))).isEqualTo("game-9");
        assertThat(consumed.getEvents()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("exception"));
        assertThat(Baggage.current().getEntryValue(RequestScope.REQUEST_ID)).isNull(); // closed: the runner's thread is clean again
    }

    @Test
    void consumer_lag_is_a_gauge_per_partition_until_the_partition_stops_being_reported_here() throws Exception {
        AtomicLong now = new AtomicLong();
        PrometheusRegistry registry = new PrometheusRegistry();
        PrometheusKafkaMetrics kafka = new PrometheusKafkaMetrics(registry, Duration.ofSeconds(60), now::get);
        kafka.consumerLag("ratings", "game-events", 0, 120);
        kafka.consumerLag("ratings", "game-events", 1, 7);
        kafka.deadLettered("game-events", PoisonEventException.Reason.UNPARSEABLE);
        MetricsScrape first = scrape(registry);
        assertThat(first.value("rookery_kafka_consumer_lag{group=\"ratings\",partition=\"0\",topic=\"game-events\"}")).isEqualTo(120);
        assertThat(first.value("rookery_kafka_dead_letters_total{reason=\"unparseable\",topic=\"game-events\"}")).isEqualTo(1);
        now.addAndGet(Duration.ofSeconds(61).toNanos());
        kafka.consumerLag("ratings", "game-events", 1, 3); // partition 0 went to another node in a rebalance
        MetricsScrape later = scrape(registry);
        assertThat(later.series()).noneMatch(s -> s.contains("partition=\"0\""));
        assertThat(later.value("rookery_kafka_consumer_lag{group=\"ratings\",partition=\"1\",topic=\"game-events\"}")).isEqualTo(3);
    }

    private static MetricsScrape scrape(PrometheusRegistry registry) throws Exception {
        var out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return new MetricsScrape(out.toString(StandardCharsets.UTF_8));
    }
}
