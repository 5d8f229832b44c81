package org.rookery.adapters.http;

import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.TimeSource;

/**
 * What the HTTP adapter needs from its composition root: the use cases, the rate limiter, the
 * time, the token key, a metrics registry, the readiness signal and the settings. Immutable
 * (the secret is copied).
 */
public record HttpApiParts(
        LiveGameApi games,
        RateLimiter rateLimiter,
        TimeSource time,
        byte[] tokenSecret,
        PrometheusRegistry registry,
        BooleanSupplier ready,
        HttpSettings settings) {
    public HttpApiParts {
        Objects.requireNonNull(games, "games");
        Objects.requireNonNull(rateLimiter, "rateLimiter");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(ready, "ready");
        Objects.requireNonNull(settings, "settings");
        if (tokenSecret == null || tokenSecret.length < JwtTokens.MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the token secret must have at least " + JwtTokens.MIN_SECRET_BYTES + " bytes");
        }
        tokenSecret = tokenSecret.clone();
    }
}
