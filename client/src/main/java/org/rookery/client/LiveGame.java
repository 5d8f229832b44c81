package org.rookery.client;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;

/**
 * A live connection to one game: its events, in order and exactly once, to a
 * {@link LiveGameListener}, and moves sent as soon as it is open or queued until it is. It
 * connects over the WebSocket in the background and reconnects by itself with backoff, resuming
 * after the last event delivered; after repeated WebSocket failures it falls back to SSE and REST.
 * See docs/client.md. Thread-safe: {@link #submit}, {@link #close} and the getters may be called
 * from any thread; the listener and the move futures are called on the live game's own thread.
 */
public final class LiveGame implements AutoCloseable {
    /** What the loop works with. */
    record Parts(HttpExchange http, String gameId, LiveGameOptions options, LiveGameListener listener, MoveQueue queue,
            LiveStatus status, ConnectionThread thread) {
        void post(Runnable task, Runnable ifStopped) {
            thread.post(task, ifStopped);
        }
    }

    private final Parts parts;
    private final LiveGameLoop loop;

    private LiveGame(Parts parts) {
        this.parts = parts;
        this.loop = new LiveGameLoop(parts);
    }

    static LiveGame open(HttpExchange http, String gameId, LiveGameOptions options, LiveGameListener listener) {
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(listener, "listener");
        MoveQueueFile file = options.moveQueueFile() == null ? null : new MoveQueueFile(options.moveQueueFile(), http.json());
        MoveQueue queue = new MoveQueue(options.moveQueueCapacity(), gameId, file);
        queue.restore();
        LiveGame live = new LiveGame(new Parts(http, gameId, options, listener, queue, new LiveStatus(),
                new ConnectionThread("rookery-live-" + gameId)));
        live.parts.post(live.loop::connect, () -> { });
        return live;
    }

    public String gameId() {
        return parts.gameId();
    }

    /**
     * Sends {@code move} now if the connection is open, else queues it for the next connection.
     * The future completes (on the live game's thread) when the server acknowledges or refuses it,
     * or with {@link MoveOutcome.Abandoned} if this live game is closed first. Submitting a
     * {@code moveId} that is still waiting returns the same outcome.
     *
     * @throws MoveQueueFullException if the queue already holds its capacity of unanswered moves
     * @throws IllegalStateException if this live game is closed
     */
    public CompletableFuture<MoveOutcome> submit(MoveCommand move) {
        Objects.requireNonNull(move, "move");
        MoveQueue.Entry entry = parts.queue().add(move, parts.http().nextRequestId());
        parts.post(loop::sendQueued, () -> { });
        return entry.outcome.copy();
    }

    public ConnectionState state() {
        return parts.status().state();
    }

    /** The transport now open, if any. */
    public Optional<TransportKind> transport() {
        return Optional.ofNullable(parts.status().transport());
    }

    /** The seq of the last event delivered to the listener (or of the first snapshot); empty before the first snapshot. */
    public OptionalLong lastSeq() {
        long seq = parts.status().lastSeq();
        return seq < 0 ? OptionalLong.empty() : OptionalLong.of(seq);
    }

    /** The moves waiting for an answer, oldest first (including those restored from the queue file). */
    public List<MoveCommand> queuedMoves() {
        return parts.queue().waiting().stream().map(e -> e.move).toList();
    }

    /**
     * Closes the connection for good: no reconnection, unanswered moves {@link MoveOutcome.Abandoned}
     * (and kept in the queue file, if there is one). Waits briefly for the connection thread to
     * finish, unless called from a listener callback. Idempotent.
     */
    @Override
    public void close() {
        parts.post(() -> {
            loop.close();
            parts.thread().stop();
        }, () -> { });
        if (parts.thread().isCurrent()) return;
        try {
            parts.thread().awaitStopped(Duration.ofSeconds(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
