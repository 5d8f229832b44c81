package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.GameEventLog;
import org.rookery.ports.out.LoggedEvent;

/**
 * The event log in memory, "durable" for the life of the process: one list per game, plus the
 * global order every append joins (positions 1, 2, … without gaps) for the relay and backfills.
 * Appends to different games contend only for the moment their events join the global order.
 * Thread-safe.
 */
public final class InMemoryGameEventLog implements GameEventLog {
    private static final class Stream {
        final ReentrantLock lock = new ReentrantLock();
        final ArrayList<EventEnvelope> events = new ArrayList<>(128); // a typical game, without regrowth
    }

    private final ConcurrentHashMap<String, Stream> streams = new ConcurrentHashMap<>();
    private final GlobalOrder<EventEnvelope> global = new GlobalOrder<>();

    @Override
    public void append(String gameId, long expectedSeq, List<EventEnvelope> events) {
        checkNumbering(gameId, expectedSeq, events);
        Stream stream = streams.get(gameId);
        if (stream == null) stream = streams.computeIfAbsent(gameId, id -> new Stream());
        stream.lock.lock();
        try {
            int last = stream.events.size(); // seqs are gapless from 1, so the size is the last seq
            if (last != expectedSeq) throw new EventLogConflictException(gameId, expectedSeq, last);
            global.append(events, () -> true);
            stream.events.addAll(events);
        } finally {
            stream.lock.unlock();
        }
    }

    @Override
    public List<EventEnvelope> readAfter(String gameId, long afterSeq) {
        Stream stream = streams.get(gameId);
        if (stream == null) return List.of();
        stream.lock.lock();
        try {
            int size = stream.events.size();
            int from = (int) Math.min(Math.max(afterSeq, 0), size);
            return List.copyOf(stream.events.subList(from, size));
        } finally {
            stream.lock.unlock();
        }
    }

    @Override
    public long lastSeq(String gameId) {
        Stream stream = streams.get(gameId);
        if (stream == null) return 0;
        stream.lock.lock();
        try {
            return stream.events.size();
        } finally {
            stream.lock.unlock();
        }
    }

    @Override
    public List<LoggedEvent> readAll(long afterPosition, int max) {
        return global.readAfter(afterPosition, max, LoggedEvent::new);
    }

    @Override
    public long endPosition() {
        return global.end();
    }

    /**
     * Drops a game's events and the global order's events up to {@code relayedThrough} (whole
     * segments only), so that long in-process runs (benchmarks) can bound memory; what was
     * dropped is gone for replays too.
     */
    public void forget(String gameId, long relayedThrough) {
        streams.remove(gameId);
        global.discardThrough(relayedThrough);
    }

    /** How many games have events. */
    public int gameCount() {
        return streams.size();
    }

    private static void checkNumbering(String gameId, long expectedSeq, List<EventEnvelope> events) {
        if (events.isEmpty()) throw new IllegalArgumentException("nothing to append");
        long seq = expectedSeq;
        for (EventEnvelope e : events) {
            if (!e.gameId().equals(gameId)) throw new IllegalArgumentException("event of game " + e.gameId() + " appended to " + gameId);
            if (e.seq() != ++seq) throw new IllegalArgumentException("event seq " + e.seq() + " where " + seq + " was due");
        }
    }
}
