package org.rookery.runtime.allinone;

import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Locale;
import java.util.Map;
import org.rookery.adapters.uci.EnginePoolCounters;
import org.rookery.adapters.uci.EnginePoolListener.Outcome;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.adapters.uci.UciPositionAnalyst;
import org.rookery.bot.BotCounters;
import org.rookery.bot.Bots;
import org.rookery.bot.BreakerState;
import org.rookery.bot.Budget;
import org.rookery.bot.MoveSource;
import org.rookery.ports.out.engine.SlaTier;

/**
 * Exposes the bots' and the engine pool's counters on {@code /metrics} under the names
 * docs/bots.md gives, read at each scrape (nothing is counted twice). Every label takes its
 * values from an enum of the code (sources, budgets, breakers and their states, tiers, outcomes,
 * reasons) or from the configured engine's name, never from a request. Stateless.
 */
final class ComputerMetrics {
    private ComputerMetrics() {}

    static void registerBots(PrometheusRegistry registry, Bots bots, BotCounters counters, String engine) {
        GaugeWithCallback.builder().name("rookery_bot_engine_info").help("1, labelled with what the bots and analyses think with")
                .labelNames("engine").callback(cb -> cb.call(1, engine)).register(registry);
        GaugeWithCallback.builder().name("rookery_bots_playing").help("games bots play now").callback(cb -> cb.call(bots.playing())).register(registry);
        CounterWithCallback.builder().name("rookery_bot_moves_total").help("bot moves by where they came from").labelNames("source")
                .callback(cb -> {
                    for (MoveSource s : MoveSource.values()) cb.call(counters.moveCount(s), label(s));
                }).register(registry);
        CounterWithCallback.builder().name("rookery_bot_thinking_seconds_total").help("time bots spent choosing their moves, by source")
                .labelNames("source").callback(cb -> {
                    for (MoveSource s : MoveSource.values()) cb.call(counters.thinkingTime(s).toNanos() / 1e9, label(s));
                }).register(registry);
        CounterWithCallback.builder().name("rookery_bot_timeouts_total").help("bot calls that ran out of their budget").labelNames("budget")
                .callback(cb -> {
                    for (Budget b : Budget.values()) cb.call(counters.timeoutCount(b), label(b));
                }).register(registry);
        Map<String, java.util.function.Supplier<BreakerState>> breakers = Map.of(Bots.ENGINE_GUARD, bots::engineBreaker, Bots.BOOK_GUARD, bots::bookBreaker);
        GaugeWithCallback.builder().name("rookery_bot_breaker_state").help("1 for the current state of each bot circuit breaker")
                .labelNames("breaker", "state").callback(cb -> breakers.forEach((name, state) -> {
                    BreakerState current = state.get();
                    for (BreakerState s : BreakerState.values()) cb.call(s == current ? 1 : 0, name, label(s));
                })).register(registry);
        CounterWithCallback.builder().name("rookery_bot_breaker_transitions_total").help("bot circuit breaker transitions")
                .labelNames("breaker", "from", "to").callback(cb -> breakers.keySet().forEach(name -> {
                    for (BreakerState from : BreakerState.values()) {
                        for (BreakerState to : BreakerState.values()) {
                            if (from != to) cb.call(counters.transitionCount(name, from, to), name, label(from), label(to));
                        }
                    }
                })).register(registry);
    }

    static void registerEngine(PrometheusRegistry registry, UciPositionAnalyst pool, EnginePoolCounters counters) {
        GaugeWithCallback.builder().name("rookery_engine_queue_length").help("engine requests waiting, by tier").labelNames("tier")
                .callback(cb -> perTier(tier -> cb.call(pool.queueLength(tier), label(tier)))).register(registry);
        CounterWithCallback.builder().name("rookery_engine_queued_total").help("engine requests queued, by tier").labelNames("tier")
                .callback(cb -> perTier(tier -> cb.call(counters.queuedCount(tier), label(tier)))).register(registry);
        CounterWithCallback.builder().name("rookery_engine_rejected_total").help("engine requests refused because the tier's queue was full")
                .labelNames("tier").callback(cb -> perTier(tier -> cb.call(counters.rejectedCount(tier), label(tier)))).register(registry);
        CounterWithCallback.builder().name("rookery_engine_started_total").help("engine requests an engine took, by tier").labelNames("tier")
                .callback(cb -> perTier(tier -> cb.call(counters.startedCount(tier), label(tier)))).register(registry);
        CounterWithCallback.builder().name("rookery_engine_wait_seconds_total").help("queue wait of the requests an engine took, by tier")
                .labelNames("tier").callback(cb -> perTier(tier -> cb.call(counters.totalWait(tier).toNanos() / 1e9, label(tier)))).register(registry);
        GaugeWithCallback.builder().name("rookery_engine_wait_seconds_max").help("longest queue wait so far, by tier").labelNames("tier")
                .callback(cb -> perTier(tier -> cb.call(counters.longestWait(tier).toNanos() / 1e9, label(tier)))).register(registry);
        CounterWithCallback.builder().name("rookery_engine_requests_total").help("engine requests by tier and how they ended")
                .labelNames("tier", "outcome").callback(cb -> perTier(tier -> {
                    for (Outcome o : Outcome.values()) cb.call(counters.finishedCount(tier, o), label(tier), label(o));
                })).register(registry);
        CounterWithCallback.builder().name("rookery_engine_replacements_total").help("engine processes killed and replaced, by reason")
                .labelNames("reason").callback(cb -> {
                    for (Replacement r : Replacement.values()) cb.call(counters.replacementCount(r), label(r));
                }).register(registry);
    }

    private static void perTier(java.util.function.Consumer<SlaTier> each) {
        for (SlaTier tier : SlaTier.values()) each.accept(tier);
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
