package org.rookery.adapters.postgres;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.rookery.ports.out.EventLogConflictException;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * Group commit for the event log: one writer thread drains the appends waiting in its queue and
 * commits up to {@code maxBatch} of them (games) in one transaction, whatever arrived while the
 * previous transaction ran. Each append keeps its own expected-seq check: a lost race fails only
 * that append; the others commit. An append's future completes only after its transaction
 * committed (or failed), so callers acknowledge after durability. A game appears at most once per
 * batch: a second append of the same game waits for the next batch, where it is checked against
 * what the first one wrote. Thread-safe.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GroupCommitWriter.class.getName());
    private static final Duration IDLE_CHECK = Duration.ofMillis(200);
    private final Database db;
    private final int maxBatch;
    private final LinkedBlockingQueue<PendingAppend> queue;
    private final ArrayDeque<PendingAppend> carried = new ArrayDeque<>(); // the writer thread's alone
    private final Thread thread;
    private final LongAdder batches = new LongAdder(), appends = new LongAdder();
    private volatile boolean closing;

    GroupCommitWriter(Database db, int maxBatch, int queueCapacity) {
        this.db = db;
        this.maxBatch = maxBatch;
        this.queue = new LinkedBlockingQueue<>(queueCapacity);
        this.thread = Thread.ofPlatform().name("rookery-pg-group-commit").daemon().unstarted(this::run);
        thread.start();
    }

    /** Queues the append; fails at once when the writer is closing or the backlog is full (the database is too slow or away). */
    void submit(PendingAppend append) {
        if (closing) throw new StoreUnavailableException("the PostgreSQL event log is closed", null);
        if (!queue.offer(append)) {
            throw new StoreUnavailableException("the PostgreSQL event log has " + queue.size() + " appends waiting already", null);
        }
    }

    /** Appends waiting for a batch (not counting the batch being committed). */
    int waiting() {
        return queue.size();
    }

    /** Transactions committed and appends in them, since start. */
    long batches() {
        return batches.sum();
    }

    long appends() {
        return appends.sum();
    }

    /** Commits what is queued, then stops the writer (waiting at most {@code patience}). */
    void close(Duration patience) {
        closing = true;
        try {
            thread.join(patience);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) thread.interrupt();
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(10));
    }

    private void run() {
        while (true) {
            List<PendingAppend> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                failAll(new StoreUnavailableException("the PostgreSQL event log was stopped", e));
                return;
            }
            if (batch.isEmpty()) {
                if (closing && queue.isEmpty() && carried.isEmpty()) return;
                continue;
            }
            commit(batch);
        }
    }

    /** The carried appends first, then the queue; one append per game, the rest carried to the next batch. */
    private List<PendingAppend> nextBatch() throws InterruptedException {
        List<PendingAppend> candidates = new ArrayList<>(carried);
        carried.clear();
        if (candidates.isEmpty()) {
            PendingAppend first = queue.poll(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) return List.of();
            candidates.add(first);
        }
        queue.drainTo(candidates, Math.max(0, maxBatch - candidates.size()));
        List<PendingAppend> batch = new ArrayList<>(candidates.size());
        Set<String> games = new HashSet<>();
        for (PendingAppend a : candidates) {
            if (batch.size() < maxBatch && games.add(a.gameId())) batch.add(a);
            else carried.add(a);
        }
        return batch;
    }

    private void commit(List<PendingAppend> batch) {
        Map<String, EventLogConflictException> conflicts;
        try {
            conflicts = db.transactionRetryingOnce("append events", dsl -> EventBatch.write(dsl, batch));
        } catch (RuntimeException e) {
            if (!(e instanceof StoreUnavailableException)) LOG.log(Level.ERROR, "a group commit of " + batch.size() + " appends failed", e);
            for (PendingAppend a : batch) a.done().completeExceptionally(e);
            return;
        }
        batches.increment();
        appends.add(batch.size() - conflicts.size());
        for (PendingAppend a : batch) {
            EventLogConflictException conflict = conflicts.get(a.gameId());
            if (conflict == null) a.done().complete(null);
            else a.done().completeExceptionally(conflict);
        }
    }

    private void failAll(RuntimeException why) {
        List<PendingAppend> left = new ArrayList<>(carried);
        queue.drainTo(left);
        for (PendingAppend a : left) a.done().completeExceptionally(why);
    }
}
