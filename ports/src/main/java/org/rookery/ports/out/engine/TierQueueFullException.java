package org.rookery.ports.out.engine;

/**
 * Thrown at once, without waiting, when a tier's queue already holds as many requests as it may:
 * the caller should back off (an HTTP caller answers 429 or 503). Immutable.
 */
public final class TierQueueFullException extends EngineException {
    private static final long serialVersionUID = 1L;
    private final SlaTier tier;
    private final int limit;

    public TierQueueFullException(SlaTier tier, int limit) {
        super("the " + tier.name().toLowerCase(java.util.Locale.ROOT) + " engine queue is full (" + limit + " waiting)", null);
        this.tier = tier;
        this.limit = limit;
    }

    public SlaTier tier() {
        return tier;
    }

    /** How many requests the tier's queue holds at most. */
    public int limit() {
        return limit;
    }
}
