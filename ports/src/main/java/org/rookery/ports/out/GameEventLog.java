package org.rookery.ports.out;

import java.util.List;
import org.rookery.domain.event.EventEnvelope;

/**
 * The durable, per-game, append-only log of events: the source of truth for live games, and the
 * feed of the relay that publishes them (its global order is {@link EventLogReader}'s). Appends
 * are conditional on the last sequence number (optimistic concurrency), so two writers of one
 * game cannot both win; a game's seqs run from 1 without gaps. Implementations are thread-safe.
 */
public interface GameEventLog extends EventLogReader {

    /**
     * Appends the events of one game atomically, once the log's last seq for the game is
     * {@code expectedSeq}; the events must be numbered {@code expectedSeq + 1} onwards without gaps.
     * When this returns, the events are durable and visible to readers, in the per-game and the
     * global order.
     *
     * @throws EventLogConflictException when the game's last seq is not {@code expectedSeq}
     * @throws IllegalArgumentException when the events are empty, of another game, or misnumbered
     */
    void append(String gameId, long expectedSeq, List<EventEnvelope> events);

    /** The game's events with a seq greater than {@code afterSeq}, in order (empty for an unknown game). */
    List<EventEnvelope> readAfter(String gameId, long afterSeq);

    /** The game's last seq, 0 when it has no events. */
    long lastSeq(String gameId);
}
