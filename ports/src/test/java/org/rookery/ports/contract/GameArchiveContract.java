package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.EndReason;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.GameArchive;
import org.rookery.ports.out.PlayerOutcome;

/**
 * What every {@link GameArchive} must do. Extend it once per adapter. Every test uses games and
 * players of its own, so the archive may be shared with other tests running at the same time.
 * Instants are whole milliseconds (a store may keep no finer precision than microseconds).
 */
public abstract class GameArchiveContract {
    private static final Instant T0 = Instant.parse("2025-03-01T12:00:00Z");
    private static final TimeControl BLITZ = new TimeControl(180_000, 2_000), BULLET = new TimeControl(60_000, 0),
            RAPID = new TimeControl(600_000, 5_000);

    /** The archive under test; it may already hold other tests' games. */
    protected abstract GameArchive newArchive();

    /** Releases what {@link #newArchive()} took; nothing by default. */
    protected void cleanUp() {}

    private GameArchive archive;
    private String ann, ben, cy;

    @BeforeEach
    void createTheArchive() {
        archive = newArchive();
        String test = unique("p");
        ann = test + "-ann";
        ben = test + "-ben";
        cy = test + "-cy";
    }

    @AfterEach
    void releaseTheArchive() {
        cleanUp();
    }

    @Test
    void an_archived_game_comes_back_equal_by_id() {
        ArchivedGame game = game(unique("g"), ann, ben, GameResult.BLACK_WINS, BLITZ, T0.plusMillis(123_456));
        assertThat(archive.find(game.gameId())).isEmpty();
        assertThat(archive.archive(game)).isTrue();
        assertThat(archive.find(game.gameId())).contains(game);
        ArchivedGame unknownStart = withCreatedAt(game(unique("g"), ann, ben, GameResult.DRAW, BULLET, T0), null);
        archive.archive(unknownStart);
        assertThat(archive.find(unknownStart.gameId())).contains(unknownStart);
    }

    @Test
    void a_game_is_archived_once_and_the_first_version_stays() {
        String id = unique("g");
        ArchivedGame first = game(id, ann, ben, GameResult.WHITE_WINS, BLITZ, T0);
        ArchivedGame other = game(id, ann, ben, GameResult.DRAW, RAPID, T0.plusSeconds(5));
        assertThat(archive.archive(first)).isTrue();
        assertThat(archive.archive(first)).isFalse();
        assertThat(archive.archive(other)).isFalse();
        assertThat(archive.find(id)).contains(first);
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.empty(), 10)).containsExactly(first);
    }

    @Test
    void a_creation_note_lasts_until_the_game_is_archived_or_forgotten() {
        String finished = unique("g"), aborted = unique("g");
        Instant at = T0.minusSeconds(600);
        archive.noteCreated(finished, at);
        archive.noteCreated(finished, at.plusSeconds(1));
        assertThat(archive.createdAt(finished)).as("the first note stays").contains(at);
        archive.archive(game(finished, ann, ben, GameResult.DRAW, BLITZ, T0));
        assertThat(archive.createdAt(finished)).as("archived: no note left").isEmpty();
        archive.noteCreated(finished, at);
        assertThat(archive.createdAt(finished)).as("a late note of an archived game is ignored").isEmpty();
        archive.noteCreated(aborted, at);
        archive.forgetUnfinished(aborted);
        assertThat(archive.createdAt(aborted)).isEmpty();
        archive.forgetUnfinished(finished);
        assertThat(archive.find(finished)).as("forgetting leaves archived games alone").isPresent();
        assertThat(archive.createdAt(unique("g"))).isEmpty();
    }

    @Test
    void a_players_games_come_newest_first_whatever_their_colour_and_ties_by_id_descending() {
        ArchivedGame a = game(unique("g"), ann, ben, GameResult.WHITE_WINS, BLITZ, T0);
        ArchivedGame b = game(unique("g"), ben, ann, GameResult.WHITE_WINS, BLITZ, T0.plusSeconds(60));
        ArchivedGame c = game("z-" + unique("g"), cy, ann, GameResult.DRAW, BULLET, T0.plusSeconds(120));
        ArchivedGame d = game("a-" + unique("g"), ann, cy, GameResult.DRAW, BULLET, T0.plusSeconds(120));
        ArchivedGame notHers = game(unique("g"), ben, cy, GameResult.DRAW, BULLET, T0.plusSeconds(30));
        for (ArchivedGame g : List.of(b, d, notHers, a, c)) archive.archive(g);
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.empty(), 10)).containsExactly(c, d, b, a);
        assertThat(archive.page(ben, ArchiveFilter.ANY, Optional.empty(), 10)).containsExactly(b, notHers, a);
        assertThat(archive.page(unique("nobody"), ArchiveFilter.ANY, Optional.empty(), 10)).isEmpty();
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.empty(), 2)).containsExactly(c, d);
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.of(d.position()), 2)).containsExactly(b, a);
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.of(a.position()), 2)).isEmpty();
        assertThatThrownBy(() -> archive.page(ann, ArchiveFilter.ANY, Optional.empty(), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void filters_by_outcome_result_pool_and_exact_time_control_combine() {
        ArchivedGame annWonWhite = game(unique("g"), ann, ben, GameResult.WHITE_WINS, BLITZ, T0);
        ArchivedGame annWonBlack = game(unique("g"), ben, ann, GameResult.BLACK_WINS, new TimeControl(300_000, 0), T0.plusSeconds(1));
        ArchivedGame annLost = game(unique("g"), ann, cy, GameResult.BLACK_WINS, BULLET, T0.plusSeconds(2));
        ArchivedGame drawn = game(unique("g"), cy, ann, GameResult.DRAW, RAPID, T0.plusSeconds(3));
        for (ArchivedGame g : List.of(annWonWhite, annWonBlack, annLost, drawn)) archive.archive(g);
        assertThat(mine(ArchiveFilter.ANY.withOutcome(PlayerOutcome.WIN))).containsExactly(annWonBlack, annWonWhite);
        assertThat(mine(ArchiveFilter.ANY.withOutcome(PlayerOutcome.LOSS))).containsExactly(annLost);
        assertThat(mine(ArchiveFilter.ANY.withOutcome(PlayerOutcome.DRAW))).containsExactly(drawn);
        assertThat(mine(ArchiveFilter.ANY.withResult(GameResult.BLACK_WINS))).containsExactly(annLost, annWonBlack);
        assertThat(mine(ArchiveFilter.ANY.withPool(RatingPool.BLITZ))).containsExactly(annWonBlack, annWonWhite);
        assertThat(mine(ArchiveFilter.ANY.withTimeControl(BLITZ))).containsExactly(annWonWhite);
        assertThat(mine(ArchiveFilter.ANY.withOutcome(PlayerOutcome.WIN).withResult(GameResult.BLACK_WINS))).containsExactly(annWonBlack);
        assertThat(mine(ArchiveFilter.ANY.withPool(RatingPool.CLASSICAL))).isEmpty();
        assertThat(mine(ArchiveFilter.ANY.withPool(RatingPool.BULLET).withOutcome(PlayerOutcome.WIN))).isEmpty();
    }

    @Test
    void pages_match_a_brute_force_sort_and_filter_of_random_games() {
        Random random = new Random(12);
        List<String> players = List.of(ann, ben, cy);
        List<TimeControl> controls = List.of(BLITZ, BULLET, RAPID, new TimeControl(15_000, 0));
        List<ArchivedGame> all = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int w = random.nextInt(3), b = (w + 1 + random.nextInt(2)) % 3;
            GameResult result = GameResult.values()[random.nextInt(3)];
            Instant ended = T0.plusSeconds(random.nextInt(120)); // many ties
            ArchivedGame g = game(unique("g" + i), players.get(w), players.get(b), result, controls.get(random.nextInt(4)), ended);
            all.add(g);
            archive.archive(g);
        }
        List<ArchiveFilter> filters = List.of(ArchiveFilter.ANY, ArchiveFilter.ANY.withOutcome(PlayerOutcome.LOSS),
                ArchiveFilter.ANY.withResult(GameResult.DRAW).withPool(RatingPool.BULLET), ArchiveFilter.ANY.withTimeControl(RAPID),
                ArchiveFilter.ANY.withPool(RatingPool.ULTRABULLET).withOutcome(PlayerOutcome.WIN));
        for (String player : players) {
            for (ArchiveFilter filter : filters) {
                List<ArchivedGame> expected = all.stream().filter(g -> filter.matches(g, player))
                        .sorted((x, y) -> x.position().compareTo(y.position())).toList();
                assertThat(walk(player, filter, 1 + random.nextInt(17))).as(player + " " + filter).isEqualTo(expected);
            }
        }
    }

    @Test
    void games_archived_between_pages_never_shift_the_pages_that_follow() {
        List<ArchivedGame> before = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            before.add(game(unique("g"), i % 2 == 0 ? ann : ben, i % 2 == 0 ? ben : ann, GameResult.DRAW, BLITZ, T0.plusSeconds(i)));
            archive.archive(before.getLast());
        }
        List<ArchivedGame> seen = new ArrayList<>();
        Optional<ArchivePosition> after = Optional.empty();
        for (int page = 0; ; page++) {
            List<ArchivedGame> games = archive.page(ann, ArchiveFilter.ANY, after, 7);
            if (games.isEmpty()) break;
            seen.addAll(games);
            after = Optional.of(games.getLast().position());
            archive.archive(game(unique("new"), ann, cy, GameResult.WHITE_WINS, BLITZ, T0.plusSeconds(100 + page)));
        }
        assertThat(seen).isEqualTo(before.reversed());
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.empty(), 100)).hasSize(30 + 5);
    }

    @Test
    void racing_archivings_of_one_game_store_it_once() throws Exception {
        String id = unique("g");
        List<Future<Boolean>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 16; i++) {
                ArchivedGame copy = game(id, ann, ben, GameResult.values()[i % 3], BLITZ, T0);
                results.add(pool.submit(() -> archive.archive(copy)));
            }
            int stored = 0;
            for (Future<Boolean> f : results) stored += f.get() ? 1 : 0;
            assertThat(stored).isEqualTo(1);
        }
        assertThat(archive.page(ann, ArchiveFilter.ANY, Optional.empty(), 10)).containsExactly(archive.find(id).orElseThrow());
        assertThat(archive.page(ben, ArchiveFilter.ANY, Optional.empty(), 10)).hasSize(1);
    }

    private List<ArchivedGame> mine(ArchiveFilter filter) {
        return archive.page(ann, filter, Optional.empty(), 100);
    }

    /** Every page of the player's archive, {@code size} games at a time, checked to be full but the last. */
    private List<ArchivedGame> walk(String player, ArchiveFilter filter, int size) {
        List<ArchivedGame> seen = new ArrayList<>();
        Optional<ArchivePosition> after = Optional.empty();
        while (true) {
            List<ArchivedGame> page = archive.page(player, filter, after, size);
            seen.addAll(page);
            if (page.size() < size) return seen;
            after = Optional.of(page.getLast().position());
        }
    }

    /** A finished game with a PGN of its own (the archive keeps it as text). */
    static ArchivedGame game(String id, String white, String black, GameResult result, TimeControl tc, Instant endedAt) {
        EndReason reason = result == GameResult.DRAW ? EndReason.AGREEMENT : EndReason.RESIGNATION;
        String pgn = "[Event \"Casual game\"]\n[Site \"Rookery\"]\n[Date \"2025.03.01\"]\n[Round \"-\"]\n[White \"" + white
                + "\"]\n[Black \"" + black + "\"]\n[Result \"" + result.notation() + "\"]\n[GameId \"" + id + "\"]\n\n1. e4 e5 "
                + result.notation() + "\n";
        return new ArchivedGame(id, white, black, result, reason, id.hashCode() % 2 == 0, tc, endedAt.minusSeconds(300), endedAt, 7,
                tc.initialMs() - 1_234, tc.initialMs() - 5_678, 2, pgn);
    }

    private static ArchivedGame withCreatedAt(ArchivedGame g, Instant createdAt) {
        return new ArchivedGame(g.gameId(), g.white(), g.black(), g.result(), g.reason(), g.rated(), g.timeControl(), createdAt,
                g.endedAt(), g.seq(), g.whiteMs(), g.blackMs(), g.plies(), g.pgn());
    }
}
