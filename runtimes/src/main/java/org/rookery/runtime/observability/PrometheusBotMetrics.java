package org.rookery.runtime.observability;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Locale;
import org.rookery.bot.BotMetrics;
import org.rookery.bot.BreakerState;
import org.rookery.bot.Budget;
import org.rookery.bot.MoveSource;

/**
 * The bots' reports as Prometheus metrics: {@code rookery_bot_moves_total} and
 * {@code rookery_bot_move_seconds} by source ({@code book}, {@code engine}, {@code random}),
 * {@code rookery_bot_timeouts_total} by budget, and their circuit breakers' transitions and states
 * in {@link CircuitBreakerMetrics}. Labels from the bots' enums and breaker names. Thread-safe and
 * non-blocking.
 */
public final class PrometheusBotMetrics implements BotMetrics {
    private final Counter moves;
    private final Histogram thinking;
    private final Counter timeouts;
    private final CircuitBreakerMetrics breakers;

    public PrometheusBotMetrics(PrometheusRegistry registry, CircuitBreakerMetrics breakers) {
        this.breakers = breakers;
        moves = Counter.builder().withoutExemplars().name("rookery_bot_moves_total").help("moves bots played, by where the move came from")
                .labelNames("source").register(registry);
        thinking = Histogram.builder().withoutExemplars().name("rookery_bot_move_seconds").help("time from a bot's turn to its move, by source")
                .labelNames("source").classicUpperBounds(0.01, 0.05, 0.1, 0.5, 1, 2, 5, 10, 20, 30, 60).classicOnly().register(registry);
        timeouts = Counter.builder().withoutExemplars().name("rookery_bot_timeouts_total").help("bot calls that ran out of their budget")
                .labelNames("budget").register(registry);
        for (MoveSource s : MoveSource.values()) moves.labelValues(label(s));
        for (Budget b : Budget.values()) timeouts.labelValues(label(b));
    }

    @Override
    public void moved(MoveSource source, Duration took) {
        moves.labelValues(label(source)).inc();
        thinking.labelValues(label(source)).observe(took.toNanos() / 1e9);
    }

    @Override
    public void timedOut(Budget budget) {
        timeouts.labelValues(label(budget)).inc();
    }

    @Override
    public void breakerTransition(String breaker, BreakerState from, BreakerState to) {
        breakers.transition("bot-" + breaker, label(from), label(to));
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
