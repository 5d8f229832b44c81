package org.rookery.domain.game;

/**
 * A player's move as sent: the client's idempotency key, the ply the move was decided at
 * (half-moves already played, 0 for the first move) and the move in UCI. Checked by
 * {@link Game#move}, which answers bad values with a typed rejection. Immutable.
 */
public record MoveRequest(String moveId, int ply, String uci) {
    /** The longest move id we keep. */
    public static final int MAX_MOVE_ID_LENGTH = 128;
}
