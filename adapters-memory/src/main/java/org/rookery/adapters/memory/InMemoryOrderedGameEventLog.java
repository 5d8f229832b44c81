package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogReader;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;

/**
 * An in-memory game event log ({@link InMemoryGameEventLog}) that also keeps every appended event
 * in one global order, for backfills. Appends are serialized so that the global order keeps each
 * game's seq order; use the plain log where no one reads the global order (it keeps nothing it
 * can't forget). Thread-safe.
 */
public final class InMemoryOrderedGameEventLog implements GameEventLog, EventLogReader {
    private final InMemoryGameEventLog games = new InMemoryGameEventLog();
    private final ReentrantLock appending = new ReentrantLock();
    private final ReentrantReadWriteLock globalLock = new ReentrantReadWriteLock();
    private final ArrayList<EventEnvelope> global = new ArrayList<>();

    @Override
    public void append(String gameId, long expectedSeq, List<EventEnvelope> events) {
        appending.lock();
        try {
            games.append(gameId, expectedSeq, events);
            globalLock.writeLock().lock();
            try {
                global.addAll(events);
            } finally {
                globalLock.writeLock().unlock();
            }
        } finally {
            appending.unlock();
        }
    }

    @Override
    public List<EventEnvelope> readAfter(String gameId, long afterSeq) {
        return games.readAfter(gameId, afterSeq);
    }

    @Override
    public long lastSeq(String gameId) {
        return games.lastSeq(gameId);
    }

    @Override
    public List<LoggedEvent> readAll(long afterPosition, int max) {
        if (afterPosition < 0 || max < 1) throw new IllegalArgumentException("need a position ≥ 0 and max ≥ 1");
        globalLock.readLock().lock();
        try {
            int from = (int) Math.min(afterPosition, global.size());
            int to = (int) Math.min((long) from + max, global.size());
            List<LoggedEvent> events = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) events.add(new LoggedEvent(i + 1L, global.get(i)));
            return events;
        } finally {
            globalLock.readLock().unlock();
        }
    }

    @Override
    public long endPosition() {
        globalLock.readLock().lock();
        try {
            return global.size();
        } finally {
            globalLock.readLock().unlock();
        }
    }
}
