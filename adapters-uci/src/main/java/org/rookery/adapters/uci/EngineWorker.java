package org.rookery.adapters.uci;

import java.time.Duration;
import org.rookery.adapters.uci.EnginePoolListener.Outcome;
import org.rookery.adapters.uci.EnginePoolListener.Replacement;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.EngineException;
import org.rookery.ports.out.engine.EngineTimeoutException;
import org.rookery.ports.out.engine.EngineUnavailableException;

/**
 * One engine process and the thread that feeds it requests from the tier queues. A process that
 * crashes, hangs or answers an illegal move is killed and replaced; the request is tried once
 * more on the new process when its deadline leaves room (never after a hang, which used the time
 * up). A process that will not start is tried again only after a back-off, and requests meanwhile
 * fail fast. Its {@link #run()} runs on one thread; the engine belongs to that thread.
 */
final class EngineWorker implements Runnable {
    private static final System.Logger LOG = System.getLogger(EngineWorker.class.getName());
    private static final long MIN_RETRY_NANOS = 100_000_000;
    private final EnginePoolSettings settings;
    private final TierQueues queues;
    private final EnginePoolListener listener;
    private UciEngine engine;
    private long nextStartAt = System.nanoTime();
    private String lastStartFailure = "";

    EngineWorker(EnginePoolSettings settings, TierQueues queues, EnginePoolListener listener) {
        this.settings = settings;
        this.queues = queues;
        this.listener = listener;
    }

    @Override
    public void run() {
        try {
            startQuietly();
            for (EngineJob job = queues.take(); job != null; job = queues.take()) {
                try {
                    serve(job);
                } finally {
                    queues.done(job);
                }
                if (engine == null && !queues.isClosed()) startQuietly(); // a replacement, ready before the next request
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the pool is closing
        } finally {
            if (engine != null) engine.close();
        }
    }

    private void serve(EngineJob job) {
        long now = System.nanoTime();
        if (job.abandoned() || now >= job.deadline()) {
            Duration waited = Duration.ofNanos(now - job.queuedAt());
            fail(job, new EngineTimeoutException(job.allowed(), "waited " + waited.toMillis() + " ms in the " + job.tier() + " queue"), Outcome.EXPIRED_IN_QUEUE);
            return;
        }
        listener.started(job.tier(), Duration.ofNanos(now - job.queuedAt()));
        for (int attempt = 1; ; attempt++) {
            try {
                UciEngine ready = engine();
                if (System.nanoTime() >= job.deadline()) throw new EngineTimeoutException(job.allowed(), "the deadline passed while " + ready.name() + " started");
                Analysis analysis = ready.search(job.request(), job.deadline(), job::abandoned);
                job.answer().complete(analysis);
                listener.finished(job.tier(), Outcome.ANSWERED, since(job.queuedAt()));
                return;
            } catch (EngineProcessException e) {
                boolean retry = attempt == 1 && e.kind() != Replacement.HUNG && e.kind() != Replacement.START_FAILED
                        && job.deadline() - System.nanoTime() > MIN_RETRY_NANOS && !queues.isClosed();
                if (!retry) {
                    fail(job, e.kind() == Replacement.HUNG ? new EngineTimeoutException(job.allowed(), e.getMessage())
                            : new EngineUnavailableException(e.getMessage(), e), e.kind() == Replacement.HUNG ? Outcome.TIMED_OUT : Outcome.FAILED);
                }
                replace(e);
                if (!retry) return;
                LOG.log(System.Logger.Level.INFO, "retrying a {0} request on a new engine after: {1}", job.tier(), e.getMessage());
            } catch (EngineException e) {
                fail(job, e, e instanceof EngineTimeoutException ? Outcome.TIMED_OUT : Outcome.FAILED);
                return;
            } catch (InterruptedException e) {
                fail(job, new EngineUnavailableException("the engine pool is closing", e), Outcome.FAILED);
                if (engine != null) engine.kill();
                engine = null;
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private UciEngine engine() throws InterruptedException {
        if (engine != null) return engine;
        long wait = nextStartAt - System.nanoTime();
        if (wait > 0) { // fail fast, and not as a new failure: nothing was started
            throw new EngineUnavailableException(lastStartFailure + "; next attempt in " + Duration.ofNanos(wait).toMillis() + " ms");
        }
        try {
            engine = UciEngine.start(settings.engine(), settings.threads(), settings.hashMb(), settings.startTimeout(), settings.stopGrace());
            return engine;
        } catch (EngineProcessException e) {
            nextStartAt = System.nanoTime() + settings.restartBackoff().toNanos();
            lastStartFailure = e.getMessage();
            throw e;
        }
    }

    private void startQuietly() throws InterruptedException {
        try {
            engine();
        } catch (EngineProcessException e) {
            replace(e);
        } catch (EngineUnavailableException e) {
            // still backing off after a failed start: the next request tries again
        }
    }

    private void replace(EngineProcessException reason) {
        if (engine != null) engine.kill();
        engine = null;
        listener.engineReplaced(settings.engine().name(), reason.kind());
        LOG.log(System.Logger.Level.WARNING, "engine process {0}, replacing it: {1}", reason.kind(), reason.getMessage());
    }

    private void fail(EngineJob job, EngineException error, Outcome outcome) {
        job.answer().completeExceptionally(error);
        listener.finished(job.tier(), outcome, since(job.queuedAt()));
    }

    private static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
