package org.rookery.runtime.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.function.Consumer;
import org.rookery.ports.out.EventPublisher;
import org.rookery.ports.out.MatchEventPublisher;

/**
 * The publishers the relays hand batches to, each batch in a PRODUCER span ({@code game-events
 * publish}) that is current while it is sent: a Kafka publisher then writes that span's context
 * into every record's headers, and consumers continue it. The log is the boundary between a
 * request's trace and the relay's (the relay publishes later, in batches): the events' correlation
 * ids, which are their requests' ids, join them. Stateless.
 */
public final class TracedPublishers {
    private TracedPublishers() {}

    public static EventPublisher events(EventPublisher publisher, OpenTelemetry telemetry, String stream) {
        Tracer tracer = telemetry.getTracer("org.rookery.runtime");
        return events -> traced(tracer, stream, events, publisher::publish);
    }

    public static MatchEventPublisher matches(MatchEventPublisher publisher, OpenTelemetry telemetry, String stream) {
        Tracer tracer = telemetry.getTracer("org.rookery.runtime");
        return events -> traced(tracer, stream, events, publisher::publish);
    }

    private static <E> void traced(Tracer tracer, String stream, List<E> events, Consumer<List<E>> publish) {
        Span span = tracer.spanBuilder(stream + " publish").setSpanKind(SpanKind.PRODUCER)
                .setAttribute("messaging.destination.name", stream).setAttribute("messaging.batch.message_count", events.size()).startSpan();
        try (Scope ignored = span.makeCurrent()) {
            publish.accept(events);
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            span.end();
        }
    }

}
