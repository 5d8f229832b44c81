package org.rookery.runtime.observability;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import org.rookery.application.relay.LogRelay;
import org.rookery.application.relay.RelayLag;
import org.rookery.ports.out.TimeSource;

/**
 * The relays that tail the durable logs on {@code /metrics}, by relay name (from the code):
 * {@code rookery_relay_lag_events} and {@code rookery_relay_lag_seconds} (how many events wait
 * after the checkpoint, and how old the oldest is), and {@code rookery_relay_events_total} by
 * result ({@code published}, {@code failed}). Read at each scrape. Stateless.
 */
public final class RelayMetrics {
    private RelayMetrics() {}

    public static void register(PrometheusRegistry registry, List<? extends LogRelay<?>> relays, TimeSource time) {
        GaugeWithCallback.builder().name("rookery_relay_lag_events").help("events in the log not yet published past the relay's checkpoint")
                .labelNames("relay").callback(cb -> relays.forEach(r -> cb.call(events(lag(r, time)), r.name()))).register(registry);
        GaugeWithCallback.builder().name("rookery_relay_lag_seconds").help("age of the oldest event the relay has not yet published")
                .labelNames("relay").callback(cb -> relays.forEach(r -> cb.call(seconds(lag(r, time)), r.name())))
                .register(registry);
        CounterWithCallback.builder().name("rookery_relay_events_total").help("events the relay published or failed to publish")
                .labelNames("relay", "result").callback(cb -> relays.forEach(r -> {
                    cb.call(r.counters().published(), r.name(), "published");
                    cb.call(r.counters().failed(), r.name(), "failed");
                })).register(registry);
    }

    /** The relay's lag, or null when its log cannot be read now (NaN then: unknown, not zero, and the scrape goes on). */
    private static RelayLag lag(LogRelay<?> relay, TimeSource time) {
        try {
            return relay.lag(time);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static double events(RelayLag lag) {
        return lag == null ? Double.NaN : lag.events();
    }

    private static double seconds(RelayLag lag) {
        return lag == null ? Double.NaN : lag.oldest().toNanos() / 1e9;
    }
}
