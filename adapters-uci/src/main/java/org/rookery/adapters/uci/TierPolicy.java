package org.rookery.adapters.uci;

import java.time.Duration;
import java.util.Objects;

/**
 * What one SLA tier gets from the engine pool: a time budget (the longest a request of the tier
 * may take, queue included; a request may ask for less), how many requests may wait in its queue
 * (one more is refused at once), and how many engines may work on it at the same time (fewer than
 * the pool's size keeps engines free for the tiers above). Immutable.
 */
public record TierPolicy(Duration budget, int queueLimit, int maxEngines) {
    public TierPolicy {
        Objects.requireNonNull(budget, "budget");
        if (!budget.isPositive()) throw new IllegalArgumentException("budget must be positive, got " + budget);
        if (queueLimit < 1) throw new IllegalArgumentException("queueLimit must be at least 1, got " + queueLimit);
        if (maxEngines < 1) throw new IllegalArgumentException("maxEngines must be at least 1, got " + maxEngines);
    }
}
