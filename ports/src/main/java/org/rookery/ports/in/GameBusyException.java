package org.rookery.ports.in;

/**
 * A command on a game could not start in time because the game's previous commands still hold
 * it (the wait for the game's lock has a deadline). Nothing was decided or recorded: the caller
 * may retry. Adapters answer 503 {@code busy} (HTTP, with Retry-After) or a {@code busy} error
 * frame (WebSocket). Immutable.
 */
public final class GameBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String gameId;

    public GameBusyException(String gameId, long waitedMs) {
        super("game " + gameId + " stayed busy for " + waitedMs + " ms; nothing was recorded, try again");
        this.gameId = gameId;
    }

    public String gameId() {
        return gameId;
    }
}
