package org.rookery.ports.in;

import org.rookery.ports.in.answer.JoinAnswer;
/** Puts a player in a matchmaking pool, within the join rate and the queue's capacity. Implementations are thread-safe. */
public interface JoinMatchmakingUseCase {
    JoinAnswer join(JoinRequest request);
}
