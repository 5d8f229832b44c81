package org.rookery.application.matchmaking;

import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.matchmaking.Match;
import org.rookery.ports.out.PendingMatch;

/**
 * Runs pairing waves on the {@link org.rookery.ports.out.Scheduler}, one every wave interval: each
 * wave first retries the matches whose game is due for another attempt (oldest first), then pairs
 * the queue and arranges a game for every new match. Thread-safe: waves never overlap.
 */
public final class MatchmakingWaves {
    private static final System.Logger LOG = System.getLogger(MatchmakingWaves.class.getName());
    private final WaitingRoom room;
    private final GameArranger arranger;
    private final MatchmakingPorts ports;
    private final MatchmakingSettings settings;
    private final MatchmakingCounters counters;
    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean stopped = new AtomicBoolean();

    MatchmakingWaves(WaitingRoom room, GameArranger arranger, MatchmakingPorts ports, MatchmakingSettings settings,
            MatchmakingCounters counters) {
        this.room = room;
        this.arranger = arranger;
        this.ports = ports;
        this.settings = settings;
        this.counters = counters;
    }

    /** Runs one wave now. */
    public WaveReport runWave() {
        running.lock();
        try {
            Instant now = ports.time().now();
            counters.waves.increment();
            int[] results = new int[GameArranger.Result.values().length];
            List<PendingMatch> due = ports.retries().due(now, settings.retriesPerWave());
            for (PendingMatch pending : due) results[arranger.arrange(pending).ordinal()]++;
            List<Match> matches = room.pair(now);
            counters.matchesMade.add(matches.size());
            for (Match match : matches) {
                results[arranger.arrange(PendingMatch.fresh("match-" + ports.ids().newEventId(), match)).ordinal()]++;
            }
            return new WaveReport(now, matches.size(), due.size(), results[GameArranger.Result.CREATED.ordinal()],
                    results[GameArranger.Result.QUEUED.ordinal()], results[GameArranger.Result.CANCELLED.ordinal()]);
        } finally {
            running.unlock();
        }
    }

    /** Runs a wave every wave interval, from one interval from now, until {@link #stop()}. */
    public void start() {
        stopped.set(false);
        scheduleNext();
    }

    public void stop() {
        stopped.set(true);
    }

    private void scheduleNext() {
        ports.scheduler().schedule(ports.time().now().plus(settings.waveInterval()), () -> {
            if (stopped.get()) return;
            try {
                runWave();
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "matchmaking wave failed; the next one runs on schedule", e);
            } finally {
                if (!stopped.get()) scheduleNext();
            }
        });
    }
}
