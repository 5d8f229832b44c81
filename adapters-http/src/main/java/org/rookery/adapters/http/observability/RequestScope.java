package org.rookery.adapters.http.observability;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;

/**
 * What the code running for one request knows about it, carried in the OpenTelemetry
 * {@link Context} of its thread: the request id and the game id as baggage entries (which log
 * formatters read: {@link #REQUEST_ID}, {@link #GAME_ID}), and the transport the request came
 * by ({@code rest}, {@code websocket}) for the move metrics. The context works whether tracing is
 * on or off; baggage is not sent on to other services unless a baggage propagator is configured.
 * Stateless.
 */
public final class RequestScope {
    /** Baggage key of the request id ({@code X-Request-ID}, or a WebSocket frame's {@code requestId}). */
    public static final String REQUEST_ID = "rookery.request_id";
    /** Baggage key of the game a command is about. */
    public static final String GAME_ID = "rookery.game_id";
    public static final String REST = "rest", WEBSOCKET = "websocket", OTHER = "other";
    private static final ContextKey<String> TRANSPORT = ContextKey.named("rookery.transport");

    private RequestScope() {}

    /** Makes {@code parent} with the request's id and transport current until the scope closes. */
    public static Scope open(Context parent, String transport, String requestId) {
        Baggage baggage = Baggage.fromContext(parent).toBuilder().put(REQUEST_ID, requestId).build();
        return parent.with(baggage).with(TRANSPORT, transport).makeCurrent();
    }

    /** Adds the game id to the current context until the scope closes. */
    public static Scope game(String gameId) {
        Context current = Context.current();
        return current.with(Baggage.fromContext(current).toBuilder().put(GAME_ID, gameId).build()).makeCurrent();
    }

    /** The current request's transport, {@link #OTHER} outside a request (a timer, a bot). */
    public static String transport() {
        String transport = Context.current().get(TRANSPORT);
        return transport == null ? OTHER : transport;
    }

    /** The current request id, or empty. */
    public static String requestId() {
        String id = Baggage.current().getEntryValue(REQUEST_ID);
        return id == null ? "" : id;
    }
}
