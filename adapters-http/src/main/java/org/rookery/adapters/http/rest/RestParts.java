package org.rookery.adapters.http.rest;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.auth.RateLimits;
import org.rookery.adapters.http.json.JsonExchange;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.usecase.ComputerApi;
import org.rookery.adapters.http.usecase.HistoryApi;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.adapters.http.usecase.RatingApi;

/**
 * What the REST routes need: the use cases (ratings, matchmaking, the computer and history only when served), JSON in
 * and out, who calls and how often, the metrics, and the operational bits (guest token lifetime,
 * readiness, the registry /metrics shows and the token that guards it). Immutable.
 */
public record RestParts(
        LiveGameApi games,
        Optional<RatingApi> ratings,
        Optional<MatchmakingApi> matchmaking,
        Optional<ComputerApi> computer,
        Optional<HistoryApi> history,
        JsonExchange exchange,
        BearerAuthentication auth,
        RateLimits limits,
        HttpMetrics metrics,
        Duration guestTokenTtl,
        BooleanSupplier ready,
        PrometheusRegistry registry,
        String metricsToken) {
    public RestParts {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(matchmaking, "matchmaking");
        Objects.requireNonNull(computer, "computer");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(guestTokenTtl, "guestTokenTtl");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(metricsToken, "metricsToken");
    }
}
