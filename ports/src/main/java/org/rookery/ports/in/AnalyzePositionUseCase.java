package org.rookery.ports.in;

import org.rookery.domain.game.Outcome;
import org.rookery.ports.in.answer.PositionAnalysis;

/**
 * Analyses a position for a player: an engine searches it (at the {@code NORMAL} tier: someone
 * waits for the answer) and the answer gives the score, the best move and the principal
 * variation, each move in UCI and in SAN, checked by our rules. A FEN that is not a position, or
 * a position with no legal move, is rejected as {@code invalid_fen}. Implementations are
 * thread-safe.
 *
 * @throws org.rookery.ports.out.engine.TierQueueFullException     when the engines' queue is full (retry later)
 * @throws org.rookery.ports.out.engine.EngineTimeoutException     when no answer came in time
 * @throws org.rookery.ports.out.engine.EngineUnavailableException when no engine can answer (none installed, or all failing)
 */
public interface AnalyzePositionUseCase {
    Outcome<PositionAnalysis> analyze(AnalysisQuery query);
}
