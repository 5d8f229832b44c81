package org.rookery.runtime.allinone;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import org.rookery.ports.in.GetMatchmakingStatsUseCase;
import org.rookery.ports.in.MatchmakingStats;

/**
 * Exposes matchmaking's counters and the game-creation circuit breaker on {@code /metrics}: read
 * at each scrape, so nothing is counted twice. Stateless.
 */
final class MatchmakingMetrics {
    private MatchmakingMetrics() {}

    static void register(PrometheusRegistry registry, GetMatchmakingStatsUseCase stats, CircuitBreaker breaker) {
        GaugeWithCallback.builder().name("rookery_matchmaking_waiting").help("players waiting in matchmaking")
                .callback(cb -> cb.call(stats.stats().waiting())).register(registry);
        GaugeWithCallback.builder().name("rookery_matchmaking_pending_retries").help("matches waiting for another attempt at their game")
                .callback(cb -> cb.call(stats.stats().pendingRetries())).register(registry);
        CounterWithCallback.builder().name("rookery_matchmaking_joins_total").help("matchmaking joins by outcome")
                .labelNames("outcome").callback(cb -> {
                    MatchmakingStats s = stats.stats();
                    cb.call(s.joinsAccepted(), "accepted");
                    cb.call(s.rateLimited(), "rate_limited");
                    cb.call(s.queueFull(), "queue_full");
                    cb.call(s.matchPending(), "match_pending");
                }).register(registry);
        CounterWithCallback.builder().name("rookery_matchmaking_matches_total").help("matches by what became of them")
                .labelNames("stage").callback(cb -> {
                    MatchmakingStats s = stats.stats();
                    cb.call(s.matchesMade(), "made");
                    cb.call(s.gamesCreated(), "game_created");
                    cb.call(s.creationFailures(), "creation_failed");
                    cb.call(s.cancelled(), "cancelled");
                }).register(registry);
        CounterWithCallback.builder().name("rookery_matchmaking_waves_total").help("pairing waves run")
                .callback(cb -> cb.call(stats.stats().waves())).register(registry);
        GaugeWithCallback.builder().name("rookery_game_creation_breaker_state")
                .help("1 for the current state of the circuit breaker around match game creation").labelNames("state")
                .callback(cb -> {
                    CircuitBreaker.State current = breaker.getState();
                    for (CircuitBreaker.State state : CircuitBreaker.State.values()) {
                        cb.call(state == current ? 1 : 0, state.name().toLowerCase(Locale.ROOT));
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("rookery_game_creation_breaker_failure_rate")
                .help("failure rate (percent) of match game creation in the breaker's window, -1 below the minimum calls")
                .callback(cb -> cb.call(breaker.getMetrics().getFailureRate())).register(registry);
    }
}
