package org.rookery.adapters.uci;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.rookery.ports.out.engine.SlaTier;

/**
 * How the UCI engine pool runs: which engine, how many processes, the UCI {@code Threads} and
 * {@code Hash} (MB) of each, the policy of each SLA tier, how long an engine may take to start,
 * how long before a request's deadline the search is told to {@code stop} (the engine then
 * answers with its best move so far; an engine that still says nothing by the deadline is
 * killed), and how long to wait before starting again an engine that failed to start. Immutable.
 */
public record EnginePoolSettings(EngineCommand engine, int size, int threads, int hashMb, Map<SlaTier, TierPolicy> tiers,
        Duration startTimeout, Duration stopGrace, Duration restartBackoff) {

    public EnginePoolSettings {
        Objects.requireNonNull(engine, "engine");
        if (size < 1) throw new IllegalArgumentException("size must be at least 1, got " + size);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        if (hashMb < 1) throw new IllegalArgumentException("hashMb must be at least 1, got " + hashMb);
        tiers = Map.copyOf(new EnumMap<>(tiers));
        for (SlaTier tier : SlaTier.values()) {
            if (!tiers.containsKey(tier)) throw new IllegalArgumentException("no policy for the " + tier + " tier");
        }
        requirePositive(startTimeout, "startTimeout");
        requirePositive(stopGrace, "stopGrace");
        requirePositive(restartBackoff, "restartBackoff");
    }

    /**
     * {@code size} single-threaded engines with 16 MB of hash each; critical requests (a bot's
     * move) get 20 s and 256 places, normal ones (a player's analysis) 10 s and 32 places, low ones
     * (background work) 60 s and 16 places and never the last engine, so a critical request waits
     * for no low one when the pool has two engines or more.
     */
    public static EnginePoolSettings defaults(EngineCommand engine, int size) {
        Map<SlaTier, TierPolicy> tiers = new EnumMap<>(SlaTier.class);
        tiers.put(SlaTier.CRITICAL, new TierPolicy(Duration.ofSeconds(20), 256, size));
        tiers.put(SlaTier.NORMAL, new TierPolicy(Duration.ofSeconds(10), 32, size));
        tiers.put(SlaTier.LOW, new TierPolicy(Duration.ofSeconds(60), 16, Math.max(1, size - 1)));
        return new EnginePoolSettings(engine, size, 1, 16, tiers, Duration.ofSeconds(10), Duration.ofMillis(300), Duration.ofSeconds(5));
    }

    public TierPolicy tier(SlaTier tier) {
        return tiers.get(tier);
    }

    public EnginePoolSettings withTier(SlaTier tier, TierPolicy policy) {
        Map<SlaTier, TierPolicy> changed = new EnumMap<>(tiers);
        changed.put(tier, policy);
        return new EnginePoolSettings(engine, size, threads, hashMb, changed, startTimeout, stopGrace, restartBackoff);
    }

    public EnginePoolSettings withTimings(Duration newStartTimeout, Duration newStopGrace, Duration newRestartBackoff) {
        return new EnginePoolSettings(engine, size, threads, hashMb, tiers, newStartTimeout, newStopGrace, newRestartBackoff);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (!d.isPositive()) throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
}
