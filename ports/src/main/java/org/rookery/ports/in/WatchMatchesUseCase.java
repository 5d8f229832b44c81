package org.rookery.ports.in;

import org.rookery.ports.out.MatchNoticeListener;
import org.rookery.ports.out.Subscription;

/** Streams a player's match notices (game ready, delayed, cancelled), starting with the latest one kept. Implementations are thread-safe. */
public interface WatchMatchesUseCase {
    Subscription watch(String userId, MatchNoticeListener listener);
}
