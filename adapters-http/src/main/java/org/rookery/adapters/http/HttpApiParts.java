package org.rookery.adapters.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.TimeSource;

/**
 * What the HTTP adapter needs from its composition root: the use cases, the rate limiter, the
 * time, the token key, a metrics registry, the readiness signal and the settings. The rating and
 * matchmaking routes are served only when their use cases are given (a process that runs only
 * live games leaves them out). Immutable (the secret is copied).
 */
public record HttpApiParts(
        LiveGameApi games,
        RateLimiter rateLimiter,
        TimeSource time,
        byte[] tokenSecret,
        PrometheusRegistry registry,
        BooleanSupplier ready,
        HttpSettings settings,
        Optional<RatingApi> ratings,
        Optional<MatchmakingApi> matchmaking) {
    public HttpApiParts {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(ratings, "ratings");
        Objects.requireNonNull(matchmaking, "matchmaking");
        if (tokenSecret == null || tokenSecret.length < JwtTokens.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must have at least " + JwtTokens.MIN_SECRET_BYTES + " bytes");
        }
        tokenSecret = tokenSecret.clone();
    }

    /** Live games only: no rating and no matchmaking routes. */
    public HttpApiParts(LiveGameApi games, RateLimiter rateLimiter, TimeSource time, byte[] tokenSecret,
            PrometheusRegistry registry, BooleanSupplier ready, HttpSettings settings) {
        this(games, rateLimiter, time, tokenSecret, registry, ready, settings, Optional.empty(), Optional.empty());
    }

    /** These parts, also serving the rating routes. */
    public HttpApiParts withRatings(RatingApi api) {
        return new HttpApiParts(games, rateLimiter, time, tokenSecret, registry, ready, settings, Optional.of(api), matchmaking);
    }

    /** These parts, also serving the matchmaking routes. */
    public HttpApiParts withMatchmaking(MatchmakingApi api) {
        return new HttpApiParts(games, rateLimiter, time, tokenSecret, registry, ready, settings, ratings, Optional.of(api));
    }
}
