package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.rookery.runtime.allinone.AllInOne;
import org.rookery.runtime.allinone.ConfigKeys;
import org.rookery.runtime.allinone.Configuration;
import org.rookery.runtime.allinone.ConfigurationException;
import org.rookery.runtime.allinone.RunningPlatform;

/**
 * Tracing on with one setting ({@code rookery.tracing=log}): the all-in-one runtime continues a
 * caller's {@code traceparent}, its spans reach the exporter, and a JSON log line written while the
 * request runs (the access log) carries the request id and the trace id.
 */
class TracedPlatformTest {
    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private final HttpClient client = HttpClient.newHttpClient();

    /** Keeps the JSON lines of one logger. */
    static final class JsonLines extends Handler {
        final List<String> lines = new CopyOnWriteArrayList<>();

        JsonLines() {
            setFormatter(new JsonLogFormatter());
            setLevel(Level.ALL);
        }

        @Override
        public void publish(LogRecord record) {
            lines.add(getFormatter().format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void a_traced_request_reaches_the_exporter_and_its_json_log_line_carries_request_and_trace_ids() throws Exception {
        Logger access = Logger.getLogger("org.rookery.adapters.http.observability.RequestMetricsFilter");
        Logger exporter = Logger.getLogger("io.opentelemetry.exporter.logging.LoggingSpanExporter");
        JsonLines accessLines = new JsonLines(), spanLines = new JsonLines();
        Level before = access.getLevel();
        access.setLevel(Level.FINE);
        access.addHandler(accessLines);
        exporter.addHandler(spanLines);
        RunningPlatform platform = AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.TRACING, "log")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            HttpResponse<String> guest = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.port() + "/v1/auth/guest"))
                    .header("traceparent", "00-" + TRACE_ID + "-b7ad6b7169203331-01").header("X-Request-ID", "json-log-1")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(guest.statusCode()).isEqualTo(201);
            await().atMost(Duration.ofSeconds(10)).until(() -> spanLines.lines.stream().anyMatch(l -> l.contains(TRACE_ID)));
            assertThat(spanLines.lines).anySatisfy(l -> assertThat(l).contains("POST /v1/auth/guest").contains(TRACE_ID));
            await().atMost(Duration.ofSeconds(10)).until(() -> accessLines.lines.stream().anyMatch(l -> l.contains("json-log-1")));
            JsonNode line = new ObjectMapper().readTree(accessLines.lines.stream().filter(l -> l.contains("json-log-1")).findFirst().orElseThrow());
            assertThat(line.get("requestId").asText()).isEqualTo("json-log-1");
            assertThat(line.get("traceId").asText()).isEqualTo(TRACE_ID);
            assertThat(line.get("level").asText()).isEqualTo("DEBUG");
        } finally {
            platform.close();
            access.removeHandler(accessLines);
            exporter.removeHandler(spanLines);
            access.setLevel(before);
        }
    }

    @Test
    void a_tracing_or_log_setting_that_is_not_one_of_the_choices_stops_the_start_naming_its_key() {
        assertThatThrownBy(() -> AllInOne.start(Configuration.of(Map.of(ConfigKeys.PORT, "0", ConfigKeys.TRACING, "zipkin")), System.out))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("rookery.tracing").hasMessageContaining("off, log or otlp");
        assertThat(Tracing.mode("OTLP")).isEqualTo(Tracing.Mode.OTLP);
    }
}
