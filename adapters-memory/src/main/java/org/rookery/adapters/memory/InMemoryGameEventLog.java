package org.rookery.adapters.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.GameEventLog;

/**
 * The event log as one list per game in memory: "durable" for the life of the process. Appends
 * to different games never contend. Thread-safe.
 */
public final class InMemoryGameEventLog implements GameEventLog {
    private static final class Stream {
        final ReentrantLock lock = new ReentrantLock();
        final ArrayList<EventEnvelope> events = new ArrayList<>(128); // a typical game, without regrowth
    }

    private final ConcurrentHashMap<String, Stream> streams = new ConcurrentHashMap<>();

    @Override
    public void append(String gameId, long expectedSeq, List<EventEnvelope> events) {
        checkNumbering(gameId, expectedSeq, events);
        Stream stream = streams.get(gameId);
        if (stream == null) stream = streams.computeIfAbsent(gameId, id -> new Stream());
        stream.lock.lock();
        try {
            int last = stream.events.size(); // seqs are gapless from 1, so the size is the last seq
            if (last != expectedSeq) throw new EventLogConflictException(gameId, expectedSeq, last);
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

    /** Drops a game's events, so that long in-process runs (benchmarks) can bound memory. */
    public void forget(String gameId) {
        streams.remove(gameId);
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
