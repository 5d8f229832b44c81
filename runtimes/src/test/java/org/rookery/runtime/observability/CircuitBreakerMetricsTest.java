package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.MetricsScrape;

/** A breaker's state is a one-hot gauge and each transition is counted by from and to. */
class CircuitBreakerMetricsTest {
    @Test
    void opening_and_closing_shows_in_the_state_and_the_transitions() throws Exception {
        PrometheusRegistry registry = new PrometheusRegistry();
        CircuitBreakerMetrics metrics = new CircuitBreakerMetrics(registry);
        CircuitBreaker breaker = CircuitBreaker.ofDefaults("engine");
        metrics.watch(breaker);
        breaker.transitionToOpenState();
        MetricsScrape open = scrape(registry);
        assertThat(open.value("rookery_circuit_breaker_state{breaker=\"engine\",state=\"open\"}")).isEqualTo(1);
        assertThat(open.value("rookery_circuit_breaker_state{breaker=\"engine\",state=\"closed\"}")).isZero();
        breaker.transitionToHalfOpenState();
        breaker.transitionToClosedState();
        MetricsScrape closed = scrape(registry);
        assertThat(closed.value("rookery_circuit_breaker_transitions_total{breaker=\"engine\",from=\"closed\",to=\"open\"}")).isEqualTo(1);
        assertThat(closed.value("rookery_circuit_breaker_transitions_total{breaker=\"engine\",from=\"half_open\",to=\"closed\"}")).isEqualTo(1);
        assertThat(closed.value("rookery_circuit_breaker_state{breaker=\"engine\",state=\"closed\"}")).isEqualTo(1);
        assertThatThrownBy(() -> metrics.watch(CircuitBreaker.ofDefaults("engine"))).hasMessageContaining("watched already");
    }

    private static MetricsScrape scrape(PrometheusRegistry registry) throws Exception {
        var out = new ByteArrayOutputStream();
        PrometheusTextFormatWriter.create().write(out, registry.scrape());
        return new MetricsScrape(out.toString(StandardCharsets.UTF_8));
    }
}
