package org.rookery.runtime.allinone;

import io.opentelemetry.api.OpenTelemetry;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.List;
import org.rookery.application.game.LiveGameService;
import org.rookery.application.relay.LogRelay;
import org.rookery.ports.out.TimeSource;
import org.rookery.runtime.observability.CircuitBreakerMetrics;
import org.rookery.runtime.observability.LiveGameMetrics;
import org.rookery.runtime.observability.LogSetup;
import org.rookery.runtime.observability.RelayMetrics;
import org.rookery.runtime.observability.Tracing;

/**
 * The all-in-one runtime's metrics registry (JVM and process metrics included) and tracing
 * ({@code rookery.tracing}), and what it watches: live games, relays, matchmaking and its circuit
 * breaker. {@link #close()} flushes and stops the trace exporter. Thread-safe once built.
 */
final class Observability implements AutoCloseable {
    final PrometheusRegistry registry = new PrometheusRegistry();
    private final Tracing tracing;

    private Observability(Tracing tracing) {
        this.tracing = tracing;
        JvmMetrics.builder().register(registry);
    }

    static Observability start(Configuration config) {
        return new Observability(Tracing.start(tracingMode(config), "rookery"));
    }

    static Tracing.Mode tracingMode(Configuration config) {
        try {
            return Tracing.mode(config.text(ConfigKeys.TRACING, "off"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(ConfigKeys.TRACING + " " + e.getMessage(), e);
        }
    }

    static LogSetup.Format logFormat(Configuration config) {
        try {
            return LogSetup.format(config.text(ConfigKeys.LOG_FORMAT, "auto"));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(ConfigKeys.LOG_FORMAT + " " + e.getMessage(), e);
        }
    }

    /** Registers the gauges and counters of the running services. */
    void watch(LiveGameService liveGames, List<LogRelay<?>> relays, TimeSource time, RatingsAndMatchmaking ranked) {
        LiveGameMetrics.register(registry, liveGames::activeGames);
        RelayMetrics.register(registry, relays, time);
        MatchmakingMetrics.register(registry, ranked.matchmaking.service());
        new CircuitBreakerMetrics(registry).watch(ranked.gameCreator.circuitBreaker());
    }

    OpenTelemetry telemetry() {
        return tracing.telemetry();
    }

    @Override
    public void close() {
        tracing.close();
    }
}
