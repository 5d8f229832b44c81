package org.rookery.adapters.http.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.http.DirectHandler;
import io.helidon.http.HeaderNames;
import io.helidon.http.HttpException;
import io.helidon.http.RequestException;
import io.helidon.http.Status;
import io.helidon.webserver.http.DirectHandlers;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import org.rookery.adapters.http.observability.RequestId;
import org.rookery.adapters.http.observability.RequestIdFilter;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.out.StoreUnavailableException;
import org.rookery.ports.out.engine.EngineException;

/**
 * The one place where failures become answers: refusals ({@link ApiProblemException}) become
 * their problem details; a busy game, an unavailable store and the engines' failures become
 * 503s ({@code busy}, {@code unavailable}, {@code engine_busy}, {@code engine_timeout}) with
 * {@code Retry-After}; anything else becomes a 500 {@code internal_error}
 * whose body names only the request id (the stack trace goes to the log, never to the client).
 * Also renders the errors Helidon answers by itself (oversized or unreadable requests) as problem
 * details. Thread-safe.
 */
public final class ProblemResponses {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final System.Logger LOG = System.getLogger(ProblemResponses.class.getName());
    private final ObjectMapper mapper;

    /** {@code mapper} writes the problem records (the API's own mapper, so that problems look like every other answer). */
    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Registers the error handlers on the routing. */
    public void register(HttpRouting.Builder routing) {
        routing.error(ApiProblemException.class, (req, res, e) -> send(res, Problem.of(e, RequestIdFilter.of(req).value()), e));
        routing.error(GameBusyException.class, (req, res, e) -> retryable(req, res, e));
        routing.error(StoreUnavailableException.class, (req, res, e) -> retryable(req, res, e));
        routing.error(EngineException.class, (req, res, e) -> retryable(req, res, e));
        routing.error(RequestException.class, (req, res, e) -> {
            int status = e.status().code();
            String code = status == 413 ? "payload_too_large" : status == 404 ? "not_found" : "invalid_request";
            send(res, Problem.of(status, code, e.safeMessage() ? e.getMessage() : Problem.title(code), RequestIdFilter.of(req).value()), null);
        });
        routing.error(HttpException.class, (req, res, e) -> {
            int status = e.status().code();
            if (status >= 500) {
                unexpected(req, res, e);
                return;
            }
            String code = status == 404 ? "not_found" : status == 405 ? "method_not_allowed" : status == 413 ? "payload_too_large" : "invalid_request";
            send(res, Problem.of(status, code, Problem.title(code), RequestIdFilter.of(req).value()), null);
        });
        routing.error(Throwable.class, this::unexpected);
    }

    private void retryable(ServerRequest req, ServerResponse res, RuntimeException e) {
        ApiProblemException problem = ApiProblemException.ofRetryable(e);
        // an outage makes every request fail alike: the cause goes to DEBUG, the 503s show in the request metrics
        LOG.log(Level.DEBUG, "request " + RequestIdFilter.of(req).value() + " refused for now: " + problem.code(), e);
        send(res, Problem.of(problem, RequestIdFilter.of(req).value()), problem);
    }

    private void unexpected(ServerRequest req, ServerResponse res, Throwable e) {
        String requestId = RequestIdFilter.of(req).value();
        LOG.log(Level.ERROR, "request " + requestId + " (" + req.prologue().method().text() + " " + req.path().path() + ") failed", e);
        send(res, Problem.of(500, "internal_error", "the server failed; quote request id " + requestId, requestId), null);
    }

    /** Problem details for the errors Helidon answers before routing (e.g. a body over the size limit). */
    public DirectHandlers directHandlers() {
        DirectHandler handler = (request, type, status, headers, message) -> {
            String requestId = RequestId.fromHeader(request.headers().first(RequestIdFilter.HEADER).orElse(null)).value();
            String code = status.code() == 413 ? "payload_too_large" : status.code() >= 500 ? "internal_error" : "invalid_request";
            String detail = status.code() >= 500 ? "the server failed; quote request id " + requestId : Problem.title(code);
            return DirectHandler.TransportResponse.builder()
                    .status(status)
                    .header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE)
                    .header(RequestIdFilter.HEADER, requestId)
                    .entity(write(Problem.of(status.code(), code, detail, requestId)))
                    .keepAlive(type.keepAlive())
                    .build();
        };
        DirectHandlers.Builder handlers = DirectHandlers.builder();
        for (DirectHandler.EventType type : DirectHandler.EventType.values()) handlers.addHandler(type, handler);
        return handlers.build();
    }

    private void send(ServerResponse res, Problem problem, ApiProblemException cause) {
        res.status(Status.create(problem.status()));
        res.header(RequestIdFilter.HEADER, problem.requestId());
        res.header(HeaderNames.CONTENT_TYPE, MEDIA_TYPE);
        if (cause != null && cause.retryAfter() != null) {
            long seconds = Math.max(1, (cause.retryAfter().toMillis() + 999) / 1000);
            res.header(HeaderNames.RETRY_AFTER, Long.toString(seconds));
        }
        res.send(write(problem));
    }

    private byte[] write(Problem problem) {
        try {
            return mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a problem", e);
        }
    }
}
