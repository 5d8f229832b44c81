package org.rookery.client;

import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The live game over {@code /ws/games/{id}} with the JDK's {@link WebSocket}: frames in through
 * its {@link WebSocketReader}, commands out one after the other (the JDK allows one pending
 * send). Not thread-safe: {@link #send}, {@link #resume}, {@link #ping} and {@link #close} are
 * called from the connection thread.
 */
final class WebSocketTransport implements Transport {
    private final JsonCodec json;
    private final WebSocketReader reader;
    private final TransportListener listener;
    private volatile WebSocket socket;
    private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

    private WebSocketTransport(JsonCodec json, TransportListener listener) {
        this.json = json;
        this.listener = listener;
        this.reader = new WebSocketReader(json, listener, this::opened);
    }

    private void opened(WebSocket webSocket) {
        socket = webSocket;
        listener.opened(this);
    }

    /** Starts connecting (the token and {@code requestId} in the upgrade request); the listener hears how it goes. */
    static void open(HttpExchange http, String gameId, String requestId, Duration timeout, TransportListener listener) {
        WebSocketTransport transport = new WebSocketTransport(http.json(), listener);
        WebSocket.Builder builder = http.http().newWebSocketBuilder().connectTimeout(timeout).header(RequestIds.HEADER, requestId);
        if (http.token() != null) builder.header("Authorization", "Bearer " + http.token());
        builder.buildAsync(socketUri(http.base(), gameId), transport.reader).whenComplete((ws, failure) -> {
            if (failure != null) transport.reader.end(false, "could not connect: " + failure);
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
        return reader.lastHeardNanos();
    }

    @Override
    public void close() {
        reader.stop();
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
                reader.end(false, "send failed: " + failure);
            }
        });
    }
}
