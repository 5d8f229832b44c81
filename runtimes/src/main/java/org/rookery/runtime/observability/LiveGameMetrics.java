package org.rookery.runtime.observability;

import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.IntSupplier;

/** {@code live_game_active_games}: games in memory on this node that have not ended (waiting or in progress), read at each scrape. Stateless. */
public final class LiveGameMetrics {
    private LiveGameMetrics() {}

    public static void register(PrometheusRegistry registry, IntSupplier activeGames) {
        GaugeWithCallback.builder().name("live_game_active_games").help("games on this node that have not ended (waiting for an opponent or in progress)")
                .callback(cb -> cb.call(activeGames.getAsInt())).register(registry);
    }
}
