package org.rookery.domain.matchmaking;

import java.time.Duration;

/**
 * How the matchmaker pairs: the rating window that widens with waiting time, and what it remembers
 * of past games; immutable.
 *
 * <p>A player who has waited t seconds accepts any opponent within
 * {@code min(baseWindow + windowGrowthPerSecond × t, maxWindow)} rating points; a pair needs both
 * players to accept each other.
 *
 * @param baseWindow            rating points accepted on joining (50)
 * @param windowGrowthPerSecond rating points added per second waited (10)
 * @param maxWindow             the widest window (500), reached after 45 s with the defaults
 * @param colorMemory           recent games whose colours count when choosing White (10, at most 30)
 * @param historyCapacity       players whose last opponent and colours are remembered; the least
 *                              recently paired are forgotten first (1 000 000)
 */
public record PairingConfig(double baseWindow, double windowGrowthPerSecond, double maxWindow, int colorMemory,
        int historyCapacity) {

    public static final int MAX_COLOR_MEMORY = 30;

    public PairingConfig {
        InvalidMatchmakingException.requireValue(Double.isFinite(baseWindow) && baseWindow >= 0,
                "base window must be a finite number ≥ 0", baseWindow);
        InvalidMatchmakingException.requireValue(Double.isFinite(windowGrowthPerSecond) && windowGrowthPerSecond >= 0,
                "window growth must be a finite number ≥ 0", windowGrowthPerSecond);
        InvalidMatchmakingException.requireValue(Double.isFinite(maxWindow) && maxWindow >= baseWindow,
                "max window must be finite and ≥ the base window", maxWindow);
        InvalidMatchmakingException.requireValue(colorMemory >= 1 && colorMemory <= MAX_COLOR_MEMORY,
                "colour memory must be 1 to " + MAX_COLOR_MEMORY + " games", colorMemory);
        InvalidMatchmakingException.requireValue(historyCapacity >= 1, "history capacity must be positive", historyCapacity);
    }

    /** Window 50 + 10 per second waited, at most 500; colours over the last 10 games; 1 000 000 players remembered. */
    public static PairingConfig defaults() {
        return new PairingConfig(50, 10, 500, 10, 1_000_000);
    }

    /** The rating window of a player who has waited {@code waited}. */
    public double windowAfter(Duration waited) {
        return windowAfterSeconds(waited.getSeconds() + waited.getNano() / 1e9);
    }

    double windowAfterSeconds(double waited) {
        return Math.min(baseWindow + windowGrowthPerSecond * Math.max(waited, 0), maxWindow);
    }

    /** How long a player waits until their window is the widest. */
    public Duration timeToMaxWindow() {
        if (windowGrowthPerSecond == 0) {
            return maxWindow == baseWindow ? Duration.ZERO : Duration.ofSeconds(Long.MAX_VALUE);
        }
        return Duration.ofNanos(Math.round((maxWindow - baseWindow) / windowGrowthPerSecond * 1e9));
    }
}
