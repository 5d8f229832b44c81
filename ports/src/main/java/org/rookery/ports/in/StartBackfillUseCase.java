package org.rookery.ports.in;

import org.rookery.ports.in.answer.BackfillStart;
import java.util.Optional;

/**
 * Starts a rebuild of ratings from the event log in the background, and reports how it goes (an
 * admin endpoint starts and follows it). One backfill runs at a time. Implementations are
 * thread-safe.
 */
public interface StartBackfillUseCase {

    BackfillStart start(BackfillRequest request);

    /** The progress of the running backfill, or of the last one; empty if none ever ran. */
    Optional<BackfillProgress> progress();
}
