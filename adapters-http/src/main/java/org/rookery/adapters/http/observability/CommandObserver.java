package org.rookery.adapters.http.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import java.util.function.Supplier;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * Watches game commands where every transport passes: a span per command ({@code game.move},
 * {@code game.resign}, …; a child of the request's span, a root for a WebSocket frame) with the
 * game id, request id and outcome, the game id in the log context while it runs, and for moves the
 * scorecard's count and latency ({@link MoveMetrics}). Thread-safe.
 */
public final class CommandObserver {
    /** The command name of moves. */
    public static final String MOVE = "move";
    private final Tracer tracer;
    private final MoveMetrics moves;

    public CommandObserver(OpenTelemetry telemetry, MoveMetrics moves) {
        this.tracer = telemetry.getTracer("org.rookery.adapters.http");
        this.moves = moves;
    }

    /** Runs {@code command} on {@code gameId} (null for a new game) for the request {@code requestId}. */
    public <T> Outcome<T> observe(String command, String gameId, String requestId, Supplier<Outcome<T>> run) {
        long start = System.nanoTime();
        Span span = tracer.spanBuilder("game." + command).setAttribute("rookery.command", command)
                .setAttribute(TracingFilter.REQUEST_ID_ATTRIBUTE, requestId).startSpan();
        if (gameId != null) span.setAttribute("game.id", gameId);
        String outcome = "error";
        try (Scope ignored = span.makeCurrent(); Scope game = gameId == null ? null : RequestScope.game(gameId)) {
            Outcome<T> answer = run.get();
            outcome = answer instanceof Outcome.Rejected<T> ? "rejected" : "accepted";
            if (answer instanceof Outcome.Rejected<T> r) span.setAttribute("rookery.rejection", r.reason().code());
            return answer;
        } catch (GameBusyException e) {
            outcome = "busy";
            throw failed(span, e);
        } catch (StoreUnavailableException e) {
            outcome = "unavailable";
            throw failed(span, e);
        } catch (RuntimeException e) {
            throw failed(span, e);
        } finally {
            span.setAttribute("rookery.outcome", outcome);
            span.end();
            if (MOVE.equals(command)) moves.moved(RequestScope.transport(), outcome, System.nanoTime() - start);
        }
    }

    private static RuntimeException failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
        return e;
    }
}
