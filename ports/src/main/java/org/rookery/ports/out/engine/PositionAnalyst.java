package org.rookery.ports.out.engine;

/**
 * Where the application asks a chess engine to search a position: a bot choosing its move, a
 * player's analysis request, background work. Each request carries its {@link SlaTier}, its
 * limits and the strength wanted; the answer is the best move, the score, the depth reached and
 * the principal variation, every move checked legal by our own rules. Implementations are
 * thread-safe; a caller never waits longer than its request's timeout.
 */
public interface PositionAnalyst {

    /**
     * Searches the request's position and answers once the search is over.
     *
     * @throws TierQueueFullException     at once, when the tier's queue is full (the caller should back off)
     * @throws EngineTimeoutException     when no answer came within the request's timeout or the tier's budget
     * @throws EngineUnavailableException when no engine could answer (crashed, missing, or answering nonsense)
     */
    Analysis analyze(AnalysisRequest request);
}
