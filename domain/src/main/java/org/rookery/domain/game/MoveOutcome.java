package org.rookery.domain.game;

import org.rookery.domain.clock.ClockView;

/**
 * The answer to an accepted move (API.md): the event's sequence number, the ply after the move,
 * the move in UCI and SAN, the position after it, the clocks and the lifecycle right after it.
 * Immutable.
 */
public record MoveOutcome(long seq, int ply, String uci, String san, String fen, ClockView clock, Lifecycle status) {}
