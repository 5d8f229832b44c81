package org.rookery.adapters.http.observability;

import io.helidon.http.Headers;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each HTTP request its context: a SERVER span named {@code METHOD route-template} whose
 * parent is the caller's W3C {@code traceparent} (if any), with the request id, method, route and
 * status as attributes, and the {@link RequestScope} (request id, transport) current while the
 * routes run, so commands' spans are its children and log lines carry its ids. With tracing off
 * (a no-op {@link OpenTelemetry}) only the scope remains. Thread-safe.
 */
public final class TracingFilter implements Filter {
    /** The span attribute carrying the request id. */
    public static final String REQUEST_ID_ATTRIBUTE = "rookery.request_id";
    private static final TextMapGetter<Headers> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers headers) {
            List<String> keys = new ArrayList<>();
            headers.forEach(h -> keys.add(h.name()));
            return keys;
        }

        @Override
        public String get(Headers headers, String key) {
            return headers == null ? null : headers.first(io.helidon.http.HeaderNames.create(key)).orElse(null);
        }
    };
    private final Tracer tracer;
    private final TextMapPropagator propagator;

    public TracingFilter(OpenTelemetry telemetry) {
        this.tracer = telemetry.getTracer("org.rookery.adapters.http");
        this.propagator = telemetry.getPropagators().getTextMapPropagator();
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String requestId = RequestIdFilter.of(req).value();
        String method = HttpMetrics.methodLabel(req.prologue().method().text());
        Context parent = propagator.extract(Context.root(), req.headers(), HEADERS);
        Span span = tracer.spanBuilder(method).setParent(parent).setSpanKind(SpanKind.SERVER)
                .setAttribute("http.request.method", method)
                .setAttribute(REQUEST_ID_ATTRIBUTE, requestId).startSpan();
        try (Scope ignored = RequestScope.open(parent.with(span), RequestScope.REST, requestId)) {
            chain.proceed();
        } catch (RuntimeException e) {
            span.recordException(e);
            span.setStatus(StatusCode.ERROR);
            throw e;
        } finally {
            String route = RouteTemplates.of(req);
            int status = res.status().code();
            span.updateName(method + " " + route);
            span.setAttribute("http.route", route);
            span.setAttribute("http.response.status_code", status);
            if (status >= 500) span.setStatus(StatusCode.ERROR);
            span.end();
        }
    }
}
