package org.rookery.ports.in;

import org.rookery.ports.in.answer.LegacyResultAnswer;
/**
 * A result as legacy clients post it, raw on purpose: the service checks it and answers bad
 * values with {@link LegacyResultAnswer.Invalid}. Immutable.
 *
 * @param gameId      the game
 * @param white       White's user id
 * @param black       Black's user id
 * @param result      {@code "1-0"}, {@code "0-1"} or {@code "1/2-1/2"}
 * @param initialMs   the time control's initial time
 * @param incrementMs the time control's increment
 * @param rated       whether the game was rated
 * @param endedAtMs   when the game ended, epoch milliseconds
 */
public record LegacyGameResult(String gameId, String white, String black, String result, long initialMs,
        long incrementMs, boolean rated, long endedAtMs) {}
