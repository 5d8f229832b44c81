package org.rookery.ports.out;

import org.rookery.domain.event.EventIdSource;

/**
 * Makes unique ids for games and events (event ids are the consumers' idempotency keys).
 * Implementations are thread-safe.
 */
public interface IdGenerator extends EventIdSource {

    String newGameId();

    String newEventId();

    @Override
    default String nextEventId() {
        return newEventId();
    }
}
