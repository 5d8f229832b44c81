package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.RatingWriteResult;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.StoredRating;

/** What every {@link RatingStore} must do. Extend it once per adapter. */
public abstract class RatingStoreContract {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");

    /** A new, empty store. */
    protected abstract RatingStore newStore();

    private final RatingStore store = newStore();

    static PlayerRating rating(double r) {
        return new PlayerRating(r, 200, 0.06, 1, T);
    }

    static RatingChange change(String gameId, RatingPool pool, String white, long whiteVersion, double whiteAfter,
            String black, long blackVersion, double blackAfter) {
        return new RatingChange(new ResultKey(gameId, pool), new RatedSide(white, whiteVersion, rating(whiteAfter)),
                new RatedSide(black, blackVersion, rating(blackAfter)));
    }

    @Test
    void a_player_who_never_played_has_no_rating() {
        assertThat(store.find("nobody", RatingPool.BLITZ)).isEmpty();
        assertThat(store.findAll("nobody")).isEmpty();
        assertThat(store.isApplied(new ResultKey("g1", RatingPool.BLITZ))).isFalse();
    }

    @Test
    void an_applied_change_writes_both_ratings_at_version_one_and_records_the_key() {
        assertThat(store.apply(change("g1", RatingPool.BLITZ, "alice", 0, 1662, "bob", 0, 1338))).isEqualTo(RatingWriteResult.APPLIED);
        assertThat(store.find("alice", RatingPool.BLITZ)).contains(new StoredRating(rating(1662), 1));
        assertThat(store.find("bob", RatingPool.BLITZ)).contains(new StoredRating(rating(1338), 1));
        assertThat(store.isApplied(new ResultKey("g1", RatingPool.BLITZ))).isTrue();
        assertThat(store.appliedCount()).isEqualTo(1);
    }

    @Test
    void a_key_applies_once_and_a_second_change_for_it_writes_nothing() {
        store.apply(change("g1", RatingPool.BLITZ, "alice", 0, 1662, "bob", 0, 1338));
        assertThat(store.apply(change("g1", RatingPool.BLITZ, "alice", 1, 1800, "bob", 1, 1200))).isEqualTo(RatingWriteResult.ALREADY_APPLIED);
        assertThat(store.find("alice", RatingPool.BLITZ)).contains(new StoredRating(rating(1662), 1));
        assertThat(store.appliedCount()).isEqualTo(1);
    }

    @Test
    void a_change_computed_from_an_old_version_is_stale_and_writes_nothing() {
        store.apply(change("g1", RatingPool.BLITZ, "alice", 0, 1662, "bob", 0, 1338));
        assertThat(store.apply(change("g2", RatingPool.BLITZ, "alice", 1, 1700, "carol", 1, 1400))).isEqualTo(RatingWriteResult.STALE);
        assertThat(store.apply(change("g2", RatingPool.BLITZ, "alice", 0, 1700, "carol", 0, 1400))).isEqualTo(RatingWriteResult.STALE);
        assertThat(store.isApplied(new ResultKey("g2", RatingPool.BLITZ))).isFalse();
        assertThat(store.find("carol", RatingPool.BLITZ)).isEmpty();
        assertThat(store.apply(change("g2", RatingPool.BLITZ, "alice", 1, 1700, "carol", 0, 1400))).isEqualTo(RatingWriteResult.APPLIED);
        assertThat(store.find("alice", RatingPool.BLITZ)).contains(new StoredRating(rating(1700), 2));
    }

    @Test
    void pools_are_independent_and_a_game_may_be_keyed_in_each() {
        store.apply(change("g1", RatingPool.BLITZ, "alice", 0, 1662, "bob", 0, 1338));
        assertThat(store.apply(change("g1", RatingPool.BULLET, "alice", 0, 1400, "bob", 0, 1600))).isEqualTo(RatingWriteResult.APPLIED);
        assertThat(store.findAll("alice")).isEqualTo(Map.of(RatingPool.BLITZ, new StoredRating(rating(1662), 1),
                RatingPool.BULLET, new StoredRating(rating(1400), 1)));
        Map<String, StoredRating> blitz = new HashMap<>();
        store.forEachRating(RatingPool.BLITZ, blitz::put);
        assertThat(blitz).containsOnlyKeys("alice", "bob");
    }

    @Test
    void delete_all_forgets_ratings_and_keys() {
        store.apply(change("g1", RatingPool.BLITZ, "alice", 0, 1662, "bob", 0, 1338));
        store.deleteAll();
        assertThat(store.findAll("alice")).isEmpty();
        assertThat(store.appliedCount()).isZero();
        assertThat(store.apply(change("g1", RatingPool.BLITZ, "alice", 0, 1662, "bob", 0, 1338))).isEqualTo(RatingWriteResult.APPLIED);
    }

    @Test
    void of_concurrent_changes_from_the_same_versions_exactly_one_is_applied() throws Exception {
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RatingWriteResult>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String game = "g" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return store.apply(change(game, RatingPool.RAPID, "alice", 0, 1600, "bob", 0, 1400));
                }));
            }
            go.countDown();
            List<RatingWriteResult> outcomes = new ArrayList<>();
            for (Future<RatingWriteResult> f : results) outcomes.add(f.get());
            assertThat(outcomes).containsOnlyOnce(RatingWriteResult.APPLIED);
            assertThat(outcomes).filteredOn(r -> r != RatingWriteResult.APPLIED).containsOnly(RatingWriteResult.STALE);
        }
        assertThat(store.appliedCount()).isEqualTo(1);
        assertThat(store.find("alice", RatingPool.RAPID).orElseThrow().version()).isEqualTo(1);
    }
}
