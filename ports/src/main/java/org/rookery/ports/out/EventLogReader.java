package org.rookery.ports.out;

import java.util.List;

/**
 * Reads every game's events in one global order, the order they were appended in (a game's
 * events keep their seq order), for backfills and recalculations that replay the whole log.
 * Implementations are thread-safe.
 */
public interface EventLogReader {

    /** Up to {@code max} events after {@code afterPosition} (0 for the start), in global order. */
    List<LoggedEvent> readAll(long afterPosition, int max);

    /** The position of the last event appended, 0 for an empty log. */
    long endPosition();
}
