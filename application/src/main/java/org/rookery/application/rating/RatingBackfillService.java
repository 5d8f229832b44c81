package org.rookery.application.rating;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.GameEnded;
import org.rookery.ports.in.BackfillMode;
import org.rookery.ports.in.BackfillProgress;
import org.rookery.ports.in.BackfillRequest;
import org.rookery.ports.in.answer.BackfillStart;
import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.ports.in.StartBackfillUseCase;
import org.rookery.ports.out.LoggedEvent;

/**
 * Rebuilds ratings by replaying the event log in its global order, in batches run one after the
 * other on the {@link org.rookery.ports.out.Scheduler}, until it reaches the log's end. A
 * recalculation first forgets every rating and board and holds live results until it ends; a
 * catch-up keeps them and applies only what is missing. Both go through the exactly-once
 * recorder, so running either twice changes nothing the second time. Thread-safe.
 */
public final class RatingBackfillService implements StartBackfillUseCase {
    private static final System.Logger LOG = System.getLogger(RatingBackfillService.class.getName());
    private final RatingPorts ports;
    private final ResultRecorder recorder;
    private final LiveResults live;
    private final RatingSettings settings;
    private final ReentrantLock starting = new ReentrantLock();
    private volatile BackfillProgress latest;

    RatingBackfillService(RatingPorts ports, ResultRecorder recorder, LiveResults live, RatingSettings settings) {
        this.ports = ports;
        this.recorder = recorder;
        this.live = live;
        this.settings = settings;
    }

    @Override
    public BackfillStart start(BackfillRequest request) {
        starting.lock();
        try {
            BackfillProgress running = latest;
            if (running != null && running.state() == BackfillProgress.State.RUNNING) return new BackfillStart.AlreadyRunning(running);
            if (request.mode() == BackfillMode.RECALCULATE) forgetEverything();
            Instant now = ports.time().now();
            Run run = new Run(request);
            latest = run.progress(BackfillProgress.State.RUNNING, ports.log().endPosition(), now, Optional.empty());
            ports.scheduler().schedule(now, () -> step(run));
            return new BackfillStart.Started(latest);
        } finally {
            starting.unlock();
        }
    }

    @Override
    public Optional<BackfillProgress> progress() {
        return Optional.ofNullable(latest);
    }

    private void forgetEverything() {
        live.shut();
        try {
            ports.ratings().deleteAll();
            ports.leaderboard().clear();
        } catch (RuntimeException e) {
            live.open();
            throw e;
        }
    }

    /** One batch; schedules the next unless the log's end is reached or something failed. */
    private void step(Run run) {
        try {
            List<LoggedEvent> batch = ports.log().readAll(run.position, settings.backfillBatchSize());
            for (LoggedEvent logged : batch) {
                offer(run, logged.event());
                run.position = logged.position();
            }
            Instant now = ports.time().now();
            long end = Math.max(ports.log().endPosition(), run.position);
            if (batch.isEmpty()) {
                finish(run, BackfillProgress.State.COMPLETED, end, Optional.empty());
                return;
            }
            latest = run.progress(BackfillProgress.State.RUNNING, end, now, Optional.empty());
            ports.scheduler().schedule(now.plus(settings.backfillPause()), () -> step(run));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "backfill " + run.request + " failed after log position " + run.position, e);
            finish(run, BackfillProgress.State.FAILED, Math.max(run.position, latest.eventsTotal()), Optional.of(String.valueOf(e)));
        }
    }

    private void offer(Run run, EventEnvelope event) {
        if (!(event.payload() instanceof GameEnded ended) || !ended.rated()) return;
        if (run.request.since().isPresent() && event.occurredAt().isBefore(run.request.since().get())) return;
        if (recorder.apply(FinishedGame.of(event, ended)) instanceof ResultRecording.Applied) {
            run.applied++;
        } else {
            run.skipped++;
        }
    }

    private void finish(Run run, BackfillProgress.State state, long total, Optional<String> failure) {
        if (run.request.mode() == BackfillMode.RECALCULATE) {
            int held = live.open();
            if (held > 0) LOG.log(Level.INFO, "results held during the recalculation and applied at its end: " + held);
        }
        latest = run.progress(state, total, ports.time().now(), failure);
    }

    /** The state of one backfill, touched only by its own steps, which run one at a time. */
    private final class Run {
        final BackfillRequest request;
        final Instant startedAt = ports.time().now();
        long position;
        long applied;
        long skipped;

        Run(BackfillRequest request) {
            this.request = request;
        }

        BackfillProgress progress(BackfillProgress.State state, long total, Instant now, Optional<String> failure) {
            return new BackfillProgress(request, state, position, Math.max(total, position), applied, skipped, startedAt, now, failure);
        }
    }
}
