package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * {@code rookery.tracing=otlp} really sends: spans reach an OTLP/HTTP endpoint (a stand-in
 * collector on a free port) by the time tracing is closed; {@code off} is the no-op API.
 */
class TracingExportTest {
    @Test
    void otlp_posts_the_spans_to_the_collector_as_protobuf() throws Exception {
        HttpServer collector = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> posts = new CopyOnWriteArrayList<>();
        collector.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            posts.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + exchange.getRequestHeaders().getFirst("Content-Type") + " " + body.length);
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        collector.start();
        try {
            Tracing tracing = Tracing.start(Tracing.Mode.OTLP, "rookery-test",
                    Map.of("otel.exporter.otlp.endpoint", "http://127.0.0.1:" + collector.getAddress().getPort(),
                            "otel.traces.sampler", "always_on")); // the default samples a tenth: this one span must go
            Span span = tracing.telemetry().getTracer("test").spanBuilder("a span to send").startSpan();
            span.end();
            tracing.close(); // flushes the batch
            assertThat(posts).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith("POST /v1/traces application/x-protobuf"));
        } finally {
            collector.stop(0);
        }
    }

    @Test
    void off_is_the_no_op_api() {
        Tracing tracing = Tracing.start(Tracing.Mode.OFF, "rookery-test");
        assertThat(tracing.telemetry()).isSameAs(OpenTelemetry.noop());
        assertThat(tracing.telemetry().getTracer("t").spanBuilder("s").startSpan().getSpanContext().isValid()).isFalse();
        tracing.close();
    }
}
