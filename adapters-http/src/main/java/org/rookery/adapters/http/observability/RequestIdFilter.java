package org.rookery.adapters.http.observability;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import io.helidon.webserver.http.ServerRequest;

/**
 * Gives every request its {@link RequestId} (the caller's, validated, or a new one), puts it in
 * the request context for handlers and error handlers, and on the response. Stateless, so
 * thread-safe.
 */
public final class RequestIdFilter implements Filter {
    public static final HeaderName HEADER = HeaderNames.create(RequestId.HEADER);

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        RequestId id = RequestId.fromHeader(req.headers().first(HEADER).orElse(null));
        req.context().register(id);
        res.header(HEADER, id.value());
        chain.proceed();
    }

    /** The id the filter gave this request (a fresh one if the filter did not run). */
    public static RequestId of(ServerRequest req) {
        return req.context().get(RequestId.class).orElseGet(RequestId::fresh);
    }
}
