package org.rookery.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The moves of a live game that have no answer yet, in submission order, bounded: each keeps its
 * {@code moveId} and {@code ply}, so sending it again (after a reconnection) is idempotent on the
 * server. Optionally mirrored in a {@link MoveQueueFile} after every change. Thread-safe: moves
 * are added from any thread, answered on the connection thread.
 */
final class MoveQueue {
    /** One waiting move; {@code sentOn} (the connection it was last sent on) is touched on the connection thread only. */
    static final class Entry {
        final MoveCommand move;
        final String requestId;
        final CompletableFuture<MoveOutcome> outcome = new CompletableFuture<>();
        int sentOn = -1;

        Entry(MoveCommand move, String requestId) {
            this.move = move;
            this.requestId = requestId;
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final int capacity;
    private final String gameId;
    private final MoveQueueFile file;
    private boolean closed;

    MoveQueue(int capacity, String gameId, MoveQueueFile file) {
        this.capacity = capacity;
        this.gameId = gameId;
        this.file = file;
    }

    /** Queues the moves the file kept from an earlier run; returns them. */
    List<MoveCommand> restore() {
        if (file == null) return List.of();
        List<MoveCommand> kept = file.load(gameId);
        lock.lock();
        try {
            for (MoveCommand move : kept) entries.putIfAbsent(move.moveId(), new Entry(move, RequestIds.FRESH.get()));
        } finally {
            lock.unlock();
        }
        return kept;
    }

    /** Queues {@code move} (a moveId already waiting gets the same entry back). */
    Entry add(MoveCommand move, String requestId) {
        lock.lock();
        try {
            if (closed) throw new IllegalStateException("the live game is closed");
            Entry existing = entries.get(move.moveId());
            if (existing != null) return existing;
            if (entries.size() >= capacity) throw new MoveQueueFullException(capacity);
            Entry entry = new Entry(move, requestId);
            entries.put(move.moveId(), entry);
            try {
                persist(true);
            } catch (RuntimeException e) {
                entries.remove(move.moveId()); // not kept on disk, so not accepted
                throw e;
            }
            return entry;
        } finally {
            lock.unlock();
        }
    }

    /** The waiting moves, oldest first. */
    List<Entry> waiting() {
        lock.lock();
        try {
            return List.copyOf(entries.values());
        } finally {
            lock.unlock();
        }
    }

    /** Takes the move out; empty if it was not waiting (a repeated answer). The caller completes its outcome. */
    Optional<Entry> remove(String moveId) {
        lock.lock();
        try {
            Entry entry = entries.remove(moveId);
            if (entry != null) persist(false);
            return Optional.ofNullable(entry);
        } finally {
            lock.unlock();
        }
    }

    /** Closes the queue: every waiting move is abandoned (the file keeps them for a later run). */
    void abandonAll() {
        List<Entry> left;
        lock.lock();
        try {
            closed = true;
            left = new ArrayList<>(entries.values());
            entries.clear();
        } finally {
            lock.unlock();
        }
        left.forEach(e -> e.outcome.complete(new MoveOutcome.Abandoned(e.move.moveId())));
    }

    private void persist(boolean mustSucceed) {
        if (file == null) return;
        try {
            file.save(gameId, entries.values().stream().map(e -> e.move).toList());
        } catch (RuntimeException e) {
            if (mustSucceed) throw e;
            System.getLogger(MoveQueue.class.getName()).log(System.Logger.Level.WARNING, "could not update the move queue file", e);
        }
    }
}
