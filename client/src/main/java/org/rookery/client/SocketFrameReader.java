package org.rookery.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The JDK WebSocket listener of one connection attempt: assembles text frames into JSON, and
 * reports the loss of the socket exactly once however it happens (close, error, abort). The JDK
 * calls one listener from one thread at a time; {@link #lost()} may be called from any thread.
 */
final class SocketFrameReader implements WebSocket.Listener {
    /** What the reader reports to its connection. */
    interface Sink {
        void frame(WebSocket ws, JsonNode frame);

        void malformed(String problem);

        void lost();

        /** The server refused us for good (bad token 4401, unknown game 4404). */
        void refused(int closeCode);
    }

    private final Sink sink;
    private final StringBuilder text = new StringBuilder();
    private final AtomicBoolean gone = new AtomicBoolean();

    SocketFrameReader(Sink sink) {
        this.sink = sink;
    }

    void lost() {
        if (gone.compareAndSet(false, true)) sink.lost();
    }

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            String whole = text.toString();
            text.setLength(0);
            try {
                sink.frame(ws, RookeryClient.JSON.readTree(whole));
            } catch (JsonProcessingException e) {
                sink.malformed(e.getOriginalMessage());
            }
        }
        ws.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
        if (statusCode == 4401 || statusCode == 4404) {
            if (gone.compareAndSet(false, true)) sink.refused(statusCode);
        } else {
            lost();
        }
        return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
        lost();
    }
}
