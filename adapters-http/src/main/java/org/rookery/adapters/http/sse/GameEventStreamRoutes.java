package org.rookery.adapters.http.sse;

import io.helidon.http.HeaderNames;
import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.time.Duration;
import java.util.Map;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.json.GameIds;
import org.rookery.adapters.http.json.GameWireFormat;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.problem.Rejections;
import org.rookery.adapters.http.usecase.LiveGameApi;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.game.GameView;
import org.rookery.ports.out.Subscription;

/**
 * {@code GET /v1/games/{gameId}/events}: the game's events as Server-Sent Events, each with
 * {@code id: <seq>}. A client without {@code Last-Event-ID} first gets a {@code snapshot} event
 * (the game object, id = its seq); with one (a reconnecting EventSource), the events after that
 * seq. A client that falls too far behind gets a {@code problem} event ({@code too_far_behind})
 * and the stream ends, so that its EventSource reconnects with {@code Last-Event-ID}. Comments
 * keep idle streams alive. Thread-safe: one request thread per stream.
 */
final class GameEventStreamRoutes implements HttpService {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private final LiveGameApi games;
    private final Json json;
    private final BearerAuthentication auth;
    private final HttpMetrics metrics;
    private final int capacity;

    GameEventStreamRoutes(LiveGameApi games, Json json, BearerAuthentication auth, HttpMetrics metrics, int capacity) {
        this.games = games;
        this.json = json;
        this.auth = auth;
        this.metrics = metrics;
        this.capacity = capacity;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/v1/games/{gameId}/events", this::stream);
    }

    private void stream(ServerRequest req, ServerResponse res) {
        auth.user(req, true);
        String gameId = GameIds.require(req.path().pathParameters().get("gameId"));
        Long lastEventId = lastEventId(req);
        GameView snapshot = lastEventId == null ? Rejections.orThrow(games.games().game(gameId)) : null;
        long after = lastEventId != null ? lastEventId : snapshot.seq();
        StreamBuffer<EventEnvelope> buffer = StreamBuffer.events(capacity, Thread.currentThread(), after);
        Subscription subscription = Rejections.orThrow(games.watch().watch(gameId, after, buffer::offer));
        metrics.streamOpened();
        try {
            SseStreams.run(res, sink -> {
                if (snapshot != null) {
                    sink.emit(SseEvent.builder().id(Long.toString(snapshot.seq())).name("snapshot")
                            .data(json.writeString(GameWireFormat.game(snapshot))).build());
                }
                pump(buffer, sink);
            });
        } finally {
            subscription.close();
            metrics.streamClosed();
        }
    }

    private void pump(StreamBuffer<EventEnvelope> buffer, SseSink sink) throws InterruptedException {
        while (true) {
            switch (buffer.poll(HEARTBEAT)) {
                case StreamBuffer.Item<EventEnvelope>(EventEnvelope e) -> sink.emit(SseEvent.builder().id(Long.toString(e.seq()))
                        .data(json.writeString(e)).build());
                case StreamBuffer.Idle<EventEnvelope>() -> sink.emit(SseEvent.builder().comment("keep-alive").build());
                case StreamBuffer.Overflowed<EventEnvelope>(long lastSeq) -> {
                    metrics.slowConsumer("sse");
                    sink.emit(SseEvent.builder().name("problem").data(json.writeString(Map.of("type", "error",
                            "code", "too_far_behind", "message", "reconnect with Last-Event-ID to resume", "lastSeq", lastSeq))).build());
                    return;
                }
            }
        }
    }

    private static Long lastEventId(ServerRequest req) {
        String text = req.headers().first(HeaderNames.create("Last-Event-ID"))
                .or(() -> req.query().first("lastEventId").asOptional()).orElse(null);
        if (text == null || text.isBlank()) return null;
        try {
            long seq = Long.parseLong(text.trim());
            if (seq < 0) throw new NumberFormatException();
            return seq;
        } catch (NumberFormatException e) {
            throw ApiProblemException.badRequest("Last-Event-ID must be a sequence number, got '" + text + "'");
        }
    }
}
