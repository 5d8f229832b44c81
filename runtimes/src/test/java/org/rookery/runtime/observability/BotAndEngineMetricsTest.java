package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.MetricsScrape;
import org.rookery.adapters.uci.EnginePoolListener;
import org.rookery.bot.BreakerState;
import org.rookery.bot.Budget;
import org.rookery.bot.MoveSource;
import org.rookery.ports.out.engine.SlaTier;

/** The bots' and the engine pool's reports on Prometheus: moves by source, timeouts, breaker states from transitions, engine queues by tier. */
class BotAndEngineMetricsTest {
    private final PrometheusRegistry registry = new PrometheusRegistry();

    @Test
    void bot_moves_timeouts_and_a_breaker_known_by_its_transitions() throws Exception {
        CircuitBreakerMetrics breakers = new CircuitBreakerMetrics(registry);
        PrometheusBotMetrics bots = new PrometheusBotMetrics(registry, breakers);
        bots.moved(MoveSource.ENGINE, Duration.ofMillis(300));
        bots.moved(MoveSource.RANDOM, Duration.ofMillis(2));
        bots.timedOut(Budget.ENGINE);
        bots.breakerTransition("engine", BreakerState.CLOSED, BreakerState.OPEN);
        MetricsScrape open = scrape();
        assertThat(open.value("rookery_bot_moves_total{source=\"engine\"}")).isEqualTo(1);
        assertThat(open.value("rookery_bot_move_seconds_count{source=\"random\"}")).isEqualTo(1);
        assertThat(open.value("rookery_bot_timeouts_total{budget=\"engine\"}")).isEqualTo(1);
        assertThat(open.value("rookery_circuit_breaker_state{breaker=\"bot-engine\",state=\"open\"}")).isEqualTo(1);
        bots.breakerTransition("engine", BreakerState.OPEN, BreakerState.HALF_OPEN);
        MetricsScrape halfOpen = scrape();
        assertThat(halfOpen.value("rookery_circuit_breaker_state{breaker=\"bot-engine\",state=\"open\"}")).isZero();
        assertThat(halfOpen.value("rookery_circuit_breaker_state{breaker=\"bot-engine\",state=\"half_open\"}")).isEqualTo(1);
        assertThat(halfOpen.value("rookery_circuit_breaker_transitions_total{breaker=\"bot-engine\",from=\"closed\",to=\"open\"}")).isEqualTo(1);
        assertThatThrownBy(() -> breakers.transition("x", "closed", "exploded")).hasMessageContaining("unknown state");
    }

    @Test
    void engine_requests_refusals_waits_replacements_and_queue_lengths_by_tier() throws Exception {
        PrometheusEngineMetrics engines = new PrometheusEngineMetrics(registry);
        engines.watchQueues(tier -> tier == SlaTier.CRITICAL ? 3 : 0);
        engines.started(SlaTier.CRITICAL, Duration.ofMillis(40));
        engines.finished(SlaTier.CRITICAL, EnginePoolListener.Outcome.ANSWERED, Duration.ofMillis(900));
        engines.rejected(SlaTier.LOW);
        engines.engineReplaced("stockfish", EnginePoolListener.Replacement.HUNG);
        MetricsScrape s = scrape();
        assertThat(s.value("rookery_engine_queue_length{tier=\"critical\"}")).isEqualTo(3);
        assertThat(s.value("rookery_engine_requests_total{outcome=\"answered\",tier=\"critical\"}")).isEqualTo(1);
        assertThat(s.value("rookery_engine_rejected_total{tier=\"low\"}")).isEqualTo(1);
        assertThat(s.value("rookery_engine_queue_wait_seconds_count{tier=\"critical\"}")).isEqualTo(1);
        assertThat(s.value("rookery_engine_replacements_total{reason=\"hung\"}")).isEqualTo(1);
        assertThat(s.text()).doesNotContain("stockfish"); // the engine's name is no label
    }

    private MetricsScrape scrape() throws Exception {
        var out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return new MetricsScrape(out.toString(StandardCharsets.UTF_8));
    }
}
