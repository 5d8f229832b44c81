package org.rookery.adapters.http.websocket;

import io.helidon.common.buffers.BufferData;
import io.helidon.websocket.WsSession;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.json.SocketFrames;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.domain.event.EventEnvelope;

/**
 * Everything one WebSocket connection has to send, written by a virtual thread of its own that
 * runs only while something waits (an idle connection holds no thread), so that a slow client
 * stalls nobody: the broadcaster only enqueues. What the connection's own reader thread queues
 * while it handles a client frame it writes itself afterwards ({@link #beginInline()}), which
 * spares the hand-over on the path of every move. At most {@code capacity} events wait;
 * beyond that the client is cut off from the stream with a {@code too_far_behind} error and must
 * send {@code resume}. Events are numbered by stream generation, so a resumed stream never mixes
 * with the one it replaced, and no event is queued twice or out of order. Control frames (acks,
 * errors, pongs) have their own small allowance; a client that lets even those pile up is closed.
 * Thread-safe.
 */
final class SocketOutbox {
    private static final System.Logger LOG = System.getLogger(SocketOutbox.class.getName());
    private static final int CONTROL_ALLOWANCE = 64;

    private sealed interface Item {}
    private record EventItem(EventEnvelope event) implements Item {}
    private record TextItem(Object frame) implements Item {}
    private record PingItem() implements Item {}
    private record PongItem(BufferData payload) implements Item {}
    private record CloseItem(int code, String reason) implements Item {}

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Item> queue = new ArrayDeque<>();
    private final WsSession session;
    private final Json json;
    private final EventFrames eventFrames;
    private final HttpMetrics metrics;
    private final int capacity;
    private int events;
    private int generation;
    private long lastQueuedSeq;
    private long lastSentSeq;
    private Thread catchingUp;
    private Thread inlineWriter;
    private boolean closed;
    private boolean draining;
    private volatile long closeSentNanos;
    private volatile boolean closeSent;

    SocketOutbox(WsSession session, Json json, EventFrames eventFrames, HttpMetrics metrics, int capacity) {
        this.session = session;
        this.json = json;
        this.eventFrames = eventFrames;
        this.metrics = metrics;
        this.capacity = capacity;
    }

    /** Starts a new event stream after {@code afterSeq}; offers from older streams are ignored from now on. */
    int restart(long afterSeq) {
        lock.lock();
        try {
            queue.removeIf(i -> i instanceof EventItem);
            events = 0;
            lastQueuedSeq = afterSeq;
            lastSentSeq = afterSeq;
            catchingUp = Thread.currentThread();
            return ++generation;
        } finally {
            lock.unlock();
        }
    }

    /** The subscribing thread's catch-up is over: from now on, the capacity holds for every event. */
    void caughtUp() {
        lock.lock();
        try {
            catchingUp = null;
        } finally {
            lock.unlock();
        }
    }

    /** Never blocks: called by the broadcaster on the path of a move. */
    void offerEvent(int streamGeneration, EventEnvelope event) {
        lock.lock();
        try {
            if (closed || streamGeneration != generation || event.seq() <= lastQueuedSeq) return;
            if (events >= capacity && Thread.currentThread() != catchingUp) {
                queue.removeIf(i -> i instanceof EventItem);
                events = 0;
                generation++; // this stream is over until the client resumes
                metrics.slowConsumer("websocket");
                enqueue(new TextItem(SocketFrames.Error.tooFarBehind(lastSentSeq)));
                return;
            }
            events++;
            lastQueuedSeq = event.seq();
            enqueue(new EventItem(event));
        } finally {
            lock.unlock();
        }
    }

    /** Queues an ack, error or pong; a client that lets those pile up as well is closed. */
    void offerFrame(Object frame) {
        lock.lock();
        try {
            if (closed) return;
            if (queue.size() - events >= CONTROL_ALLOWANCE) {
                queue.clear();
                enqueue(new CloseItem(1008, "too many unread frames"));
                closed = true;
                return;
            }
            enqueue(new TextItem(frame));
        } finally {
            lock.unlock();
        }
    }

    void ping() {
        lock.lock();
        try {
            if (!closed) enqueue(new PingItem());
        } finally {
            lock.unlock();
        }
    }

    /** Answers a client's ping (through the queue, so that frames never interleave). */
    void pong(BufferData payload) {
        lock.lock();
        try {
            if (!closed) enqueue(new PongItem(payload));
        } finally {
            lock.unlock();
        }
    }

    /** Sends what is queued, then a close frame; nothing more is accepted. */
    void close(int code, String reason) {
        lock.lock();
        try {
            if (closed) return;
            enqueue(new CloseItem(code, reason));
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops at once, dropping what is queued (the connection is gone). */
    void abandon() {
        lock.lock();
        try {
            closed = true;
            queue.clear();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The connection's own reader thread is about to handle a client frame: what that queues for
     * this connection (the ack, the move's event) it writes itself in {@link #endInline()}, with no
     * hand-over to a writer thread. Blocking there only ever holds up this one client.
     */
    void beginInline() {
        lock.lock();
        try {
            inlineWriter = Thread.currentThread();
        } finally {
            lock.unlock();
        }
    }

    /** Writes, on the calling reader thread, whatever waits, unless a writer thread already does. */
    void endInline() {
        boolean write;
        lock.lock();
        try {
            inlineWriter = null;
            write = !draining && !queue.isEmpty();
            if (write) draining = true;
        } finally {
            lock.unlock();
        }
        if (write) writeLoop();
    }

    /** Whether the close frame went out. */
    boolean closeSent() {
        return closeSent;
    }

    /** When the close frame went out (System.nanoTime), if {@link #closeSent()}. */
    long closeSentNanos() {
        return closeSentNanos;
    }

    /** Call under the lock. One writer at a time keeps the frames in order. */
    private void enqueue(Item item) {
        queue.add(item);
        if (!draining && Thread.currentThread() != inlineWriter) {
            draining = true;
            Thread.ofVirtual().name("ws-writer").start(this::writeLoop);
        }
    }

    /** The next item, or null (and the writer stops) when the queue is empty. */
    private Item next() {
        lock.lock();
        try {
            Item item = queue.poll();
            if (item == null) {
                draining = false;
                return null;
            }
            if (item instanceof EventItem(EventEnvelope e)) {
                events--;
                lastSentSeq = e.seq();
            }
            return item;
        } finally {
            lock.unlock();
        }
    }

    private void writeLoop() {
        try {
            for (Item item; (item = next()) != null; ) {
                switch (item) {
                    case EventItem(EventEnvelope e) -> sendText(eventFrames.frame(e));
                    case TextItem(Object frame) -> sendText(json.writeString(frame));
                    case PingItem() -> session.ping(BufferData.empty());
                    case PongItem(BufferData payload) -> session.pong(payload);
                    case CloseItem(int code, String reason) -> {
                        closeSentNanos = System.nanoTime(); // the grace for the peer's answer starts now
                        closeSent = true;
                        session.close(code, reason);
                        return;
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "a WebSocket client went away while we wrote to it", e);
            abandon();
            try {
                session.terminate();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    private void sendText(String text) {
        session.send(text, true);
        metrics.frameSent();
    }
}
