package org.rookery.application.history;

import java.util.Objects;
import org.rookery.ports.in.GetGameUseCase;
import org.rookery.ports.out.GameArchive;

/**
 * The history service's faces over one archive: the consumer of {@code game-events}, the reads
 * (a finished game, a player's pages, a player's PGN export), and game reads that fall back from
 * the live service to the archive. The composition root builds them with {@link #wire}. Immutable.
 */
public record HistoryServices(GameArchiveService recorder, GameHistoryService queries, GameLookupService lookup) {
    /** Games read per archive page while a PGN export streams. */
    public static final int EXPORT_PAGE_SIZE = 200;

    public HistoryServices {
        Objects.requireNonNull(recorder, "recorder");
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(lookup, "lookup");
    }

    /** The history on {@code archive}; {@code live} is asked first when a game is read by id. */
    public static HistoryServices wire(GameArchive archive, GetGameUseCase live) {
        Objects.requireNonNull(archive, "archive");
        GameHistoryService queries = new GameHistoryService(archive, EXPORT_PAGE_SIZE);
        return new HistoryServices(new GameArchiveService(archive), queries, new GameLookupService(Objects.requireNonNull(live, "live"), queries));
    }
}
