package org.rookery.adapters.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.ports.out.MatchRetryQueue;
import org.rookery.ports.out.PendingMatch;

/**
 * Waiting matches ordered by their next attempt, with indexes by match id and by player. Lives as
 * long as the process. Thread-safe.
 */
public final class InMemoryMatchRetryQueue implements MatchRetryQueue {
    private static final Comparator<PendingMatch> BY_DUE_TIME =
            Comparator.comparing(PendingMatch::nextAttemptAt).thenComparing(PendingMatch::matchId);
    private final ReentrantLock lock = new ReentrantLock();
    private final TreeSet<PendingMatch> byDueTime = new TreeSet<>(BY_DUE_TIME);
    private final HashMap<String, PendingMatch> byMatch = new HashMap<>();
    private final HashMap<String, PendingMatch> byPlayer = new HashMap<>();

    @Override
    public void put(PendingMatch match) {
        lock.lock();
        try {
            removeLocked(match.matchId());
            byDueTime.add(match);
            byMatch.put(match.matchId(), match);
            byPlayer.put(match.match().white().value(), match);
            byPlayer.put(match.match().black().value(), match);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public List<PendingMatch> due(Instant now, int max) {
        lock.lock();
        try {
            List<PendingMatch> due = new ArrayList<>();
            for (PendingMatch m : byDueTime) {
                if (due.size() == max || m.nextAttemptAt().isAfter(now)) break;
                due.add(m);
            }
            return due;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void remove(String matchId) {
        lock.lock();
        try {
            removeLocked(matchId);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<PendingMatch> pendingFor(String playerId) {
        lock.lock();
        try {
            return Optional.ofNullable(byPlayer.get(playerId));
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long size() {
        lock.lock();
        try {
            return byMatch.size();
        } finally {
            lock.unlock();
        }
    }

    private void removeLocked(String matchId) {
        PendingMatch old = byMatch.remove(matchId);
        if (old == null) return;
        byDueTime.remove(old);
        byPlayer.remove(old.match().white().value(), old);
        byPlayer.remove(old.match().black().value(), old);
    }
}
