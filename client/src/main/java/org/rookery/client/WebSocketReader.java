package org.rookery.client;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The receiving side of a {@link WebSocketTransport}: assembles text frames, reads them into
 * {@link ServerFrame}s for the {@link TransportListener}, notes when the server was last heard
 * (frames, pings, pongs) and reports the end exactly once. Close codes 4401 (bad token) and 4404
 * (unknown game) end it for good. The JDK calls it one callback at a time; {@link #end} and
 * {@link #stop} may come from any thread.
 */
final class WebSocketReader implements WebSocket.Listener {
    private static final System.Logger LOG = System.getLogger(WebSocketReader.class.getName());
    private final ServerFrames frames;
    private final TransportListener listener;
    private final Consumer<WebSocket> onOpen;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final StringBuilder partial = new StringBuilder();
    private volatile long lastHeard = System.nanoTime();

    WebSocketReader(JsonCodec json, TransportListener listener, Consumer<WebSocket> onOpen) {
        this.frames = new ServerFrames(json);
        this.listener = listener;
        this.onOpen = onOpen;
    }

    long lastHeardNanos() {
        return lastHeard;
    }

    /** The transport is closed on our side: report nothing more. */
    void stop() {
        ended.set(true);
    }

    void end(boolean permanent, String why) {
        if (ended.compareAndSet(false, true)) listener.ended(permanent, why);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        onOpen.accept(webSocket);
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
        lastHeard = System.nanoTime(); // the JDK answers with a pong by itself
        return null;
    }

    @Override
    public CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
        lastHeard = System.nanoTime();
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        return null; // the API sends text only
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
}
