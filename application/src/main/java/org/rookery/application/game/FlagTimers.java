package org.rookery.application.game;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.rookery.domain.game.Game;
import org.rookery.ports.out.Scheduler;

/**
 * Keeps at most one flag timer per game in progress, due no later than the game's flag
 * deadline. Deadlines usually move later (every move), so a timer is replaced only when the
 * deadline moves earlier; one that fires early is simply re-armed. Thread-safe; call
 * {@link #track} and {@link #fired} under the game's lock.
 */
final class FlagTimers {
    /** An armed timer; its identity tells a stale firing from the current one. */
    static final class Armed {
        final long atMs;
        volatile Scheduler.Cancellable handle;

        Armed(long atMs) {
            this.atMs = atMs;
        }
    }

    private final ConcurrentHashMap<String, Armed> armed = new ConcurrentHashMap<>();
    private final Scheduler scheduler;
    private final BiConsumer<String, Armed> onDue;

    /** {@code onDue} runs on the scheduler's thread when a timer is due. */
    FlagTimers(Scheduler scheduler, BiConsumer<String, Armed> onDue) {
        this.scheduler = scheduler;
        this.onDue = onDue;
    }

    /** Makes sure a timer fires no later than the game's flag deadline, or none when no clock runs. */
    void track(Game game) {
        String gameId = game.id();
        long deadline = game.flagDeadlineMillis();
        Armed current = armed.get(gameId);
        if (deadline == Long.MAX_VALUE) {
            if (current != null) cancel(gameId);
            return;
        }
        if (current != null && current.atMs <= deadline) return;
        if (current != null) current.handle.cancel();
        Armed next = new Armed(deadline);
        armed.put(gameId, next);
        next.handle = scheduler.schedule(Instant.ofEpochMilli(deadline), () -> onDue.accept(gameId, next));
    }

    /** Forgets a timer that fired, unless a newer one replaced it. */
    void fired(String gameId, Armed timer) {
        armed.remove(gameId, timer);
    }

    void cancel(String gameId) {
        Armed current = armed.remove(gameId);
        if (current != null && current.handle != null) current.handle.cancel();
    }
}
