package org.rookery.application.game;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.in.GameBusyException;

/**
 * One {@link ReentrantLock} per game (not {@code synchronized}, so virtual threads wait without
 * pinning): commands on one game run one at a time, different games in parallel. Waiting has a
 * deadline: a command that cannot start in time is refused as busy rather than queued forever
 * behind a stuck one. A game's lock is retired when the game leaves memory; a thread that
 * acquired a retired lock notices and takes the current one, so two threads never hold different
 * locks for one game. Thread-safe.
 */
final class GameLocks {
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final long waitNanos;

    GameLocks(Duration wait) {
        this.waitNanos = wait.toNanos();
    }

    /**
     * Returns once the calling thread holds the game's lock.
     *
     * @throws GameBusyException when the lock stayed taken past the wait
     */
    ReentrantLock lock(String gameId) {
        long deadline = System.nanoTime() + waitNanos;
        while (true) {
            ReentrantLock lock = locks.get(gameId);
            if (lock == null) lock = locks.computeIfAbsent(gameId, id -> new ReentrantLock());
            if (!acquire(lock, deadline)) throw new GameBusyException(gameId, TimeUnit.NANOSECONDS.toMillis(waitNanos));
            if (locks.get(gameId) == lock) return lock;
            lock.unlock(); // retired while we waited
        }
    }

    private static boolean acquire(ReentrantLock lock, long deadline) {
        if (lock.tryLock()) return true;
        try {
            return lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Forgets the game's lock; call while holding it, then unlock it. */
    void retire(String gameId, ReentrantLock lock) {
        if (!lock.isHeldByCurrentThread()) throw new IllegalStateException("retire a lock you hold");
        locks.remove(gameId, lock);
    }
}
