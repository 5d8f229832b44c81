package org.rookery.application.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rookery.domain.chess.pgn.PgnGame;
import org.rookery.domain.chess.pgn.PgnReader;
import org.rookery.domain.event.GameResult;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;
import org.rookery.ports.out.PlayerOutcome;

/** A player's PGN download: every game, newest first, read back by our own PGN reader; the archive is read a page at a time. */
class PgnExportTest {
    private final AtomicInteger pagesRead = new AtomicInteger();
    private final HistoryKit kit = new HistoryKit(b -> b.archive(archive -> counting(archive, pagesRead)));

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void thousands_of_games_stream_out_and_read_back_equal_to_the_games_played() throws IOException {
        Random random = new Random(31);
        List<String> rivals = List.of("ben", "cy", "di", "eve");
        int games = 2_500;
        for (int i = 0; i < games; i++) {
            kit.pass(Duration.ofMillis(random.nextInt(2)));
            String rival = rivals.get(random.nextInt(rivals.size()));
            boolean annWhite = random.nextBoolean();
            kit.randomGame(annWhite ? "ann" : rival, annWhite ? rival : "ann", random, 60);
            if (i % 500 == 499) kit.relay();
        }
        kit.relay();
        List<ArchivedGame> archive = kit.all("ann", ArchiveFilter.ANY, 100);
        assertThat(archive).hasSize(games);

        Path file = Files.createTempFile("ann", ".pgn");
        pagesRead.set(0);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            Iterator<ArchivedGame> stream = kit.platform.history.queries().exportGames("ann", ArchiveFilter.ANY).iterator();
            boolean first = true;
            while (stream.hasNext()) {
                if (!first) out.write('\n');
                out.write(stream.next().pgn());
                first = false;
            }
        }
        assertThat(pagesRead.get()).as("pages of 200 games").isEqualTo(games / HistoryServices.EXPORT_PAGE_SIZE + 1);

        List<PgnGame> read = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); PgnReader pgn = new PgnReader(in)) {
            for (PgnGame g = pgn.next(); g != null; g = pgn.next()) read.add(g);
        }
        assertThat(read).hasSize(games);
        for (int i = 0; i < games; i++) {
            ArchivedGame expected = archive.get(i);
            PgnGame back = read.get(i);
            assertThat(back.tag("GameId")).contains(expected.gameId());
            assertThat(back.result().token()).isEqualTo(expected.result().notation());
            assertThat(back.moves()).hasSize(expected.plies());
            assertThat(back).isEqualTo(PgnReader.readGame(expected.pgn()));
            if (i % 25 == 0) { // the moves are the ones the live game recorded in its log
                List<String> played = new ArrayList<>();
                org.rookery.domain.chess.Position board = back.startPosition();
                for (var m : back.moves()) {
                    int move = org.rookery.domain.chess.San.parse(board, m.san());
                    played.add(org.rookery.domain.chess.Uci.format(board, move));
                    board.makeMove(move);
                }
                assertThat(played).isEqualTo(HistoryKit.accepted(kit.platform.live.game(expected.gameId())).moves());
            }
        }
    }

    @Test
    void the_stream_reads_pages_only_as_it_is_consumed_and_follows_the_filter() {
        for (int i = 0; i < 450; i++) {
            kit.pass(Duration.ofMillis(1));
            kit.finished(i % 3 == 0 ? "ben" : "ann", i % 3 == 0 ? "ann" : "ben", 60_000, 0,
                    i % 2 == 0 ? HistoryKit.Ending.WHITE_RESIGNS : HistoryKit.Ending.BLACK_RESIGNS);
        }
        kit.relay();
        pagesRead.set(0);
        List<ArchivedGame> firstTen = kit.platform.history.queries().exportGames("ann", ArchiveFilter.ANY).limit(10).toList();
        assertThat(firstTen).hasSize(10);
        assertThat(pagesRead.get()).as("ten games: one page read").isEqualTo(1);

        ArchiveFilter wins = ArchiveFilter.ANY.withOutcome(PlayerOutcome.WIN);
        List<ArchivedGame> exported = kit.platform.history.queries().exportGames("ann", wins).toList();
        assertThat(exported).isEqualTo(kit.all("ann", wins, 100));
        assertThat(exported).allSatisfy(g -> assertThat(g.outcomeFor("ann")).contains(PlayerOutcome.WIN));
        assertThat(exported).extracting(ArchivedGame::result).contains(GameResult.WHITE_WINS, GameResult.BLACK_WINS);
        assertThat(kit.platform.history.queries().exportGames("nobody", ArchiveFilter.ANY)).isEmpty();
    }

    /** The archive, counting the pages read from it. */
    static GameArchive counting(GameArchive archive, AtomicInteger pages) {
        return new GameArchive() {
            @Override
            public void noteCreated(String gameId, java.time.Instant createdAt) {
                archive.noteCreated(gameId, createdAt);
            }

            @Override
            public Optional<java.time.Instant> createdAt(String gameId) {
                return archive.createdAt(gameId);
            }

            @Override
            public void forgetUnfinished(String gameId) {
                archive.forgetUnfinished(gameId);
            }

            @Override
            public boolean archive(ArchivedGame game) {
                return archive.archive(game);
            }

            @Override
            public Optional<ArchivedGame> find(String gameId) {
                return archive.find(gameId);
            }

            @Override
            public List<ArchivedGame> page(String playerId, ArchiveFilter filter, Optional<ArchivePosition> after, int limit) {
                pages.incrementAndGet();
                return archive.page(playerId, filter, after, limit);
            }
        };
    }
}
