package org.rookery.ports.out;

import java.util.List;
import org.rookery.domain.event.MatchEnvelope;

/**
 * Matchmaking's durable, append-only stream of events ({@code MatchCreated}), read by the relay
 * that publishes it on {@code matchmaking.matches}. A match has at most one event of each type:
 * appending another is a no-op, so a retried match is announced once. Reads follow the same
 * global-order promise as {@link EventLogReader}. Implementations are thread-safe.
 */
public interface MatchEventLog {

    /**
     * Appends the event unless its match already has an event of the same type; when this
     * returns, whichever is stored is durable.
     *
     * @return true when the event was appended, false when the match already had one
     */
    boolean append(MatchEnvelope event);

    /** Up to {@code max} events after {@code afterPosition} (0 for the start), in append order. */
    List<LoggedMatchEvent> readAll(long afterPosition, int max);

    /** The position of the last event appended, 0 for an empty log. */
    long endPosition();
}
