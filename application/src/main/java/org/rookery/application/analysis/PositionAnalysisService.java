package org.rookery.application.analysis;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.rookery.domain.chess.IllegalMoveException;
import org.rookery.domain.chess.InvalidFenException;
import org.rookery.domain.chess.Position;
import org.rookery.domain.chess.San;
import org.rookery.domain.chess.Uci;
import org.rookery.domain.game.Outcome;
import org.rookery.domain.game.Rejection;
import org.rookery.ports.in.AnalysisQuery;
import org.rookery.ports.in.AnalyzePositionUseCase;
import org.rookery.ports.in.answer.PositionAnalysis;
import org.rookery.ports.in.answer.PositionAnalysis.AnalysedMove;
import org.rookery.ports.out.engine.Analysis;
import org.rookery.ports.out.engine.AnalysisRequest;
import org.rookery.ports.out.engine.EngineUnavailableException;
import org.rookery.ports.out.engine.PositionAnalyst;
import org.rookery.ports.out.engine.SearchLimits;
import org.rookery.ports.out.engine.SlaTier;

/**
 * Analyses positions for players: our rules read the FEN (a malformed one, or a position already
 * over, is rejected as {@code invalid_fen} before any engine is bothered), the engine searches at
 * full strength in the {@link SlaTier#NORMAL} tier within the query's limits and the service's
 * timeout, and our rules write every move of the answer in SAN as well as UCI. The engine's
 * failures (a full queue, a timeout, no engine) are the port's exceptions and pass through.
 * Thread-safe.
 */
public final class PositionAnalysisService implements AnalyzePositionUseCase {
    /** The longest a player waits, queue included; the tier's own budget may be shorter. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private final PositionAnalyst engine;
    private final String engineName;
    private final Duration timeout;

    /** {@code engineName} is what answers call the engine ({@code stockfish}). */
    public PositionAnalysisService(PositionAnalyst engine, String engineName, Duration timeout) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.engineName = Objects.requireNonNull(engineName, "engineName");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public Outcome<PositionAnalysis> analyze(AnalysisQuery query) {
        Position position;
        try {
            position = Position.fromFen(query.fen());
        } catch (InvalidFenException e) {
            return Outcome.rejected(Rejection.INVALID_FEN, e.getMessage());
        }
        if (position.legalMoveCount() == 0) {
            return Outcome.rejected(Rejection.INVALID_FEN, "the position has no legal move (checkmate or stalemate): there is nothing to analyse");
        }
        String fen = position.toFen();
        SearchLimits limits = new SearchLimits(query.movetimeMs(), query.depth(), 0, null);
        Analysis analysis = engine.analyze(AnalysisRequest.of(fen, List.of(), limits, SlaTier.NORMAL, timeout));
        List<AnalysedMove> line = inBothNotations(position.copy(), analysis.pv());
        return Outcome.accepted(new PositionAnalysis(fen, position.sideToMove(), analysis.depth(), analysis.score(), line.getFirst(), line, engineName));
    }

    /** The variation in UCI and SAN, as far as our rules accept it (the port promises all of it is legal). */
    private static List<AnalysedMove> inBothNotations(Position position, List<String> pv) {
        List<AnalysedMove> line = new ArrayList<>(pv.size());
        for (String uci : pv) {
            try {
                int move = Uci.parse(position, uci);
                line.add(new AnalysedMove(Uci.format(position, move), San.format(position, move)));
                position.makeMove(move);
            } catch (IllegalMoveException e) {
                break;
            }
        }
        if (line.isEmpty()) throw new EngineUnavailableException("the engine's best move " + pv.getFirst() + " is not legal here");
        return line;
    }
}
