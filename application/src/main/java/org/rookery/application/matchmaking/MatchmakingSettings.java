package org.rookery.application.matchmaking;

import java.time.Duration;
import java.util.Objects;
import org.rookery.domain.matchmaking.PairingConfig;
import org.rookery.domain.matchmaking.QueueConfig;

/**
 * Tuning of the matchmaking service. Immutable.
 *
 * @param queue               capacity and join interval of the queue
 * @param pairing             rating windows and history
 * @param waveInterval        time between two pairing waves
 * @param queueFullRetryAfter what a player turned away by a full queue is told to wait
 * @param retryFirstDelay     wait before the second attempt to create a match's game; doubles per failure
 * @param retryMaxDelay       the longest wait between two attempts
 * @param retriesPerWave      how many waiting matches a wave retries at most
 * @param newcomerRating      the rating a player without one in the pool is paired by
 */
public record MatchmakingSettings(QueueConfig queue, PairingConfig pairing, Duration waveInterval,
        Duration queueFullRetryAfter, Duration retryFirstDelay, Duration retryMaxDelay, int retriesPerWave,
        double newcomerRating) {

    public MatchmakingSettings {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(pairing, "pairing");
        positive(waveInterval, "waveInterval");
        positive(queueFullRetryAfter, "queueFullRetryAfter");
        positive(retryFirstDelay, "retryFirstDelay");
        positive(retryMaxDelay, "retryMaxDelay");
        if (retryMaxDelay.compareTo(retryFirstDelay) < 0) throw new IllegalArgumentException("retryMaxDelay must be ≥ retryFirstDelay");
        if (retriesPerWave < 1) throw new IllegalArgumentException("retriesPerWave must be positive");
        if (!Double.isFinite(newcomerRating)) throw new IllegalArgumentException("newcomerRating must be finite");
    }

    /** Queue and pairing defaults, a wave a second, retries after 1 s doubling up to 60 s, 1 000 retries per wave, newcomers at 1500. */
    public static MatchmakingSettings defaults() {
        return new MatchmakingSettings(QueueConfig.defaults(), PairingConfig.defaults(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(60), 1_000, 1500);
    }

    /** The wait after {@code failures} failed attempts: first delay × 2^(failures − 1), at most the max delay. */
    public Duration retryDelay(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), 30);
        Duration delay = retryFirstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(retryMaxDelay) > 0 ? retryMaxDelay : delay;
    }

    private static void positive(Duration d, String name) {
        if (d == null || !d.isPositive()) throw new IllegalArgumentException(name + " must be a positive duration");
    }
}
