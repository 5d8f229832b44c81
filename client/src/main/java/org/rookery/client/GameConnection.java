package org.rookery.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.rookery.client.Models.Game;
import org.rookery.client.Models.GameEvent;

/**
 * A game's WebSocket that survives the network: it reconnects with {@link Backoff} (1 s, 2 s,
 * 4 s … 30 s), resumes after the last seq it delivered (so the listener sees every event once,
 * in order), and keeps moves made while offline in a queue that is sent on reconnection and
 * emptied by the server's acks (or final errors). Every command carries a request id.
 * Thread-safe; listener calls come from the WebSocket's thread, one at a time.
 */
public final class GameConnection implements AutoCloseable {
    /** Where the connection stands. */
    public enum State { CONNECTING, OPEN, RECONNECTING, CLOSED }

    /** What the connection reports. Every method has a do-nothing default. */
    public interface Listener {
        default void onSnapshot(Game game) {}

        default void onEvent(GameEvent event) {}

        default void onAck(String moveId, long seq) {}

        default void onError(String code, String message, String moveId) {}

        default void onState(State state) {}
    }

    private final RookeryClient client;
    private final String gameId;
    private final Listener listener;
    private final Backoff backoff;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "rookery-reconnect");
        t.setDaemon(true);
        return t;
    });
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private WebSocket socket;
    private SocketFrameReader current;
    private long lastSeq = -1;
    private int attempts;
    private boolean closed;
    private volatile State state = State.CONNECTING;

    GameConnection(RookeryClient client, String gameId, Listener listener, Backoff backoff) {
        this.client = client;
        this.gameId = gameId;
        this.listener = listener;
        this.backoff = backoff;
    }

    /** Connects (and keeps reconnecting until {@link #close()}). */
    public GameConnection open() {
        connect();
        return this;
    }

    public State state() {
        return state;
    }

    /** The seq of the last event (or snapshot) delivered, -1 before the first snapshot. */
    public long lastSeq() {
        lock.lock();
        try {
            return lastSeq;
        } finally {
            lock.unlock();
        }
    }

    /** Moves sent or queued but not yet acknowledged, oldest first. */
    public List<String> pendingMoveIds() {
        lock.lock();
        try {
            return new ArrayList<>(pending.keySet());
        } finally {
            lock.unlock();
        }
    }

    /** Plays a move: sent now if connected, else queued until the connection is back. Returns its move id. */
    public String move(String uci, int ply) {
        String moveId = UUID.randomUUID().toString();
        String frame = frame(Map.of("type", "move", "moveId", moveId, "ply", ply, "uci", uci));
        lock.lock();
        try {
            pending.put(moveId, frame);
            if (socket != null && state == State.OPEN) send(frame);
        } finally {
            lock.unlock();
        }
        return moveId;
    }

    /** Sends a command without a move id ({@code "resign"}, {@code "drawOffer"}, …); false when offline. */
    public boolean command(String type) {
        lock.lock();
        try {
            if (socket == null || state != State.OPEN) return false;
            send(frame(Map.of("type", type)));
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Drops the socket as a network failure would (for tests and "airplane mode"); reconnection follows. */
    public void dropConnection() {
        SocketFrameReader dropped;
        lock.lock();
        try {
            if (socket != null) socket.abort();
            dropped = current;
        } finally {
            lock.unlock();
        }
        if (dropped != null) dropped.lost(); // abort() does not promise to tell the listener
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            if (socket != null) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        } finally {
            lock.unlock();
        }
        timer.shutdownNow();
        state(State.CLOSED);
    }

    private void connect() {
        String query = client.token() == null ? "" : "?token=" + URLEncoder.encode(client.token(), StandardCharsets.UTF_8);
        URI uri = URI.create(client.base().toString().replaceFirst("^http", "ws").replaceAll("/$", "") + "/ws/games/" + gameId + query);
        SocketFrameReader frames = new SocketFrameReader(new SocketFrameReader.Sink() {
            @Override
            public void frame(WebSocket ws, JsonNode frame) {
                received(ws, frame);
            }

            @Override
            public void malformed(String problem) {
                listener.onError("malformed_frame", problem, null);
            }

            @Override
            public void lost() {
                GameConnection.this.lost();
            }

            @Override
            public void refused(int closeCode) {
                lock.lock();
                try {
                    closed = true;
                } finally {
                    lock.unlock();
                }
                state(State.CLOSED);
            }
        });
        lock.lock();
        try {
            current = frames;
        } finally {
            lock.unlock();
        }
        client.http().newWebSocketBuilder().header("X-Request-ID", UUID.randomUUID().toString())
                .buildAsync(uri, frames)
                .whenComplete((ws, failure) -> {
                    if (failure != null) frames.lost();
                });
    }

    private void lost() {
        lock.lock();
        try {
            socket = null;
            if (closed) return;
            attempts++;
            state(State.RECONNECTING);
            timer.schedule(this::connect, backoff.delay(attempts).toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException shutDown) {
            // closed meanwhile
        } finally {
            lock.unlock();
        }
    }

    private void opened(WebSocket ws, Game snapshot) {
        lock.lock();
        try {
            socket = ws;
            attempts = 0;
            boolean first = lastSeq < 0;
            if (first) lastSeq = snapshot.seq();
            state(State.OPEN);
            if (first) listener.onSnapshot(snapshot);
            else send(frame(Map.of("type", "resume", "lastSeq", lastSeq)));
            for (String queued : pending.values()) send(queued);
        } finally {
            lock.unlock();
        }
    }

    private void received(WebSocket ws, JsonNode frame) {
        lock.lock();
        try {
            switch (frame.path("type").asText()) {
                case "snapshot" -> opened(ws, RookeryClient.JSON.treeToValue(frame.get("game"), Game.class));
                case "event" -> {
                    long seq = frame.get("seq").asLong();
                    if (seq <= lastSeq) return; // already delivered
                    lastSeq = seq;
                    listener.onEvent(RookeryClient.JSON.treeToValue(frame.get("event"), GameEvent.class));
                }
                case "ack" -> {
                    pending.remove(frame.get("moveId").asText());
                    listener.onAck(frame.get("moveId").asText(), frame.get("seq").asLong());
                }
                case "error" -> error(frame);
                default -> {}
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            listener.onError("malformed_frame", e.getOriginalMessage(), null);
        } finally {
            lock.unlock();
        }
    }

    private void error(JsonNode frame) {
        String code = frame.path("code").asText();
        String moveId = frame.hasNonNull("moveId") ? frame.get("moveId").asText() : null;
        if (code.equals("too_far_behind")) send(frame(Map.of("type", "resume", "lastSeq", lastSeq)));
        if (moveId != null && !code.equals("rate_limited")) pending.remove(moveId); // refused for good
        listener.onError(code, frame.path("message").asText(), moveId);
    }

    private void send(String text) {
        WebSocket ws = socket;
        if (ws == null) return;
        try {
            ws.sendText(text, true).join();
        } catch (RuntimeException e) {
            ws.abort(); // queued moves stay queued; the reconnection sends them again
            if (current != null) current.lost();
        }
    }

    private void state(State next) {
        if (state == next) return;
        state = next;
        listener.onState(next);
    }

    private static String frame(Map<String, Object> fields) {
        try {
            return RookeryClient.JSON.writeValueAsString(fields);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
