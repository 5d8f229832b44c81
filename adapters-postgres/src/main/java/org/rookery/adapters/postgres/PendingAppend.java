package org.rookery.adapters.postgres;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jooq.JSONB;
import org.rookery.domain.event.EventEnvelope;

/**
 * One caller's append waiting for the group commit: the game, the seq it expects, its events with
 * their JSON (written by the caller's thread, so the writer only talks to the database), and the
 * future the caller waits on, completed once the transaction holding it committed or failed.
 * Immutable apart from the future.
 */
record PendingAppend(String gameId, long expectedSeq, List<EventEnvelope> events, List<JSONB> json, CompletableFuture<Void> done) {

    PendingAppend {
        events = List.copyOf(events);
        json = List.copyOf(json);
        if (events.size() != json.size()) throw new IllegalArgumentException("one JSON per event");
    }

    /** The game's last seq once this append is in. */
    long newLastSeq() {
        return expectedSeq + events.size();
    }
}
