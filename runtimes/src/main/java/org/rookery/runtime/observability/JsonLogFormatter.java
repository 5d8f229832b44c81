package org.rookery.runtime.observability;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.rookery.adapters.http.observability.RequestScope;

/**
 * Writes each java.util.logging record as one JSON object on one line: {@code time} (ISO-8601
 * UTC), {@code level} ({@code ERROR}, {@code WARN}, {@code INFO}, {@code DEBUG}, {@code TRACE}),
 * {@code logger}, {@code message}, and when known {@code requestId}, {@code gameId}, {@code traceId},
 * {@code spanId}, {@code thread} and {@code exception} (its stack trace). The ids come from the
 * context current on the logging thread ({@link RequestScope} and the span), which the HTTP
 * adapter and the Kafka consumer set per request: java.util.logging formats on the caller's
 * thread. Thread-safe.
 */
public final class JsonLogFormatter extends Formatter {
    @Override
    public String format(LogRecord record) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "time", Instant.ofEpochMilli(record.getMillis()).toString());
        field(json, "level", level(record.getLevel()));
        field(json, "logger", record.getLoggerName() == null ? "" : record.getLoggerName());
        field(json, "message", formatMessage(record));
        Baggage baggage = Baggage.current();
        optional(json, "requestId", baggage.getEntryValue(RequestScope.REQUEST_ID));
        optional(json, "gameId", baggage.getEntryValue(RequestScope.GAME_ID));
        SpanContext span = Span.current().getSpanContext();
        if (span.isValid()) {
            field(json, "traceId", span.getTraceId());
            field(json, "spanId", span.getSpanId());
        }
        field(json, "thread", Thread.currentThread().getName());
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            field(json, "exception", trace.toString());
        }
        json.setLength(json.length() - 1); // the last comma
        return json.append("}\n").toString();
    }

    /** SLF4J's names, which log tools expect, for java.util.logging's levels. */
    static String level(Level level) {
        int v = level.intValue();
        if (v >= Level.SEVERE.intValue()) return "ERROR";
        if (v >= Level.WARNING.intValue()) return "WARN";
        if (v >= Level.INFO.intValue()) return "INFO";
        if (v >= Level.FINE.intValue()) return "DEBUG";
        return "TRACE";
    }

    private static void optional(StringBuilder json, String name, String value) {
        if (value != null && !value.isEmpty()) field(json, name, value);
    }

    private static void field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":\"");
        escape(json, value);
        json.append("\",");
    }

    /** RFC 8259 string escaping: quotes, backslashes and control characters. */
    static void escape(StringBuilder json, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) json.append(String.format("\\u%04x", (int) c));
                    else json.append(c);
                }
            }
        }
    }
}
