package org.rookery.adapters.uci;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import org.rookery.ports.out.engine.SlaTier;

/**
 * An {@link EnginePoolListener} that counts: requests queued, refused and ended (by outcome), the
 * total and longest queue wait per tier, and engine replacements per reason. A runtime exports
 * these as metrics (docs/bots.md names them). Thread-safe.
 */
public final class EnginePoolCounters implements EnginePoolListener {
    private final Map<SlaTier, AtomicLong> queued = perTier();
    private final Map<SlaTier, AtomicLong> rejected = perTier();
    private final Map<SlaTier, AtomicLong> started = perTier();
    private final Map<SlaTier, AtomicLong> waitNanos = perTier();
    private final Map<SlaTier, LongAccumulator> longestWaitNanos = new EnumMap<>(SlaTier.class);
    private final Map<SlaTier, Map<Outcome, AtomicLong>> finished = new EnumMap<>(SlaTier.class);
    private final Map<Replacement, AtomicLong> replacements = new ConcurrentHashMap<>();

    public EnginePoolCounters() {
        for (SlaTier tier : SlaTier.values()) {
            longestWaitNanos.put(tier, new LongAccumulator(Math::max, 0));
            Map<Outcome, AtomicLong> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) outcomes.put(outcome, new AtomicLong());
            finished.put(tier, outcomes);
        }
        for (Replacement reason : Replacement.values()) replacements.put(reason, new AtomicLong());
    }

    @Override
    public void queued(SlaTier tier, int queueLength) {
        queued.get(tier).incrementAndGet();
    }

    @Override
    public void rejected(SlaTier tier) {
        rejected.get(tier).incrementAndGet();
    }

    @Override
    public void started(SlaTier tier, Duration waited) {
        started.get(tier).incrementAndGet();
        waitNanos.get(tier).addAndGet(waited.toNanos());
        longestWaitNanos.get(tier).accumulate(waited.toNanos());
    }

    @Override
    public void finished(SlaTier tier, Outcome outcome, Duration took) {
        finished.get(tier).get(outcome).incrementAndGet();
    }

    @Override
    public void engineReplaced(String engine, Replacement reason) {
        replacements.get(reason).incrementAndGet();
    }

    public long queuedCount(SlaTier tier) {
        return queued.get(tier).get();
    }

    public long rejectedCount(SlaTier tier) {
        return rejected.get(tier).get();
    }

    /** Requests an engine took; with {@link #totalWait} it gives the mean wait. */
    public long startedCount(SlaTier tier) {
        return started.get(tier).get();
    }

    public Duration totalWait(SlaTier tier) {
        return Duration.ofNanos(waitNanos.get(tier).get());
    }

    public Duration longestWait(SlaTier tier) {
        return Duration.ofNanos(longestWaitNanos.get(tier).get());
    }

    public long finishedCount(SlaTier tier, Outcome outcome) {
        return finished.get(tier).get(outcome).get();
    }

    public long replacementCount(Replacement reason) {
        return replacements.get(reason).get();
    }

    private static Map<SlaTier, AtomicLong> perTier() {
        Map<SlaTier, AtomicLong> map = new EnumMap<>(SlaTier.class);
        for (SlaTier tier : SlaTier.values()) map.put(tier, new AtomicLong());
        return map;
    }
}
