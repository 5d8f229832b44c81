package org.rookery.application.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rookery.application.history.HistoryKit.Ending;
import org.rookery.domain.clock.TimeControl;
import org.rookery.domain.event.GameResult;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.in.InvalidArchiveQueryException;
import org.rookery.ports.in.PlayerGamesPage;
import org.rookery.ports.in.PlayerGamesQuery;
import org.rookery.ports.out.ArchiveFilter;
import org.rookery.ports.out.ArchivePosition;
import org.rookery.ports.out.ArchivedGame;
import org.rookery.ports.out.PlayerOutcome;

/** A player's archive: newest first, filtered, paged with positions that stay right while games keep ending. */
class GameHistoryServiceTest {
    private final HistoryKit kit = new HistoryKit();

    @AfterEach
    void stop() {
        kit.close();
    }

    @Test
    void a_players_games_come_newest_first_and_filter_by_outcome_result_and_time_control() {
        String won = kit.finished("ann", "ben", 180_000, 2_000, Ending.BLACK_RESIGNS, "e2e4");
        kit.pass(Duration.ofSeconds(1));
        String lostAsBlack = kit.finished("ben", "ann", 60_000, 0, Ending.BY_THE_MOVES, GameArchiveServiceTest.SCHOLARS_MATE);
        kit.pass(Duration.ofSeconds(1));
        String drawn = kit.finished("cy", "ann", 600_000, 5_000, Ending.AGREED_DRAW, "d2d4");
        kit.pass(Duration.ofSeconds(1));
        String wonAsBlack = kit.finished("cy", "ann", 180_000, 2_000, Ending.WHITE_RESIGNS);
        kit.pass(Duration.ofSeconds(1));
        String notHers = kit.finished("ben", "cy", 180_000, 2_000, Ending.WHITE_RESIGNS);
        kit.relay();

        assertThat(ids("ann", ArchiveFilter.ANY)).containsExactly(wonAsBlack, drawn, lostAsBlack, won);
        assertThat(ids("ann", ArchiveFilter.ANY.withOutcome(PlayerOutcome.WIN))).containsExactly(wonAsBlack, won);
        assertThat(ids("ann", ArchiveFilter.ANY.withOutcome(PlayerOutcome.LOSS))).containsExactly(lostAsBlack);
        assertThat(ids("ann", ArchiveFilter.ANY.withOutcome(PlayerOutcome.DRAW))).containsExactly(drawn);
        assertThat(ids("ann", ArchiveFilter.ANY.withResult(GameResult.WHITE_WINS))).containsExactly(lostAsBlack, won);
        assertThat(ids("ann", ArchiveFilter.ANY.withPool(RatingPool.BLITZ))).containsExactly(wonAsBlack, won);
        assertThat(ids("ann", ArchiveFilter.ANY.withPool(RatingPool.BULLET))).containsExactly(lostAsBlack);
        assertThat(ids("ann", ArchiveFilter.ANY.withTimeControl(new TimeControl(600_000, 5_000)))).containsExactly(drawn);
        assertThat(ids("ann", ArchiveFilter.ANY.withPool(RatingPool.BLITZ).withOutcome(PlayerOutcome.LOSS))).isEmpty();
        assertThat(ids("cy", ArchiveFilter.ANY)).containsExactly(notHers, wonAsBlack, drawn);
    }

    @Test
    void an_unknown_player_has_an_empty_archive_and_the_last_page_has_no_next() {
        PlayerGamesPage nobody = kit.page("nobody", ArchiveFilter.ANY, Optional.empty(), 20);
        assertThat(nobody.games()).isEmpty();
        assertThat(nobody.next()).isEmpty();
        for (int i = 0; i < 4; i++) kit.finished("ann", "ben", 60_000, 0, Ending.WHITE_RESIGNS);
        kit.relay();
        PlayerGamesPage first = kit.page("ann", ArchiveFilter.ANY, Optional.empty(), 2);
        assertThat(first.games()).hasSize(2);
        assertThat(first.next()).contains(first.games().getLast().position());
        PlayerGamesPage second = kit.page("ann", ArchiveFilter.ANY, first.next(), 2);
        assertThat(second.games()).hasSize(2);
        assertThat(second.next()).as("exactly full, nothing after it").isEmpty();
        assertThat(kit.page("ann", ArchiveFilter.ANY, Optional.empty(), 4).next()).isEmpty();
    }

    @Test
    void queries_out_of_range_are_refused_with_the_field_named() {
        for (int limit : new int[] {0, -1, PlayerGamesQuery.MAX_LIMIT + 1}) {
            assertThatThrownBy(() -> new PlayerGamesQuery("ann", ArchiveFilter.ANY, Optional.empty(), limit))
                    .isInstanceOfSatisfying(InvalidArchiveQueryException.class, e -> assertThat(e.field()).isEqualTo("limit"));
        }
        for (String player : new String[] {null, "", "  ", "x".repeat(129)}) {
            assertThatThrownBy(() -> new PlayerGamesQuery(player, ArchiveFilter.ANY, Optional.empty(), 10))
                    .isInstanceOfSatisfying(InvalidArchiveQueryException.class, e -> assertThat(e.field()).isEqualTo("playerId"));
            assertThatThrownBy(() -> kit.platform.history.queries().exportGames(player, ArchiveFilter.ANY))
                    .isInstanceOf(InvalidArchiveQueryException.class);
        }
    }

    @Test
    void paging_across_many_games_with_positions_that_stay_right_while_new_games_end() {
        Random random = new Random(8);
        List<String> rivals = List.of("ben", "cy", "di");
        for (int i = 0; i < 120; i++) {
            if (random.nextInt(4) > 0) kit.pass(Duration.ofMillis(random.nextInt(3))); // some games end at the same instant
            String rival = rivals.get(random.nextInt(rivals.size()));
            boolean annWhite = random.nextBoolean();
            kit.randomGame(annWhite ? "ann" : rival, annWhite ? rival : "ann", random, 6);
        }
        kit.relay();
        List<ArchivedGame> before = kit.all("ann", ArchiveFilter.ANY, 100);
        assertThat(before).hasSize(120);

        List<ArchivedGame> paged = new ArrayList<>();
        Optional<ArchivePosition> after = Optional.empty();
        int pages = 0;
        do {
            PlayerGamesPage page = kit.page("ann", ArchiveFilter.ANY, after, 7);
            paged.addAll(page.games());
            after = page.next();
            pages++;
            kit.pass(Duration.ofMillis(1));
            kit.finished("ann", "ben", 60_000, 0, Ending.WHITE_RESIGNS); // a newer game ends and is archived between pages
            kit.relay();
        } while (after.isPresent());

        assertThat(pages).isEqualTo(18);
        assertThat(paged).as("the archive as it was when paging began, newest first, each game once").isEqualTo(before);
        assertThat(new HashSet<>(paged)).hasSize(120);
        for (int i = 1; i < paged.size(); i++) assertThat(paged.get(i - 1).position()).isLessThan(paged.get(i).position());
        assertThat(kit.all("ann", ArchiveFilter.ANY, 100)).hasSize(120 + 18);
    }

    /** The ids of the player's whole archive, read three games a page. */
    private List<String> ids(String player, ArchiveFilter filter) {
        return kit.all(player, filter, 3).stream().map(ArchivedGame::gameId).toList();
    }
}
