package org.rookery.application.rating;

import java.lang.System.Logger.Level;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rookery.ports.in.answer.ResultRecording;

/**
 * The door live results (events and legacy posts) go through. Open, they are applied at once, many
 * in parallel. While a recalculation rebuilds the ratings it is shut: results that arrive wait in
 * arrival order and are applied, once each, when it opens again, so none is rated against a
 * half-rebuilt store and none is lost. Thread-safe.
 */
final class LiveResults {
    private static final System.Logger LOG = System.getLogger(LiveResults.class.getName());
    private final ResultRecorder recorder;
    private final ReentrantReadWriteLock door = new ReentrantReadWriteLock();
    private final ConcurrentLinkedQueue<FinishedGame> held = new ConcurrentLinkedQueue<>();
    private boolean shut; // guarded by door

    LiveResults(ResultRecorder recorder) {
        this.recorder = recorder;
    }

    ResultRecording submit(FinishedGame game) {
        door.readLock().lock();
        try {
            if (shut) {
                held.add(game);
                return new ResultRecording.Deferred(game.key());
            }
            return recorder.apply(game);
        } finally {
            door.readLock().unlock();
        }
    }

    /** Waits for the results being applied to finish, then holds every new one. */
    void shut() {
        door.writeLock().lock();
        try {
            shut = true;
        } finally {
            door.writeLock().unlock();
        }
    }

    /** Applies the held results in arrival order, then lets results through again; returns how many were applied. */
    int open() {
        door.writeLock().lock();
        try {
            int applied = 0;
            for (FinishedGame game; (game = held.poll()) != null; ) {
                try {
                    if (recorder.apply(game) instanceof ResultRecording.Applied) applied++;
                } catch (RuntimeException e) {
                    LOG.log(Level.ERROR, "held result " + game.key() + " could not be applied; a catch-up backfill will find it in the log", e);
                }
            }
            return applied;
        } finally {
            shut = false;
            door.writeLock().unlock();
        }
    }

    int heldCount() {
        return held.size();
    }
}
