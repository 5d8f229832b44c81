package org.rookery.adapters.http.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.util.function.Supplier;
import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.GameBusyException;
import org.rookery.ports.out.StoreUnavailableException;

/**
 * The one place where REST routes and WebSocket connections run game commands, around the use
 * case's call: it counts each command by outcome ({@code rookery_game_commands_total}), gives it a
 * span ({@code game.move}, {@code game.resign}, …; a child of the request's span, a root for a
 * WebSocket frame) with the game id, request id and outcome, puts the game id in the log context
 * while it runs, and for moves records the scorecard's count and latency ({@link MoveMetrics}). So
 * every move is timed the same way whatever its transport, from the use case's call to its answer;
 * JSON, auth and rate limits before it are the transport's and show in the HTTP metrics. Labels
 * from closed sets: command names the code passes, rejection codes the domain defines. Thread-safe.
 */
public final class CommandObserver {
    /** The command name of moves. */
    public static final String MOVE = "move";
    private final Tracer tracer;
    private final Counter commands;
    private final MoveMetrics moves;

    public CommandObserver(OpenTelemetry telemetry, PrometheusRegistry registry) {
        this.tracer = telemetry.getTracer("org.rookery.adapters.http");
        this.commands = Counter.builder().withoutExemplars().name("rookery_game_commands_total").help("game commands by outcome code")
                .labelNames("command", "outcome").register(registry);
        this.moves = new MoveMetrics(registry);
    }

    /**
     * Runs {@code command} on {@code gameId} (null for a new game) for request {@code requestId}: its
     * outcome is {@code accepted}, the rejection's code, or {@code busy} / {@code unavailable} / {@code error}
     * when it failed (the failure is rethrown).
     */
    public <T> Outcome<T> observe(String command, String gameId, String requestId, Supplier<Outcome<T>> run) {
        long start = System.nanoTime();
        Span span = tracer.spanBuilder("game." + command).setAttribute("rookery.command", command)
                .setAttribute(TracingFilter.REQUEST_ID_ATTRIBUTE, requestId).startSpan();
        if (gameId != null) span.setAttribute("game.id", gameId);
        String outcome = "error", code = "error";
        try (Scope ignored = span.makeCurrent(); Scope game = gameId == null ? null : RequestScope.game(gameId)) {
            Outcome<T> answer = run.get();
            if (answer instanceof Outcome.Rejected<T> r) {
                outcome = "rejected";
                code = r.reason().code();
                span.setAttribute("rookery.rejection", code);
            } else {
                outcome = code = "accepted";
            }
            return answer;
        } catch (GameBusyException e) {
            outcome = code = "busy";
            throw failed(span, e);
        } catch (StoreUnavailableException e) {
            outcome = code = "unavailable";
            throw failed(span, e);
        } catch (RuntimeException e) {
            throw failed(span, e);
        } finally {
            span.setAttribute("rookery.outcome", outcome);
            span.end();
            if (!code.equals("error")) commands.labelValues(command, code).inc();
            if (MOVE.equals(command)) moves.moved(RequestScope.transport(), outcome, System.nanoTime() - start);
        }
    }

    private static RuntimeException failed(Span span, RuntimeException e) {
        span.recordException(e);
        span.setStatus(StatusCode.ERROR);
        return e;
    }
}
