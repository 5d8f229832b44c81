package org.rookery.adapters.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.rookery.domain.event.EventEnvelope;
import org.rookery.domain.event.MatchEnvelope;

/**
 * The headers of every event record, so that brokers' tools, routers and dead-letter readers see
 * what a record is without parsing its value; values are UTF-8 text. Stateless, thread-safe.
 */
public final class EventHeaders {
    public static final String EVENT_TYPE = "event-type";
    public static final String SCHEMA_VERSION = "schema-version";
    public static final String EVENT_ID = "event-id";
    public static final String CORRELATION_ID = "correlation-id";

    private EventHeaders() {}

    /** The four headers of an event record. */
    public static Headers of(EventEnvelope event) {
        Headers headers = new RecordHeaders();
        put(headers, EVENT_TYPE, event.type());
        put(headers, SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        put(headers, EVENT_ID, event.eventId());
        put(headers, CORRELATION_ID, event.correlationId());
        return headers;
    }

    /** The four headers of a matchmaking event record. */
    public static Headers of(MatchEnvelope event) {
        Headers headers = new RecordHeaders();
        put(headers, EVENT_TYPE, event.type());
        put(headers, SCHEMA_VERSION, Integer.toString(event.schemaVersion()));
        put(headers, EVENT_ID, event.eventId());
        put(headers, CORRELATION_ID, event.correlationId());
        return headers;
    }

    /** The last value of header {@code name}, if the record has it. */
    public static Optional<String> text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? Optional.empty() : Optional.of(new String(header.value(), StandardCharsets.UTF_8));
    }

    static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
