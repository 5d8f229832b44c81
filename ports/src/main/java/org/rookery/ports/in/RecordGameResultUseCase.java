package org.rookery.ports.in;

import org.rookery.ports.in.answer.ResultRecording;
import org.rookery.domain.event.EventEnvelope;

/**
 * Rates finished games from the event stream: hand it every envelope of {@code game-events}
 * (any type, any number of times, in any order); rated {@code GameEnded} results change ratings
 * once per (game, pool). Implementations are thread-safe.
 */
public interface RecordGameResultUseCase {
    ResultRecording record(EventEnvelope event);
}
