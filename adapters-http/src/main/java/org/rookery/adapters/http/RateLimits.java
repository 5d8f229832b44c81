package org.rookery.adapters.http;

import java.time.Duration;
import org.rookery.adapters.http.RateLimitSettings.Action;
import org.rookery.ports.out.RateLimiter;
import org.rookery.ports.out.RateLimiter.Decision;
import org.rookery.ports.out.RateLimiter.Limit;

/**
 * Applies the configured limits through the {@link RateLimiter} port: an action must pass both
 * the caller's user bucket and its IP bucket. Thread-safe.
 */
public final class RateLimits {
    private final RateLimiter limiter;
    private final RateLimitSettings settings;
    private final HttpMetrics metrics;

    public RateLimits(RateLimiter limiter, RateLimitSettings settings, HttpMetrics metrics) {
        this.limiter = limiter;
        this.settings = settings;
        this.metrics = metrics;
    }

    /** Spends a permit for the action, or throws a 429 {@code rate_limited} problem with the wait. */
    public void check(Action action, String userId, String ip) {
        Duration wait = waitFor(action, userId, ip);
        if (wait != null) {
            throw new ApiProblemException(429, "rate_limited", "too many " + action.key() + " requests; retry in "
                    + Math.max(1, wait.toMillis()) + " ms", wait);
        }
    }

    /** Spends a permit for the action; null when allowed, else how long to wait. */
    public Duration waitFor(Action action, String userId, String ip) {
        Duration wait = null;
        Limit byUser = settings.perUser().get(action);
        if (byUser != null && userId != null) wait = refusal(limiter.tryAcquire(action.key() + ":user:" + userId, byUser));
        Limit byIp = settings.perIp().get(action);
        if (wait == null && byIp != null && ip != null) wait = refusal(limiter.tryAcquire(action.key() + ":ip:" + ip, byIp));
        if (wait != null) metrics.rateLimited(action);
        return wait;
    }

    private static Duration refusal(Decision decision) {
        return decision.allowed() ? null : decision.retryAfter();
    }
}
