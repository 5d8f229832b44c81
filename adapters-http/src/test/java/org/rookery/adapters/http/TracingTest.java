package org.rookery.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.TestPlatform.Guest;
import org.rookery.ports.contract.Eventually;

/**
 * Traces through the SDK's in-memory exporter: a request continues the caller's W3C trace with a
 * server span named by its route template, each game command is a span of its own under it, a
 * WebSocket command is a trace of its own, and every span carries the request id.
 */
class TracingTest {
    private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("rookery.request_id");
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String PARENT_ID = "00f067aa0ba902b7";
    static final InMemorySpanExporter spans = InMemorySpanExporter.create();
    static final OpenTelemetrySdk telemetry = OpenTelemetrySdk.builder()
            .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
            .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance())).build();
    static final TestPlatform platform = TestPlatform.traced(HttpSettings.DEFAULTS, telemetry);

    @AfterAll
    static void stop() {
        platform.close();
        telemetry.close();
    }

    @BeforeEach
    void forget() {
        spans.reset();
    }

    private static SpanData span(String name) {
        Eventually.await(Duration.ofSeconds(5), () -> find(name).isPresent(), "a span named " + name);
        return find(name).orElseThrow();
    }

    private static Optional<SpanData> find(String name) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    @Test
    void a_move_continues_the_callers_trace_in_a_server_span_and_a_command_span_both_with_the_request_id() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        spans.reset();
        var answer = platform.send(platform.request("/v1/games/" + gameId + "/moves", alice.token())
                .header("traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01").header("X-Request-ID", "trace-me-1")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uci\":\"e2e4\",\"moveId\":\"t1\",\"ply\":0}")));
        assertThat(answer.statusCode()).isEqualTo(200);

        SpanData server = span("POST /v1/games/{gameId}/moves");
        assertThat(server.getKind()).isEqualTo(SpanKind.SERVER);
        assertThat(server.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(server.getParentSpanId()).isEqualTo(PARENT_ID);
        assertThat(server.getAttributes().get(REQUEST_ID)).isEqualTo("trace-me-1");
        assertThat(server.getAttributes().get(AttributeKey.stringKey("http.route"))).isEqualTo("/v1/games/{gameId}/moves");
        assertThat(server.getAttributes().get(AttributeKey.longKey("http.response.status_code"))).isEqualTo(200);

        SpanData command = span("game.move");
        assertThat(command.getTraceId()).isEqualTo(TRACE_ID);
        assertThat(command.getParentSpanId()).isEqualTo(server.getSpanId());
        assertThat(command.getAttributes().get(REQUEST_ID)).isEqualTo("trace-me-1");
        assertThat(command.getAttributes().get(AttributeKey.stringKey("game.id"))).isEqualTo(gameId);
        assertThat(command.getAttributes().get(AttributeKey.stringKey("rookery.outcome"))).isEqualTo("accepted");
    }

    @Test
    void a_request_without_a_traceparent_starts_a_trace_and_a_rejected_command_says_why() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        spans.reset();
        platform.move(gameId, bob, "e7e5", 0, "t2"); // not Black's turn
        SpanData command = span("game.move");
        assertThat(command.getAttributes().get(AttributeKey.stringKey("rookery.outcome"))).isEqualTo("rejected");
        assertThat(command.getAttributes().get(AttributeKey.stringKey("rookery.rejection"))).isNotBlank();
        SpanData server = span("POST /v1/games/{gameId}/moves");
        assertThat(server.getParentSpanContext().isValid()).isFalse();
        assertThat(command.getTraceId()).isEqualTo(server.getTraceId());
    }

    @Test
    void a_websocket_move_is_a_trace_of_its_own_carrying_the_frames_request_id() {
        Guest alice = platform.guest(), bob = platform.guest();
        String gameId = platform.startedGame(alice, bob, 60_000, 0);
        try (SocketProbe white = SocketProbe.connect(platform, gameId, alice.token())) {
            white.next("snapshot");
            spans.reset();
            white.send("{\"type\":\"move\",\"uci\":\"e2e4\",\"moveId\":\"w1\",\"ply\":0,\"requestId\":\"ws-req-9\"}");
            white.until(f -> f.get("type").asText().equals("ack"));
        }
        SpanData command = span("game.move");
        assertThat(command.getAttributes().get(REQUEST_ID)).isEqualTo("ws-req-9");
        assertThat(command.getParentSpanContext().isValid()).isFalse();
        List<String> names = spans.getFinishedSpanItems().stream().map(SpanData::getName).toList();
        assertThat(names).doesNotContain("GET unmatched");
    }
}
