package org.rookery.adapters.uci;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.rookery.adapters.uci.EnginePoolListener.Outcome;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineException;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.SlaTier;
import org.rookery.ports.out.engine.TierQueueFullException;

/**
 * The engine port on a pool of UCI engine processes with SLA tiers: requests wait in their tier's
 * bounded queue (a full queue refuses at once), engines serve the most urgent tier first, and no
 * caller waits past the sooner of its timeout and its tier's budget. Every move an engine returns
 * is checked with our rules. Thread-safe; close it to stop the engines.
 */
public final class UciPositionAnalyst implements PositionAnalyst, AutoCloseable {
    /** How long past its deadline a caller waits for an engine that is being stopped or killed. */
    private static final long KILL_MARGIN_NANOS = TimeUnit.SECONDS.toNanos(3);
    private final EnginePoolSettings settings;
    private final EnginePoolListener listener;
    private final TierQueues queues;
    private final List<Thread> workers = new ArrayList<>();

    private UciPositionAnalyst(EnginePoolSettings settings, EnginePoolListener listener) {
        this.settings = settings;
        this.listener = listener;
        this.queues = new TierQueues(settings.tiers());
    }

    /** Starts the pool's engines (in the background: requests wait for them within their budget). */
    public static UciPositionAnalyst start(EnginePoolSettings settings, EnginePoolListener listener) {
        UciPositionAnalyst pool = new UciPositionAnalyst(settings, listener);
        for (int i = 0; i < settings.size(); i++) {
            pool.workers.add(Thread.ofPlatform().daemon().name("uci-engine-" + i)
                    .start(new EngineWorker(settings, pool.queues, listener)));
        }
        return pool;
    }

    @Override
    public Analysis analyze(AnalysisRequest request) {
        SlaTier tier = request.tier();
        Duration budget = settings.tier(tier).budget();
        Duration allowed = request.timeout().compareTo(budget) < 0 ? request.timeout() : budget;
        EngineJob job = new EngineJob(request, allowed, System.nanoTime());
        int length;
        try {
            length = queues.offer(job);
        } catch (TierQueueFullException e) {
            listener.rejected(tier);
            throw e;
        }
        listener.queued(tier, length);
        return await(job);
    }

    /** How many requests of the tier wait for an engine now. */
    public int queueLength(SlaTier tier) {
        return queues.length(tier);
    }

    public EnginePoolSettings settings() {
        return settings;
    }

    /** Refuses new requests, fails the waiting ones, stops every engine and waits (briefly) for them. */
    @Override
    public void close() {
        for (EngineJob left : queues.close()) {
            left.answer().completeExceptionally(new EngineUnavailableException("the engine pool closed"));
        }
        workers.forEach(Thread::interrupt);
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Analysis await(EngineJob job) {
        try {
            try {
                return job.answer().get(job.deadline() - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                if (queues.withdraw(job)) {
                    listener.finished(job.tier(), Outcome.EXPIRED_IN_QUEUE, job.allowed());
                    throw new EngineTimeoutException(job.allowed(), "no engine was free for this " + job.tier() + " request");
                }
                // An engine has it and stops it by the deadline (or is killed): its answer comes soon.
                return job.answer().get(KILL_MARGIN_NANOS, TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof EngineException known) throw known;
            throw new EngineUnavailableException("the engine failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            job.abandon();
            throw new EngineTimeoutException(job.allowed(), "the engine did not stop in time");
        } catch (InterruptedException e) {
            job.abandon();
            queues.withdraw(job);
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("interrupted while waiting for an engine", e);
        }
    }
}
