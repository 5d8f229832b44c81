package org.rookery.adapters.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How the HTTP adapter listens and what it tolerates: port (0 = any free one), request body and
 * WebSocket frame limits, the per-connection outbound queue (events a slow client may lag before
 * it is told to resume), keep-alive pings, guest token lifetime, the metrics token (blank: /metrics
 * refuses everyone) and the rate limits. Immutable.
 */
public record HttpSettings(
        String host,
        int port,
        long maxBodyBytes,
        int maxFrameBytes,
        int socketQueueCapacity,
        Duration pingInterval,
        Duration deadAfter,
        Duration guestTokenTtl,
        String metricsToken,
        RateLimitSettings rateLimits) {

    public static final HttpSettings DEFAULTS = new HttpSettings("0.0.0.0", 8080, 16 * 1024, 4 * 1024, 256,
            Duration.ofSeconds(20), Duration.ofSeconds(60), Duration.ofDays(7), "", RateLimitSettings.DEFAULTS);

    public HttpSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (maxBodyBytes < 256) throw new IllegalArgumentException("maxBodyBytes must be at least 256, got " + maxBodyBytes);
        if (maxFrameBytes < 256) throw new IllegalArgumentException("maxFrameBytes must be at least 256, got " + maxFrameBytes);
        if (socketQueueCapacity < 8) throw new IllegalArgumentException("socketQueueCapacity must be at least 8, got " + socketQueueCapacity);
        requirePositive(pingInterval, "pingInterval");
        requirePositive(deadAfter, "deadAfter");
        requirePositive(guestTokenTtl, "guestTokenTtl");
        if (deadAfter.compareTo(pingInterval) <= 0) throw new IllegalArgumentException("deadAfter must be longer than pingInterval");
        if (metricsToken == null) metricsToken = "";
        Objects.requireNonNull(rateLimits, "rateLimits");
    }

    public HttpSettings withPort(int newPort) {
        return new HttpSettings(host, newPort, maxBodyBytes, maxFrameBytes, socketQueueCapacity, pingInterval, deadAfter,
                guestTokenTtl, metricsToken, rateLimits);
    }

    public HttpSettings withRateLimits(RateLimitSettings limits) {
        return new HttpSettings(host, port, maxBodyBytes, maxFrameBytes, socketQueueCapacity, pingInterval, deadAfter,
                guestTokenTtl, metricsToken, limits);
    }

    public HttpSettings withKeepAlive(Duration ping, Duration dead) {
        return new HttpSettings(host, port, maxBodyBytes, maxFrameBytes, socketQueueCapacity, ping, dead, guestTokenTtl,
                metricsToken, rateLimits);
    }

    public HttpSettings withSocketQueueCapacity(int capacity) {
        return new HttpSettings(host, port, maxBodyBytes, maxFrameBytes, capacity, pingInterval, deadAfter, guestTokenTtl,
                metricsToken, rateLimits);
    }

    public HttpSettings withMetricsToken(String token) {
        return new HttpSettings(host, port, maxBodyBytes, maxFrameBytes, socketQueueCapacity, pingInterval, deadAfter,
                guestTokenTtl, token, rateLimits);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
}
