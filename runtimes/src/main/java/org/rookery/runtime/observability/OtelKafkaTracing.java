package org.rookery.runtime.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.rookery.adapters.http.observability.RequestScope;
import org.rookery.adapters.kafka.EventHeaders;
import org.rookery.adapters.kafka.KafkaTracing;

/**
 * The Kafka adapter's trace propagation on OpenTelemetry: the configured propagator (W3C
 * {@code traceparent}) writes the current context into each published record's headers; each
 * consumed record is handled in a CONSUMER span whose parent is the context its headers carry,
 * with the event's correlation id as the request id and the record key as the game id, in the span
 * and in the log context. Thread-safe.
 */
public final class OtelKafkaTracing implements KafkaTracing {
    private static final TextMapSetter<Headers> SETTER = (headers, key, value) -> {
        if (headers == null) return;
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    };
    private static final TextMapGetter<Headers> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            for (Header h : headers) keys.add(h.key());
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            return headers == null ? null : EventHeaders.text(headers, key).orElse(null);
        }
    };
    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public OtelKafkaTracing(OpenTelemetry telemetry) {
        this.tracer = telemetry.getTracer("org.rookery.adapters.kafka");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public void inject(Headers headers) {
        propagator.inject(Context.current(), headers, SETTER);
    }

    @Override
    public Handling consuming(ConsumerRecord<String, byte[]> record, String groupId) {
        Context parent = propagator.extract(Context.root(), record.headers(), GETTER);
        String requestId = EventHeaders.text(record.headers(), EventHeaders.CORRELATION_ID).orElse("");
        Span span = tracer.spanBuilder(record.topic() + " process").setParent(parent).setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka").setAttribute("messaging.destination.name", record.topic())
                .setAttribute("messaging.consumer.group.name", groupId)
                .setAttribute("messaging.kafka.offset", record.offset())
                .setAttribute(org.rookery.adapters.http.observability.TracingFilter.REQUEST_ID_ATTRIBUTE, requestId).startSpan();
        var baggage = Baggage.fromContext(parent).toBuilder().put(RequestScope.REQUEST_ID, requestId);
        // game events are keyed by game id; matchmaking's by match id
        boolean gameEvent = !"MatchCreated".equals(EventHeaders.text(record.headers(), EventHeaders.EVENT_TYPE).orElse(""));
        if (record.key() != null) {
            span.setAttribute("messaging.kafka.message.key", record.key());
            if (gameEvent) {
                span.setAttribute("game.id", record.key());
                baggage.put(RequestScope.GAME_ID, record.key());
            }
        }
        Scope scope = parent.with(span).with(baggage.build()).makeCurrent();
        return new Handling() {
            @Override
            public void failed(Throwable cause) {
                span.recordException(cause);
                span.setStatus(StatusCode.ERROR);
            }

            @Override
            public void close() {
                scope.close();
                span.end();
            }
        };
    }
}
