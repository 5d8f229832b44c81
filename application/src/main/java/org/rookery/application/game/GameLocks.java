package org.rookery.application.game;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One {@link ReentrantLock} per game (not {@code synchronized}, so virtual threads wait without
 * pinning): commands on one game run one at a time, different games in parallel. A game's lock
 * is retired when the game leaves memory; a thread that acquired a retired lock notices and
 * takes the current one, so two threads never hold different locks for one game. Thread-safe.
 */
final class GameLocks {
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    /** Blocks until the calling thread holds the game's lock. */
    ReentrantLock lock(String gameId) {
        while (true) {
            ReentrantLock lock = locks.get(gameId);
            if (lock == null) lock = locks.computeIfAbsent(gameId, id -> new ReentrantLock());
            lock.lock();
            if (locks.get(gameId) == lock) return lock;
            lock.unlock(); // retired while we waited
        }
    }

    /** Forgets the game's lock; call while holding it, then unlock it. */
    void retire(String gameId, ReentrantLock lock) {
        if (!lock.isHeldByCurrentThread()) throw new IllegalStateException("retire a lock you hold");
        locks.remove(gameId, lock);
    }
}
