package org.rookery.client;

import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live game over {@code /ws/games/{id}} with the JDK's {@link WebSocket}: text frames in,
 * commands out one after the other (the JDK allows one pending send). Close codes 4401 (bad
 * token) and 4404 (unknown game) end it for good. The JDK calls the listener methods one at a
 * time; {@link #send} and {@link #resume} are called from the connection thread.
 */
final class WebSocketTransport implements Transport, WebSocket.Listener {
    private static final System.Logger LOG = System.getLogger(WebSocketTransport.class.getName());
    private final JsonCodec json;
    private final ServerFrames frames;
    private final TransportListener listener;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile long lastHeard = System.nanoTime();
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private WebSocketTransport(JsonCodec json, TransportListener listener) {
        this.json = json;
        this.frames = new ServerFrames(json);
        this.listener = listener;
    }

    /** Starts connecting (the token and {@code requestId} in the upgrade request); the listener hears how it goes. */
    static void open(HttpExchange http, String gameId, String requestId, Duration timeout, TransportListener listener) {
        WebSocketTransport transport = new WebSocketTransport(http.json(), listener);
        WebSocket.Builder builder = http.http().newWebSocketBuilder().connectTimeout(timeout).header(RequestIds.HEADER, requestId);
        if (http.token() != null) builder.header("Authorization", "Bearer " + http.token());
        builder.buildAsync(socketUri(http.base(), gameId), transport).whenComplete((ws, failure) -> {
            if (failure != null) transport.end(false, "could not connect: " + failure);
        });
    }

    static URI socketUri(URI base, String gameId) {
        String http = base.resolve("ws/games/" + gameId).toString();
        return URI.create(http.startsWith("https:") ? "wss:" + http.substring(6) : "ws:" + http.substring(5));
    }

    @Override
    public TransportKind kind() {
        return TransportKind.WEBSOCKET;
    }

    @Override
    public void send(MoveCommand move, String requestId) {
        var frame = json.object().put("type", "move").put("moveId", move.moveId()).put("ply", move.ply()).put("uci", move.uci())
                .put("requestId", requestId);
        sendText(json.write(frame));
    }

    @Override
    public void resume(long lastSeq) {
        sendText(json.write(json.object().put("type", "resume").put("lastSeq", lastSeq)));
    }

    @Override
    public Duration silenceLimit(Duration heartbeat) {
        return heartbeat.multipliedBy(3); // we ping every heartbeat and the server answers each ping
    }

    @Override
    public void ping() {
        sendText("{\"type\":\"ping\"}");
    }

    @Override
    public long lastHeardNanos() {
        return lastHeard;
    }

    @Override
    public void close() {
        ended.set(true);
        WebSocket ws = socket;
        if (ws == null) return;
        // say goodbye after what is being sent, but never wait long on a network that may be gone
        sending.handle((r, e) -> null).thenCompose(x -> ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye"))
                .orTimeout(1, TimeUnit.SECONDS).whenComplete((r, e) -> ws.abort());
    }

    private void sendText(String text) {
        WebSocket ws = socket;
        sending = sending.thenCompose(previous -> ws.sendText(text, true)).whenComplete((r, failure) -> {
            if (failure != null) {
                ws.abort();
                end(false, "send failed: " + failure);
            }
        });
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        listener.opened(this);
        // unbounded demand: every frame goes straight to the connection thread's queue, so asking
        // for them one by one would apply no backpressure anyway (the server bounds what it sends)
        webSocket.request(Long.MAX_VALUE);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastHeard = System.nanoTime();
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            if (!ended.get()) deliver(text);
        }
        return null;
    }

    private void deliver(String text) {
        try {
            listener.frame(frames.read(text));
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable frame from the server, ignored: " + text, e);
        }
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        return heard(webSocket); // the JDK answers with a pong by itself
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        return heard(webSocket);
    }

    private CompletionStage<?> heard(WebSocket webSocket) {
        lastHeard = System.nanoTime();
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        end(statusCode == 4401 || statusCode == 4404, "closed by the server: " + statusCode + " " + reason);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        end(false, "connection lost: " + error);
    }

    private void end(boolean permanent, String why) {
        if (ended.compareAndSet(false, true)) listener.ended(permanent, why);
    }
}
