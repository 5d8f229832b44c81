package org.rookery.ports.in;

import org.rookery.domain.game.Outcome;
import org.rookery.ports.out.GameEventListener;
import org.rookery.ports.out.Subscription;

/** Streams a game's events: every event after a given seq, then the live ones, with no gap and no duplicate. Implementations are thread-safe. */
public interface WatchGameUseCase {
    /** Delivers the events after {@code afterSeq} (0 for all) to the listener, then keeps it subscribed. */
    Outcome<Subscription> watch(String gameId, long afterSeq, GameEventListener listener);
}
