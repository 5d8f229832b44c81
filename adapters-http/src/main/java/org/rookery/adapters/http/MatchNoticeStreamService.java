package org.rookery.adapters.http;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.rookery.ports.out.Subscription;

/**
 * {@code GET /v1/matchmaking/events}: the caller's own match notices as Server-Sent Events, named
 * by type ({@code gameReady}, {@code gameDelayed}, {@code matchCancelled}). The stream first
 * carries the latest notice sent to the player, if one is kept (a match made just before the
 * stream opened is not missed), then every new one; it stays open across matches. Needs a token
 * (header or {@code ?token=}). Comments keep idle streams alive. Thread-safe: one request thread
 * per stream.
 */
public final class MatchNoticeStreamService implements HttpService {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int CAPACITY = 32;
    private final MatchmakingApi matchmaking;
    private final Json json;
    private final BearerAuthentication auth;
    private final HttpMetrics metrics;

    public MatchNoticeStreamService(MatchmakingApi matchmaking, Json json, BearerAuthentication auth, HttpMetrics metrics) {
        this.matchmaking = matchmaking;
        this.json = json;
        this.auth = auth;
        this.metrics = metrics;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/v1/matchmaking/events", this::stream);
    }

    private void stream(ServerRequest req, ServerResponse res) {
        String user = auth.user(req, true)
                .orElseThrow(() -> ApiProblemException.unauthorized("this stream needs a bearer token (header or ?token=)"));
        NoticeBuffer buffer = new NoticeBuffer(CAPACITY);
        Subscription subscription = matchmaking.watch().watch(user, buffer::offer);
        metrics.streamOpened();
        try (SseSink sink = res.sink(SseSink.TYPE)) {
            pump(buffer, sink);
        } catch (UncheckedIOException clientLeft) {
            // the client closed the stream: nothing to answer
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt(); // the server stops: the stream simply ends
        } finally {
            subscription.close();
            metrics.streamClosed();
        }
    }

    private void pump(NoticeBuffer buffer, SseSink sink) throws InterruptedException {
        while (true) {
            switch (buffer.poll(HEARTBEAT)) {
                case NoticeBuffer.Notice(var notice) -> sink.emit(SseEvent.builder().name(MatchmakingWireFormat.name(notice))
                        .data(json.writeString(MatchmakingWireFormat.notice(notice))).build());
                case NoticeBuffer.Idle() -> sink.emit(SseEvent.builder().comment("keep-alive").build());
                case NoticeBuffer.Overflowed() -> {
                    metrics.slowConsumer("sse");
                    sink.emit(SseEvent.builder().name("problem").data(json.writeString(Map.of("type", "error",
                            "code", "too_far_behind", "message", "reconnect: the latest notice is sent again"))).build());
                    return;
                }
            }
        }
    }
}
