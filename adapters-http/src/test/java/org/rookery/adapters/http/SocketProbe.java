package org.rookery.adapters.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JDK WebSocket client for tests: collects every text frame as JSON and the close code, and
 * waits for frames with a deadline. A test fixture; not for concurrent use by several tests.
 */
final class SocketProbe implements WebSocket.Listener, AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    final CompletableFuture<Integer> closed = new CompletableFuture<>();
    final WebSocket socket;

    private SocketProbe(HttpClient client, URI uri) {
        this.socket = client.newWebSocketBuilder().buildAsync(uri, this).join();
    }

    static SocketProbe connect(TestPlatform platform, String gameId, String token) {
        String query = token == null ? "" : "?token=" + token;
        return new SocketProbe(platform.client, URI.create("ws://127.0.0.1:" + platform.server.port() + "/ws/games/" + gameId + query));
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(TestPlatform.json(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    final java.util.concurrent.atomic.AtomicInteger pongs = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        pongs.incrementAndGet();
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(-1);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next frame, failing after a few seconds. */
    JsonNode next() {
        try {
            JsonNode frame = frames.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (frame == null) throw new AssertionError("no frame within " + WAIT);
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame, which must have this type. */
    JsonNode next(String type) {
        JsonNode frame = next();
        if (!frame.get("type").asText().equals(type)) throw new AssertionError("expected a " + type + " frame, got " + frame);
        return frame;
    }

    /** Frames until one matches, returning all of them (the match last). */
    List<JsonNode> until(Predicate<JsonNode> match) {
        List<JsonNode> seen = new ArrayList<>();
        while (true) {
            JsonNode frame = next();
            seen.add(frame);
            if (match.test(frame)) return seen;
        }
    }

    /** Frames already received, without waiting. */
    List<JsonNode> drain() {
        List<JsonNode> out = new ArrayList<>();
        frames.drainTo(out);
        return out;
    }

    int closeCode() {
        return closed.orTimeout(WAIT.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    void ping() {
        socket.sendPing(ByteBuffer.allocate(0)).join();
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        socket.abort();
    }

}
