package org.rookery.adapters.uci;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.TierQueueFullException;

/**
 * The pool's waiting requests, one bounded queue per SLA tier. Engines take the oldest request of
 * the most urgent tier that may still have an engine ({@link TierPolicy#maxEngines()}); a request
 * beyond its tier's queue limit is refused at once. Thread-safe.
 */
final class TierQueues {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Map<SlaTier, ArrayDeque<EngineJob>> waiting = new EnumMap<>(SlaTier.class);
    private final Map<SlaTier, Integer> running = new EnumMap<>(SlaTier.class);
    private final Map<SlaTier, TierPolicy> policies;
    private boolean closed;

    TierQueues(Map<SlaTier, TierPolicy> policies) {
        this.policies = new EnumMap<>(policies);
        for (SlaTier tier : SlaTier.values()) {
            waiting.put(tier, new ArrayDeque<>());
            running.put(tier, 0);
        }
    }

    /**
     * Queues the job and returns the tier's queue length with it.
     *
     * @throws TierQueueFullException when the tier's queue is full
     * @throws EngineUnavailableException when the pool is closed
     */
    int offer(EngineJob job) {
        lock.lock();
        try {
            if (closed) throw new EngineUnavailableException("the engine pool is closed");
            ArrayDeque<EngineJob> queue = waiting.get(job.tier());
            int limit = policies.get(job.tier()).queueLimit();
            if (queue.size() >= limit) throw new TierQueueFullException(job.tier(), limit);
            queue.addLast(job);
            changed.signalAll();
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** Waits for the next job an engine may take, or returns null once the queues are closed. */
    EngineJob take() throws InterruptedException {
        lock.lock();
        try {
            while (!closed) {
                for (SlaTier tier : SlaTier.values()) { // declared most urgent first
                    ArrayDeque<EngineJob> queue = waiting.get(tier);
                    if (!queue.isEmpty() && running.get(tier) < policies.get(tier).maxEngines()) {
                        running.merge(tier, 1, Integer::sum);
                        return queue.pollFirst();
                    }
                }
                changed.await();
            }
            return null;
        } finally {
            lock.unlock();
        }
    }

    /** An engine is done with a job it took. */
    void done(EngineJob job) {
        lock.lock();
        try {
            running.merge(job.tier(), -1, Integer::sum);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Takes a job back out of its queue; false when an engine already has it. */
    boolean withdraw(EngineJob job) {
        lock.lock();
        try {
            return waiting.get(job.tier()).remove(job);
        } finally {
            lock.unlock();
        }
    }

    int length(SlaTier tier) {
        lock.lock();
        try {
            return waiting.get(tier).size();
        } finally {
            lock.unlock();
        }
    }

    /** Closes the queues and hands back the jobs still waiting. */
    List<EngineJob> close() {
        lock.lock();
        try {
            closed = true;
            List<EngineJob> left = new ArrayList<>();
            waiting.values().forEach(queue -> {
                left.addAll(queue);
                queue.clear();
            });
            changed.signalAll();
            return left;
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }
}
