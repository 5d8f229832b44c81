package org.rookery.runtime.observability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.rookery.adapters.http.observability.RequestScope;

/** One JSON object per line, with the ids of the request, game and trace the logging thread works for. */
class JsonLogFormatterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonLogFormatter formatter = new JsonLogFormatter();

    private static LogRecord record(Level level, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName("org.rookery.application.game.MovePipeline");
        r.setInstant(java.time.Instant.parse("2026-12-08T10:15:30.123Z"));
        return r;
    }

    @Test
    void a_line_inside_a_request_carries_its_request_game_and_trace_ids() throws Exception {
        SpanContext span = SpanContext.create("4bf92f3577b34da6a3ce929d0e0e4736", "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());
        String line;
        try (Scope request = RequestScope.open(Context.root().with(Span.wrap(span)), RequestScope.REST, "req-42");
                Scope game = RequestScope.game("g-7")) {
            line = formatter.format(record(Level.WARNING, "snapshot of game g-7 failed"));
        }
        assertThat(line).endsWith("}\n").doesNotContain("\n{").hasLineCount(1);
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("time").asText()).isEqualTo("2026-12-08T10:15:30.123Z");
        assertThat(json.get("level").asText()).isEqualTo("WARN");
        assertThat(json.get("logger").asText()).isEqualTo("org.rookery.application.game.MovePipeline");
        assertThat(json.get("message").asText()).isEqualTo("snapshot of game g-7 failed");
        assertThat(json.get("requestId").asText()).isEqualTo("req-42");
        assertThat(json.get("gameId").asText()).isEqualTo("g-7");
        assertThat(json.get("traceId").asText()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(json.get("spanId").asText()).isEqualTo("00f067aa0ba902b7");
    }

    @Test
    void outside_a_request_there_are_no_ids_and_quotes_newlines_controls_and_stack_traces_stay_on_one_line() throws Exception {
        LogRecord r = record(Level.SEVERE, "a \"quoted\" \\ path\nsecond line\u0001 {0}");
        r.setParameters(new Object[] {"é"});
        r.setThrown(new IllegalStateException("boom"));
        String line = formatter.format(r);
        assertThat(line).hasLineCount(1);
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("message").asText()).isEqualTo("a \"quoted\" \\ path\nsecond line\u0001 é");
        assertThat(json.get("level").asText()).isEqualTo("ERROR");
        assertThat(json.get("exception").asText()).startsWith("java.lang.IllegalStateException: boom").contains("\tat ");
        assertThat(json.has("requestId")).isFalse();
        assertThat(json.has("traceId")).isFalse();
    }

    @Test
    void levels_take_the_names_log_tools_expect() {
        assertThat(JsonLogFormatter.level(Level.INFO)).isEqualTo("INFO");
        assertThat(JsonLogFormatter.level(Level.FINE)).isEqualTo("DEBUG");
        assertThat(JsonLogFormatter.level(Level.FINEST)).isEqualTo("TRACE");
    }

    @Test
    void the_format_is_chosen_by_one_setting_and_auto_means_json_without_a_terminal() {
        assertThat(LogSetup.format("JSON")).isEqualTo(LogSetup.Format.JSON);
        assertThat(LogSetup.json(LogSetup.Format.TEXT, null)).isFalse();
        assertThat(LogSetup.json(LogSetup.Format.JSON, null)).isTrue();
        assertThat(LogSetup.json(LogSetup.Format.AUTO, null)).isTrue(); // no console at all: a service, a container
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LogSetup.format("xml")).hasMessageContaining("text, json or auto");
    }
}
