package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.LeaderboardEntry;
import org.rookery.ports.out.LeaderboardStore;

/** What every {@link LeaderboardStore} must do. Extend it once per adapter. */
public abstract class LeaderboardStoreContract {
    private static final RatingPool POOL = RatingPool.BLITZ;

    /** A new, empty store. */
    protected abstract LeaderboardStore newStore();

    private final LeaderboardStore board = newStore();

    @Test
    void players_are_ranked_by_rating_highest_first_and_ties_by_id() {
        board.place(POOL, "carol", 1500, 1);
        board.place(POOL, "alice", 1700, 1);
        board.place(POOL, "bob", 1500, 1);
        board.place(POOL, "dave", 1200, 1);
        assertThat(board.page(POOL, 0, 10)).containsExactly(new LeaderboardEntry(1, "alice", 1700),
                new LeaderboardEntry(2, "bob", 1500), new LeaderboardEntry(3, "carol", 1500), new LeaderboardEntry(4, "dave", 1200));
        assertThat(board.rankOf(POOL, "carol")).hasValue(3);
        assertThat(board.size(POOL)).isEqualTo(4);
    }

    @Test
    void a_new_rating_moves_the_player_and_a_removal_takes_them_off() {
        board.place(POOL, "alice", 1700, 1);
        board.place(POOL, "bob", 1500, 1);
        board.place(POOL, "bob", 1800, 2);
        assertThat(board.rankOf(POOL, "bob")).hasValue(1);
        assertThat(board.rankOf(POOL, "alice")).hasValue(2);
        board.remove(POOL, "bob", 3);
        assertThat(board.rankOf(POOL, "bob")).isEmpty();
        assertThat(board.page(POOL, 0, 10)).containsExactly(new LeaderboardEntry(1, "alice", 1700));
    }

    @Test
    void an_older_version_never_overwrites_a_newer_one() {
        board.place(POOL, "alice", 1800, 2);
        board.place(POOL, "alice", 1700, 1);
        assertThat(board.page(POOL, 0, 1)).containsExactly(new LeaderboardEntry(1, "alice", 1800));
        board.remove(POOL, "alice", 2);
        assertThat(board.rankOf(POOL, "alice")).as("same version: no change").hasValue(1);
        board.remove(POOL, "alice", 4);
        board.place(POOL, "alice", 1900, 3);
        assertThat(board.rankOf(POOL, "alice")).as("removed at a newer version").isEmpty();
    }

    @Test
    void pages_are_windows_of_the_order_and_past_the_end_are_empty() {
        for (int i = 0; i < 25; i++) board.place(POOL, "p" + i, 1000 + i, 1);
        List<LeaderboardEntry> second = board.page(POOL, 10, 10);
        assertThat(second).extracting(LeaderboardEntry::rank).containsExactly(11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L);
        assertThat(second.getFirst()).isEqualTo(new LeaderboardEntry(11, "p14", 1014));
        assertThat(board.page(POOL, 20, 10)).hasSize(5);
        assertThat(board.page(POOL, 25, 10)).isEmpty();
    }

    @Test
    void pools_are_independent_and_clear_empties_every_board() {
        board.place(RatingPool.BULLET, "alice", 2000, 1);
        board.place(POOL, "bob", 1500, 1);
        assertThat(board.rankOf(POOL, "alice")).isEmpty();
        assertThat(board.size(RatingPool.BULLET)).isEqualTo(1);
        board.clear();
        assertThat(board.size(RatingPool.BULLET)).isZero();
        assertThat(board.size(POOL)).isZero();
        board.place(POOL, "bob", 1400, 1);
        assertThat(board.rankOf(POOL, "bob")).as("clear forgets versions too").hasValue(1);
    }

    @Test
    void ranks_and_pages_match_a_brute_force_sort_after_random_updates() {
        Random random = new Random(21);
        Map<String, Double> truth = new HashMap<>();
        Map<String, Long> versions = new HashMap<>();
        for (int step = 0; step < 20_000; step++) {
            String player = "p" + random.nextInt(3_000);
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
        assertThat(board.size(POOL)).isEqualTo(sorted.size());
        List<LeaderboardEntry> all = board.page(POOL, 0, sorted.size() + 10);
        for (int i = 0; i < sorted.size(); i++) {
            Map.Entry<String, Double> expected = sorted.get(i);
            assertThat(all.get(i)).isEqualTo(new LeaderboardEntry(i + 1, expected.getKey(), expected.getValue()));
            assertThat(board.rankOf(POOL, expected.getKey())).hasValue(i + 1);
        }
        for (int probe = 0; probe < 50; probe++) {
            int offset = random.nextInt(sorted.size());
            assertThat(board.page(POOL, offset, 7)).isEqualTo(all.subList(offset, Math.min(offset + 7, all.size())));
        }
        for (int p = 0; p < 3_000; p++) {
            if (!truth.containsKey("p" + p)) assertThat(board.rankOf(POOL, "p" + p)).isEmpty();
        }
    }

    @Test
    void concurrent_updates_of_one_player_settle_on_the_newest_version() throws Exception {
        List<Integer> versions = new ArrayList<>();
        for (int v = 1; v <= 400; v++) versions.add(v);
        java.util.Collections.shuffle(versions, new Random(5));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> done = new ArrayList<>();
            for (int v : versions) done.add(pool.submit(() -> board.place(POOL, "alice", 1000 + v, v)));
            for (Future<?> f : done) f.get();
        }
        assertThat(board.page(POOL, 0, 10)).containsExactly(new LeaderboardEntry(1, "alice", 1400));
    }
}
