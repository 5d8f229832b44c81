package org.rookery.runtime.observability;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.function.ToIntFunction;
import org.rookery.adapters.uci.EnginePoolListener;
import org.rookery.ports.out.engine.SlaTier;

/**
 * The engine pool's reports as Prometheus metrics, by SLA tier ({@code critical}, {@code normal},
 * {@code low}): requests by outcome, refusals of full queues, the wait in the queue, engines
 * replaced by reason, and the queues' lengths ({@link #watchQueues}). Labels from enums. Thread-safe
 * and non-blocking.
 */
public final class PrometheusEngineMetrics implements EnginePoolListener {
    private final PrometheusRegistry registry;
    private final Counter requests;
    private final Counter rejected;
    private final Histogram waited;
    private final Counter replaced;

    public PrometheusEngineMetrics(PrometheusRegistry registry) {
        this.registry = registry;
        requests = Counter.builder().withoutExemplars().name("rookery_engine_requests_total").help("engine requests by tier and how they ended")
                .labelNames("tier", "outcome").register(registry);
        rejected = Counter.builder().withoutExemplars().name("rookery_engine_rejected_total").help("engine requests refused because their tier's queue was full")
                .labelNames("tier").register(registry);
        waited = Histogram.builder().withoutExemplars().name("rookery_engine_queue_wait_seconds").help("time an engine request waited for an engine")
                .labelNames("tier").classicUpperBounds(0.001, 0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 20).classicOnly().register(registry);
        replaced = Counter.builder().withoutExemplars().name("rookery_engine_replacements_total").help("engine processes killed and replaced, by reason")
                .labelNames("reason").register(registry);
        for (SlaTier tier : SlaTier.values()) {
            rejected.labelValues(label(tier));
            for (Outcome o : Outcome.values()) requests.labelValues(label(tier), label(o));
        }
        for (Replacement r : Replacement.values()) replaced.labelValues(label(r));
    }

    /** {@code rookery_engine_queue_length} by tier, read from the pool at each scrape ({@code UciPositionAnalyst::queueLength}). */
    public void watchQueues(ToIntFunction<SlaTier> queueLength) {
        GaugeWithCallback.builder().name("rookery_engine_queue_length").help("engine requests waiting, by tier").labelNames("tier")
                .callback(cb -> {
                    for (SlaTier tier : SlaTier.values()) cb.call(queueLength.applyAsInt(tier), label(tier));
                }).register(registry);
    }

    @Override
    public void rejected(SlaTier tier) {
        rejected.labelValues(label(tier)).inc();
    }

    @Override
    public void started(SlaTier tier, Duration wait) {
        waited.labelValues(label(tier)).observe(wait.toNanos() / 1e9);
    }

    @Override
    public void finished(SlaTier tier, Outcome outcome, Duration took) {
        requests.labelValues(label(tier), label(outcome)).inc();
    }

    @Override
    public void engineReplaced(String engine, Replacement reason) {
        replaced.labelValues(label(reason)).inc();
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
