package org.rookery.domain.game;

import java.time.Instant;

/**
 * One accepted move as the game remembers it: enough to answer a repeated move id with the
 * first answer, to print the PGN and to restore the game. Immutable.
 */
public record PlayedMove(int ply, String moveId, String uci, String san, long whiteMs, long blackMs, long seq, Instant at) {}
