package org.rookery.runtime.observability;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.rookery.adapters.kafka.KafkaMetricsListener;
import org.rookery.adapters.kafka.PoisonEventException;

/**
 * The Kafka adapter's reports as Prometheus metrics: records published and failed, dead letters by
 * topic and reason, handler failures by topic, and {@code rookery_kafka_consumer_lag} by group,
 * topic and partition. Topics and groups come from the configuration, partitions from the topics'
 * partition counts, reasons from an enum: the labels are bounded. A partition's lag is shown only
 * while this node keeps reporting it (within {@code staleAfter}): after a rebalance moved the
 * partition elsewhere, its last value here would be a lie. Thread-safe and non-blocking.
 */
public final class PrometheusKafkaMetrics implements KafkaMetricsListener {
    private final Counter published;
    private final Counter publishFailed;
    private final Counter deadLettered;
    private final Counter handlerFailed;
    private final Map<PartitionKey, Reading> lag = new ConcurrentHashMap<>();
    private final long staleAfterNanos;
    private final LongSupplier nanoTime;

    private record PartitionKey(String group, String topic, int partition) {}

    private record Reading(long records, long atNanos) {}

    public PrometheusKafkaMetrics(PrometheusRegistry registry, Duration staleAfter, LongSupplier nanoTime) {
        this.staleAfterNanos = staleAfter.toNanos();
        this.nanoTime = nanoTime;
        published = Counter.builder().withoutExemplars().name("rookery_kafka_published_total").help("event records the broker acknowledged")
                .labelNames("topic").register(registry);
        publishFailed = Counter.builder().withoutExemplars().name("rookery_kafka_publish_failed_total")
                .help("event records whose publish failed (offered again by the relay)").register(registry);
        deadLettered = Counter.builder().withoutExemplars().name("rookery_kafka_dead_letters_total").help("poison records sent to a dead-letter topic")
                .labelNames("topic", "reason").register(registry);
        handlerFailed = Counter.builder().withoutExemplars().name("rookery_kafka_handler_failures_total")
                .help("consumer handler failures (the partition waits and tries the record again)").labelNames("topic").register(registry);
        GaugeWithCallback.builder().name("rookery_kafka_consumer_lag").help("records between a consumer group's position and the partition's end")
                .labelNames("group", "topic", "partition").callback(cb -> {
                    long now = nanoTime.getAsLong();
                    lag.entrySet().removeIf(e -> now - e.getValue().atNanos() > staleAfterNanos);
                    lag.forEach((k, r) -> cb.call(r.records(), k.group(), k.topic(), Integer.toString(k.partition())));
                }).register(registry);
    }

    /** Lag readings older than a minute are dropped. */
    public PrometheusKafkaMetrics(PrometheusRegistry registry) {
        this(registry, Duration.ofMinutes(1), System::nanoTime);
    }

    @Override
    public void published(String topic, int events) {
        published.labelValues(topic).inc(events);
    }

    @Override
    public void publishFailed(int events, Throwable cause) {
        publishFailed.inc(events);
    }

    @Override
    public void deadLettered(String topic, PoisonEventException.Reason reason) {
        deadLettered.labelValues(topic, reason.name().toLowerCase(Locale.ROOT)).inc();
    }

    @Override
    public void handlerFailed(String topic, int partition, int attempt, Throwable cause) {
        handlerFailed.labelValues(topic).inc();
    }

    @Override
    public void consumerLag(String groupId, String topic, int partition, long records) {
        lag.put(new PartitionKey(groupId, topic, partition), new Reading(records, nanoTime.getAsLong()));
    }
}
