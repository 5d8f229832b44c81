package org.rookery.ports.in;

import org.rookery.ports.in.answer.LegacyResultAnswer;
/**
 * The legacy way results arrive, kept during the migration to events (backs
 * {@code POST /v1/game-results}): the same rating path as the event stream, so a result that
 * arrives both ways counts once; answers {@link LegacyResultAnswer.Gone} once the configured
 * deprecation date has passed. Implementations are thread-safe.
 */
public interface RecordLegacyResultUseCase {
    LegacyResultAnswer submit(LegacyGameResult result);
}
