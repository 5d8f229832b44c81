package org.rookery.ports.out.engine;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.Uci;

/**
 * One search to run: a position (a FEN and the UCI moves played from it, so the engine sees the
 * game's history and its repetitions), the limits, the strength, the SLA tier and the longest the
 * caller will wait for the answer, queue included. A request that exists is searchable: the FEN
 * parses, every move is legal and the position reached has a legal move. Immutable.
 */
public record AnalysisRequest(String fen, List<String> moves, SearchLimits limits, Strength strength, SlaTier tier, Duration timeout) {
    /** The longest any caller may wait for an engine. */
    public static final Duration MAX_TIMEOUT = Duration.ofMinutes(10);

    public AnalysisRequest {
        Objects.requireNonNull(fen, "fen");
        moves = List.copyOf(moves);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(timeout, "timeout");
        if (strength == null) strength = Strength.full();
        if (!timeout.isPositive() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new InvalidAnalysisRequestException("timeout must be positive and at most " + MAX_TIMEOUT + ", got " + timeout);
        }
        if (replay(fen, moves).legalMoveCount() == 0) {
            throw new InvalidAnalysisRequestException("the position has no legal move (checkmate or stalemate): nothing to search");
        }
    }

    /** A request for the position after {@code moves} from {@code fen}, at full strength. */
    public static AnalysisRequest of(String fen, List<String> moves, SearchLimits limits, SlaTier tier, Duration timeout) {
        return new AnalysisRequest(fen, moves, limits, Strength.full(), tier, timeout);
    }

    public AnalysisRequest withStrength(Strength newStrength) {
        return new AnalysisRequest(fen, moves, limits, newStrength, tier, timeout);
    }

    /** A new {@link Position} after the moves: the position the engine searches, to check its answers against. */
    public Position position() {
        return replay(fen, moves);
    }

    private static Position replay(String fen, List<String> moves) {
        Position position = Position.fromFen(fen);
        for (String move : moves) position.makeMove(Uci.parse(position, move));
        return position;
    }
}
