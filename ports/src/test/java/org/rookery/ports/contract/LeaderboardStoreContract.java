package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.LeaderboardEntry;
import org.rookery.ports.out.LeaderboardStore;

/**
 * What every {@link LeaderboardStore} must do. Extend it once per adapter. Every test uses players
 * of its own and checks the whole board it reads (ranks 1, 2, 3 … in rating order, ids breaking
 * ties), so the boards may hold what earlier tests left; but {@link LeaderboardStore#clear()}
 * wipes them, so no test of another suite may use the same store at the same time (give the suite
 * a database or schema of its own).
 */
public abstract class LeaderboardStoreContract {
    private static final RatingPool POOL = RatingPool.BLITZ;
    private static final Comparator<LeaderboardEntry> BOARD_ORDER =
            Comparator.comparingDouble(LeaderboardEntry::rating).reversed().thenComparing(LeaderboardEntry::playerId);

    /** The store under test; it may hold what earlier tests of this suite left. */
    protected abstract LeaderboardStore newStore();

    /** Releases what {@link #newStore()} took; nothing by default. */
    protected void cleanUp() {}

    private LeaderboardStore board;
    private String alice, bob, carol, dave;

    @BeforeEach
    void createTheStore() {
        board = newStore();
        String test = unique("t"); // one prefix, so the names sort as they read
        alice = test + "-alice";
        bob = test + "-bob";
        carol = test + "-carol";
        dave = test + "-dave";
    }

    @AfterEach
    void releaseTheStore() {
        cleanUp();
    }

    @Test
    void players_are_ranked_by_rating_highest_first_and_ties_by_id() {
        long before = board.size(POOL);
        board.place(POOL, carol, 1500, 1);
        board.place(POOL, alice, 1700, 1);
        board.place(POOL, bob, 1500, 1);
        board.place(POOL, dave, 1200, 1);
        List<LeaderboardEntry> all = wholeBoard(POOL);
        assertThat(own(all, alice, bob, carol, dave)).extracting(LeaderboardEntry::playerId, LeaderboardEntry::rating)
                .containsExactly(pair(alice, 1700), pair(bob, 1500), pair(carol, 1500), pair(dave, 1200));
        assertRanksMatch(all, alice, bob, carol, dave);
        assertThat(board.size(POOL)).isEqualTo(before + 4);
    }

    @Test
    void a_new_rating_moves_the_player_and_a_removal_takes_them_off() {
        long before = board.size(POOL);
        board.place(POOL, alice, 1700, 1);
        board.place(POOL, bob, 1500, 1);
        board.place(POOL, bob, 1800, 2);
        assertThat(board.rankOf(POOL, bob).getAsLong()).isLessThan(board.rankOf(POOL, alice).getAsLong());
        assertRanksMatch(wholeBoard(POOL), alice, bob);
        board.remove(POOL, bob, 3);
        assertThat(board.rankOf(POOL, bob)).isEmpty();
        assertThat(own(wholeBoard(POOL), alice, bob)).containsExactly(entryOf(alice));
        assertThat(entryOf(alice).rating()).isEqualTo(1700);
        assertThat(board.size(POOL)).isEqualTo(before + 1);
    }

    @Test
    void an_older_version_never_overwrites_a_newer_one() {
        board.place(POOL, alice, 1800, 2);
        board.place(POOL, alice, 1700, 1);
        assertThat(entryOf(alice).rating()).isEqualTo(1800);
        board.remove(POOL, alice, 2);
        assertThat(board.rankOf(POOL, alice)).as("same version: no change").isPresent();
        board.remove(POOL, alice, 4);
        board.place(POOL, alice, 1900, 3);
        assertThat(board.rankOf(POOL, alice)).as("removed at a newer version").isEmpty();
    }

    @Test
    void pages_are_windows_of_the_order_and_past_the_end_are_empty() {
        List<String> players = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            players.add(alice + "-p" + i);
            board.place(POOL, players.getLast(), 1000 + i, 1);
        }
        List<LeaderboardEntry> all = wholeBoard(POOL);
        int n = all.size();
        assertThat(own(all, players.toArray(String[]::new))).extracting(LeaderboardEntry::playerId)
                .containsExactlyElementsOf(players.reversed());
        List<LeaderboardEntry> second = board.page(POOL, 10, 10);
        assertThat(second).extracting(LeaderboardEntry::rank).containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(second).isEqualTo(all.subList(10, 20));
        assertThat(board.page(POOL, n - 5, 10)).isEqualTo(all.subList(n - 5, n));
        assertThat(board.page(POOL, n, 10)).isEmpty();
    }

    /** Wipes every board: see the class comment. */
    @Test
    void pools_are_independent_and_clear_empties_every_board() {
        board.place(RatingPool.BULLET, alice, 2000, 1);
        board.place(POOL, bob, 1500, 1);
        assertThat(board.rankOf(POOL, alice)).isEmpty();
        assertThat(board.rankOf(RatingPool.BULLET, bob)).isEmpty();
        assertThat(own(wholeBoard(RatingPool.BULLET), alice, bob)).extracting(LeaderboardEntry::playerId).containsExactly(alice);
        board.clear();
        assertThat(board.size(RatingPool.BULLET)).isZero();
        assertThat(board.size(POOL)).isZero();
        board.place(POOL, bob, 1400, 1);
        assertThat(board.rankOf(POOL, bob)).as("clear forgets versions too").hasValue(1);
    }

    @Test
    void ranks_and_pages_match_a_brute_force_sort_after_random_updates() {
        long before = board.size(POOL);
        Random random = new Random(21);
        Map<String, Double> truth = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            String player = alice + "-p" + random.nextInt(3_000);
            long version = versions.merge(player, 1L, Long::sum);
            if (random.nextInt(10) == 0) {
                board.remove(POOL, player, version);
                truth.remove(player);
            } else {
                double rating = 1000 + random.nextInt(400) + (random.nextBoolean() ? 0 : random.nextDouble()); // many ties
                board.place(POOL, player, rating, version);
                truth.put(player, rating);
            }
        }
        List<Map.Entry<String, Double>> sorted = new ArrayList<>(truth.entrySet());
        sorted.sort(Comparator.<Map.Entry<String, Double>>comparingDouble(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey));
        assertThat(board.size(POOL)).isEqualTo(before + sorted.size());
        List<LeaderboardEntry> all = wholeBoard(POOL);
        List<LeaderboardEntry> mine = all.stream().filter(e -> truth.containsKey(e.playerId())).toList();
        assertThat(mine).extracting(LeaderboardEntry::playerId, LeaderboardEntry::rating)
                .containsExactlyElementsOf(sorted.stream().map(e -> pair(e.getKey(), e.getValue())).toList());
        for (LeaderboardEntry e : mine) assertThat(board.rankOf(POOL, e.playerId())).hasValue(e.rank());
        for (int probe = 0; probe < 50; probe++) {
            int offset = random.nextInt(all.size());
            assertThat(board.page(POOL, offset, 7)).isEqualTo(all.subList(offset, Math.min(offset + 7, all.size())));
        }
        for (String player : versions.keySet()) {
            if (!truth.containsKey(player)) assertThat(board.rankOf(POOL, player)).isEmpty();
        }
    }

    @Test
    void concurrent_updates_of_one_player_settle_on_the_newest_version() throws Exception {
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= 400; v++) versions.add(v);
        java.util.Collections.shuffle(versions, new Random(5));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int v : versions) done.add(pool.submit(() -> board.place(POOL, alice, 1000 + v, v)));
            for (Future<?> f : done) f.get();
        }
        assertThat(entryOf(alice).rating()).isEqualTo(1400);
    }

    /** Every entry of the pool's board, checked to be ranked 1, 2, 3 … in board order. */
    private List<LeaderboardEntry> wholeBoard(RatingPool pool) {
        long size = board.size(pool);
        List<LeaderboardEntry> all = board.page(pool, 0, (int) size + 10);
        assertThat(all).hasSize((int) size);
        for (int i = 0; i < all.size(); i++) assertThat(all.get(i).rank()).isEqualTo(i + 1);
        assertThat(all).isSortedAccordingTo(BOARD_ORDER);
        return all;
    }

    /** The player's entry on the board, read through their rank. */
    private LeaderboardEntry entryOf(String player) {
        long rank = board.rankOf(POOL, player).orElseThrow();
        List<LeaderboardEntry> page = board.page(POOL, rank - 1, 1);
        assertThat(page).hasSize(1);
        assertThat(page.getFirst().playerId()).isEqualTo(player);
        return page.getFirst();
    }

    private void assertRanksMatch(List<LeaderboardEntry> all, String... players) {
        for (LeaderboardEntry e : own(all, players)) assertThat(board.rankOf(POOL, e.playerId())).hasValue(e.rank());
    }

    private static List<LeaderboardEntry> own(List<LeaderboardEntry> all, String... players) {
        Set<String> wanted = Set.of(players);
        return all.stream().filter(e -> wanted.contains(e.playerId())).toList();
    }

    private static org.assertj.core.groups.Tuple pair(String player, double rating) {
        return org.assertj.core.groups.Tuple.tuple(player, rating);
    }
}
