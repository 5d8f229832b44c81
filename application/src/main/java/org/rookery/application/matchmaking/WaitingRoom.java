package org.rookery.application.matchmaking;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.random.RandomGenerator;
import org.rookery.domain.matchmaking.JoinOutcome;
import org.rookery.domain.matchmaking.Match;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.Matchmaker;
import org.rookery.domain.matchmaking.MatchmakingQueue;
import org.rookery.domain.matchmaking.PlayerId;
import org.rookery.domain.matchmaking.QueueEntry;

/**
 * The domain queue and matchmaker behind one lock: joins, leaves and waves take turns, since
 * neither domain object is thread-safe. A wave holds the lock while it pairs (pure computation);
 * creating games happens after, outside it. Thread-safe.
 */
final class WaitingRoom {
    private final ReentrantLock lock = new ReentrantLock();
    private final MatchmakingQueue queue;
    private final Matchmaker matchmaker;

    WaitingRoom(MatchmakingSettings settings, RandomGenerator random) {
        this.matchmaker = new Matchmaker(settings.pairing(), random);
        this.queue = new MatchmakingQueue(settings.queue(), matchmaker.history());
    }

    JoinOutcome join(PlayerId player, MatchPool pool, double rating, Instant now) {
        lock.lock();
        try {
            return queue.join(player, pool, rating, now);
        } finally {
            lock.unlock();
        }
    }

    Optional<QueueEntry> leave(PlayerId player) {
        lock.lock();
        try {
            return queue.leave(player);
        } finally {
            lock.unlock();
        }
    }

    List<Match> pair(Instant now) {
        lock.lock();
        try {
            return matchmaker.runWave(queue, now);
        } finally {
            lock.unlock();
        }
    }

    int size() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }
}
