package org.rookery.application.history;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.rookery.ports.in.ExportPlayerGamesUseCase;
import org.rookery.ports.in.FinishedGameDetails;
import org.rookery.ports.in.GetFinishedGameUseCase;
import org.rookery.ports.in.ListPlayerGamesUseCase;
import org.rookery.ports.in.PlayerGamesPage;
import org.rookery.ports.in.PlayerGamesQuery;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;

/**
 * Answers history reads from the archive: a finished game (view, PGN, move list), a page of a
 * player's games (one game more is read to know whether another page follows), and all of a
 * player's games as a lazy stream read {@code exportPageSize} games at a time. Thread-safe.
 */
public final class GameHistoryService implements GetFinishedGameUseCase, ListPlayerGamesUseCase, ExportPlayerGamesUseCase {
    private final GameArchive archive;
    private final int exportPageSize;

    GameHistoryService(GameArchive archive, int exportPageSize) {
        if (exportPageSize < 1) throw new IllegalArgumentException("exportPageSize must be positive");
        this.archive = archive;
        this.exportPageSize = exportPageSize;
    }

    @Override
    public Optional<FinishedGameDetails> finishedGame(String gameId) {
        if (gameId == null || gameId.isBlank()) return Optional.empty();
        return archive.find(gameId).map(ArchivedGames::details);
    }

    @Override
    public PlayerGamesPage playerGames(PlayerGamesQuery query) {
        List<ArchivedGame> games = archive.page(query.playerId(), query.filter(), query.after(), query.limit() + 1);
        if (games.size() <= query.limit()) return new PlayerGamesPage(query.playerId(), games, Optional.empty());
        List<ArchivedGame> page = games.subList(0, query.limit());
        return new PlayerGamesPage(query.playerId(), page, Optional.of(page.getLast().position()));
    }

    @Override
    public Stream<ArchivedGame> exportGames(String playerId, ArchiveFilter filter) {
        PlayerGamesQuery.requirePlayer(playerId);
        Objects.requireNonNull(filter, "filter");
        Iterator<ArchivedGame> pages = new Pages(playerId, filter);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Walks a player's archive a page at a time, each page read when the one before is used up. Not thread-safe. */
    private final class Pages implements Iterator<ArchivedGame> {
        private final String playerId;
        private final ArchiveFilter filter;
        private Iterator<ArchivedGame> current = Collections.emptyIterator();
        private Optional<ArchivePosition> after = Optional.empty();
        private boolean last;

        Pages(String playerId, ArchiveFilter filter) {
            this.playerId = playerId;
            this.filter = filter;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && !last) {
                List<ArchivedGame> page = archive.page(playerId, filter, after, exportPageSize);
                last = page.size() < exportPageSize;
                if (!page.isEmpty()) after = Optional.of(page.getLast().position());
                current = page.iterator();
            }
            return current.hasNext();
        }

        @Override
        public ArchivedGame next() {
            if (!hasNext()) throw new NoSuchElementException();
            return current.next();
        }
    }
}
