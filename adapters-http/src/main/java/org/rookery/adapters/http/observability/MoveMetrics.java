package org.rookery.adapters.http.observability;

import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;

/**
 * The live-game scorecard's move metrics: {@code live_game_moves_total} by transport and outcome
 * and {@code live_game_move_latency_seconds} by transport, for every move whatever way it came
 * (REST, WebSocket). Labels from closed sets: the transports of {@link RequestScope} and the
 * outcomes {@code accepted}, {@code rejected} (a move the rules or the state refused: the
 * client's error), {@code busy}, {@code unavailable} and {@code error} (the platform's failures,
 * which the availability SLO counts). Without exemplars: {@code /metrics} writes the Prometheus text
 * format, which has none, and with tracing on each observation would look one up for nothing
 * (the adapter's other metrics too). Thread-safe.
 */
public final class MoveMetrics {
    /** Seconds: fine below 100 ms, where the targets are (p95 move < 50 ms, game creation < 100 ms); HTTP latency uses them too. */
    public static final double[] LATENCY_BUCKETS = {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    public static final List<String> OUTCOMES = List.of("accepted", "rejected", "busy", "unavailable", "error");
    private static final List<String> TRANSPORTS = List.of(RequestScope.REST, RequestScope.WEBSOCKET, RequestScope.OTHER);
    private final Counter moves;
    private final Histogram latency;

    public MoveMetrics(PrometheusRegistry registry) {
        moves = Counter.builder().withoutExemplars().name("live_game_moves_total").help("moves submitted, by transport and outcome")
                .labelNames("transport", "outcome").register(registry);
        latency = Histogram.builder().withoutExemplars().name("live_game_move_latency_seconds")
                .help("time from a move's arrival at the use case to its answer (durable when accepted), by transport")
                .labelNames("transport").classicUpperBounds(LATENCY_BUCKETS).classicOnly().register(registry);
        for (String transport : TRANSPORTS) {
            latency.labelValues(transport); // the series exist from the start: rate() and the SLO rules see zeros, not gaps
            for (String outcome : OUTCOMES) moves.labelValues(transport, outcome);
        }
    }

    /** Records one move's answer; {@code outcome} is one of {@link #OUTCOMES}. */
    public void moved(String transport, String outcome, long nanos) {
        String t = TRANSPORTS.contains(transport) ? transport : RequestScope.OTHER;
        moves.labelValues(t, OUTCOMES.contains(outcome) ? outcome : "error").inc();
        DistributionDataPoint point = latency.labelValues(t);
        point.observe(nanos / 1e9);
    }
}
