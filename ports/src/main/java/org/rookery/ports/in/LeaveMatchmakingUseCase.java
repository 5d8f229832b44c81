package org.rookery.ports.in;

/** Takes a player out of matchmaking. Implementations are thread-safe. */
public interface LeaveMatchmakingUseCase {
    /** Whether the player was waiting. */
    boolean leave(String userId);
}
