package org.rookery.ports.out;

import java.util.List;

/**
 * Reads every game's events in the log's one global order, for the relay that publishes them and
 * for backfills that replay the whole log. The order promised:
 * <ul>
 *   <li>positions start at 1 and strictly increase along the order; they may have gaps (a store
 *       may burn numbers), but a gap is never filled later;</li>
 *   <li>no late arrivals: once a read has returned an event at position {@code p}, no later read
 *       returns an event at a position below {@code p} that an earlier read did not return — so a
 *       reader that resumes after the last position it saw misses nothing;</li>
 *   <li>a game's events appear in their seq order.</li>
 * </ul>
 * Events of different games appear in the order their appends became durable. Implementations
 * are thread-safe.
 */
public interface EventLogReader {

    /** Up to {@code max} events after {@code afterPosition} (0 for the start), in global order. */
    List<LoggedEvent> readAll(long afterPosition, int max);

    /** The position of the last event appended, 0 for an empty log. */
    long endPosition();
}
