package org.rookery.runtime.allinone;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import org.rookery.ports.in.GetMatchmakingStatsUseCase;
import org.rookery.ports.in.MatchmakingStats;

/**
 * Exposes matchmaking's counters on {@code /metrics} (its circuit breaker is {@code CircuitBreakerMetrics}'s): read
 * at each scrape, so nothing is counted twice. Stateless.
 */
final class MatchmakingMetrics {
    private MatchmakingMetrics() {}

    static void register(PrometheusRegistry registry, GetMatchmakingStatsUseCase stats) {
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
    }
}
