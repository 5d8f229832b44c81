package org.rookery.bot;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link BotMetrics} that count: moves per source (and their total thinking time), timeouts per
 * budget, breaker transitions and each breaker's current state. A runtime exports them (the names
 * are in docs/bots.md). Thread-safe.
 */
public final class BotCounters implements BotMetrics {
    private final Map<MoveSource, AtomicLong> moves = new EnumMap<>(MoveSource.class);
    private final Map<MoveSource, AtomicLong> thinkingNanos = new EnumMap<>(MoveSource.class);
    private final Map<Budget, AtomicLong> timeouts = new EnumMap<>(Budget.class);
    private final Map<String, AtomicLong> transitions = new ConcurrentHashMap<>();
    private final Map<String, BreakerState> states = new ConcurrentHashMap<>();

    public BotCounters() {
        for (MoveSource source : MoveSource.values()) {
            moves.put(source, new AtomicLong());
            thinkingNanos.put(source, new AtomicLong());
        }
        for (Budget budget : Budget.values()) timeouts.put(budget, new AtomicLong());
    }

    @Override
    public void moved(MoveSource source, Duration took) {
        moves.get(source).incrementAndGet();
        thinkingNanos.get(source).addAndGet(took.toNanos());
    }

    @Override
    public void timedOut(Budget budget) {
        timeouts.get(budget).incrementAndGet();
    }

    @Override
    public void breakerTransition(String breaker, BreakerState from, BreakerState to) {
        transitions.computeIfAbsent(breaker + ":" + from + "->" + to, k -> new AtomicLong()).incrementAndGet();
        states.put(breaker, to);
    }

    public long moveCount(MoveSource source) {
        return moves.get(source).get();
    }

    public Duration thinkingTime(MoveSource source) {
        return Duration.ofNanos(thinkingNanos.get(source).get());
    }

    public long timeoutCount(Budget budget) {
        return timeouts.get(budget).get();
    }

    public long transitionCount(String breaker, BreakerState from, BreakerState to) {
        AtomicLong count = transitions.get(breaker + ":" + from + "->" + to);
        return count == null ? 0 : count.get();
    }

    /** The breaker's state after its last transition; CLOSED before any. */
    public BreakerState state(String breaker) {
        return states.getOrDefault(breaker, BreakerState.CLOSED);
    }
}
