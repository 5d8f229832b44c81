package org.rookery.adapters.uci;

import org.rookery.domain.chess.Position;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.SearchClocks;
import org.rookery.ports.out.engine.SearchLimits;

/** The text of the UCI {@code position} and {@code go} commands for a request. Stateless. */
final class UciCommands {
    private UciCommands() {}

    static String position(AnalysisRequest request) {
        StringBuilder command = new StringBuilder("position ");
        command.append(request.fen().equals(Position.STANDARD_START) ? "startpos" : "fen " + request.fen());
        if (!request.moves().isEmpty()) command.append(" moves ").append(String.join(" ", request.moves()));
        return command.toString();
    }

    /**
     * The {@code go} command; a fixed move time is cut to {@code maxMovetimeMs} so the engine ends
     * by itself before the request's deadline (other limits are stopped by the deadline).
     */
    static String go(SearchLimits limits, long maxMovetimeMs) {
        StringBuilder command = new StringBuilder("go");
        SearchClocks clocks = limits.clocks();
        if (clocks != null) {
            command.append(" wtime ").append(clocks.whiteMs()).append(" btime ").append(clocks.blackMs())
                    .append(" winc ").append(clocks.whiteIncrementMs()).append(" binc ").append(clocks.blackIncrementMs());
        }
        if (limits.depth() > 0) command.append(" depth ").append(limits.depth());
        if (limits.nodes() > 0) command.append(" nodes ").append(limits.nodes());
        if (limits.movetimeMs() > 0) command.append(" movetime ").append(Math.max(1, Math.min(limits.movetimeMs(), maxMovetimeMs)));
        return command.toString();
    }
}
