package org.rookery.adapters.http.sse;

import io.helidon.http.sse.SseEvent;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.helidon.webserver.sse.SseSink;
import java.time.Duration;
import java.util.Map;
import org.rookery.adapters.http.auth.BearerAuthentication;
import org.rookery.adapters.http.json.Json;
import org.rookery.adapters.http.json.MatchmakingWireFormat;
import org.rookery.adapters.http.observability.HttpMetrics;
import org.rookery.adapters.http.problem.ApiProblemException;
import org.rookery.adapters.http.usecase.MatchmakingApi;
import org.rookery.ports.out.Subscription;
import org.rookery.ports.out.notice.MatchNotice;

/**
 * {@code GET /v1/matchmaking/events}: the caller's own match notices as Server-Sent Events, named
 * by type ({@code gameReady}, {@code gameDelayed}, {@code matchCancelled}). The stream first
 * carries the latest notice sent to the player, if one is kept (a match made just before the
 * stream opened is not missed), then every new one; it stays open across matches. Needs a token
 * (header or {@code ?token=}). Notices are rare (a few per match), so a full buffer means the
 * client stopped reading: the stream ends. Comments keep idle streams alive. Thread-safe: one
 * request thread per stream.
 */
final class MatchNoticeStreamRoutes implements HttpService {
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);
    private static final int CAPACITY = 32;
    private final MatchmakingApi matchmaking;
    private final Json json;
    private final BearerAuthentication auth;
    private final HttpMetrics metrics;

    MatchNoticeStreamRoutes(MatchmakingApi matchmaking, Json json, BearerAuthentication auth, HttpMetrics metrics) {
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
        StreamBuffer<MatchNotice> buffer = StreamBuffer.unordered(CAPACITY);
        Subscription subscription = matchmaking.watch().watch(user, buffer::offer);
        metrics.streamOpened();
        try {
            SseStreams.run(res, sink -> pump(buffer, sink));
        } finally {
            subscription.close();
            metrics.streamClosed();
        }
    }

    private void pump(StreamBuffer<MatchNotice> buffer, SseSink sink) throws InterruptedException {
        while (true) {
            switch (buffer.poll(HEARTBEAT)) {
                case StreamBuffer.Item<MatchNotice>(MatchNotice notice) -> sink.emit(SseEvent.builder()
                        .name(MatchmakingWireFormat.name(notice)).data(json.writeString(MatchmakingWireFormat.notice(notice))).build());
                case StreamBuffer.Idle<MatchNotice>() -> sink.emit(SseEvent.builder().comment("keep-alive").build());
                case StreamBuffer.Overflowed<MatchNotice>(long ignored) -> {
                    metrics.slowConsumer("sse");
                    sink.emit(SseEvent.builder().name("problem").data(json.writeString(Map.of("type", "error",
                            "code", "too_far_behind", "message", "reconnect: the latest notice is sent again"))).build());
                    return;
                }
            }
        }
    }
}
