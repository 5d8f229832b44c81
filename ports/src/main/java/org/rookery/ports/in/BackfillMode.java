package org.rookery.ports.in;

/** How a backfill treats the ratings it finds. Immutable. */
public enum BackfillMode {
    /**
     * Forget every rating and leaderboard, then replay every rated result of the log in order; live
     * results arriving meanwhile are held and applied once it ends. Yields exactly the ratings of
     * the live path.
     */
    RECALCULATE,
    /**
     * Keep the current ratings and offer every rated result since a given instant again: results
     * already applied are skipped, missing ones (lost by a consumer) are applied now.
     */
    CATCH_UP
}
