package org.rookery.ports.in;

import org.rookery.domain.event.EventEnvelope;
import org.rookery.ports.in.answer.HistoryRecording;

/**
 * Feeds the history from the {@code game-events} stream: hand it every envelope (any type, any
 * number of times; a game's events in their order); each finished game is archived once.
 * Implementations are thread-safe.
 */
public interface RecordGameHistoryUseCase {

    /** @throws org.rookery.ports.out.StoreUnavailableException when the archive is down: deliver the event again later */
    HistoryRecording record(EventEnvelope event);
}
