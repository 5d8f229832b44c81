package org.rookery.ports.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rookery.ports.contract.ContractIds.unique;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.PlayerRating;
import org.rookery.domain.rating.RatingPool;
import org.rookery.ports.out.RatedSide;
import org.rookery.ports.out.RatingChange;
import org.rookery.ports.out.RatingStore;
import org.rookery.ports.out.RatingWriteResult;
import org.rookery.ports.out.ResultKey;
import org.rookery.ports.out.StoredRating;

/**
 * What every {@link RatingStore} must do. Extend it once per adapter. Every test uses games and
 * players of its own, and compares counts before and after, so the store may hold what earlier
 * tests left; but {@link RatingStore#deleteAll()} wipes it, so no test of another suite may use
 * the same store at the same time (give the suite a database or schema of its own).
 */
public abstract class RatingStoreContract {
    private static final Instant T = Instant.parse("2025-03-01T12:00:00Z");

    /** The store under test; it may hold what earlier tests of this suite left. */
    protected abstract RatingStore newStore();

    /** Releases what {@link #newStore()} took; nothing by default. */
    protected void cleanUp() {}

    private RatingStore store;
    private String g1, g2, alice, bob, carol;

    @BeforeEach
    void createTheStore() {
        store = newStore();
        g1 = unique("g1");
        g2 = unique("g2");
        alice = unique("alice");
        bob = unique("bob");
        carol = unique("carol");
    }

    @AfterEach
    void releaseTheStore() {
        cleanUp();
    }

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
        assertThat(store.find(unique("nobody"), RatingPool.BLITZ)).isEmpty();
        assertThat(store.findAll(unique("nobody"))).isEmpty();
        assertThat(store.isApplied(new ResultKey(g1, RatingPool.BLITZ))).isFalse();
    }

    @Test
    void an_applied_change_writes_both_ratings_at_version_one_and_records_the_key() {
        long before = store.appliedCount();
        assertThat(store.apply(change(g1, RatingPool.BLITZ, alice, 0, 1662, bob, 0, 1338))).isEqualTo(RatingWriteResult.APPLIED);
        assertThat(store.find(alice, RatingPool.BLITZ)).contains(new StoredRating(rating(1662), 1));
        assertThat(store.find(bob, RatingPool.BLITZ)).contains(new StoredRating(rating(1338), 1));
        assertThat(store.isApplied(new ResultKey(g1, RatingPool.BLITZ))).isTrue();
        assertThat(store.appliedCount()).isEqualTo(before + 1);
    }

    @Test
    void a_key_applies_once_and_a_second_change_for_it_writes_nothing() {
        store.apply(change(g1, RatingPool.BLITZ, alice, 0, 1662, bob, 0, 1338));
        long before = store.appliedCount();
        assertThat(store.apply(change(g1, RatingPool.BLITZ, alice, 1, 1800, bob, 1, 1200))).isEqualTo(RatingWriteResult.ALREADY_APPLIED);
        assertThat(store.find(alice, RatingPool.BLITZ)).contains(new StoredRating(rating(1662), 1));
        assertThat(store.appliedCount()).isEqualTo(before);
    }

    @Test
    void a_change_computed_from_an_old_version_is_stale_and_writes_nothing() {
        store.apply(change(g1, RatingPool.BLITZ, alice, 0, 1662, bob, 0, 1338));
        assertThat(store.apply(change(g2, RatingPool.BLITZ, alice, 1, 1700, carol, 1, 1400))).isEqualTo(RatingWriteResult.STALE);
        assertThat(store.apply(change(g2, RatingPool.BLITZ, alice, 0, 1700, carol, 0, 1400))).isEqualTo(RatingWriteResult.STALE);
        assertThat(store.isApplied(new ResultKey(g2, RatingPool.BLITZ))).isFalse();
        assertThat(store.find(carol, RatingPool.BLITZ)).isEmpty();
        assertThat(store.apply(change(g2, RatingPool.BLITZ, alice, 1, 1700, carol, 0, 1400))).isEqualTo(RatingWriteResult.APPLIED);
        assertThat(store.find(alice, RatingPool.BLITZ)).contains(new StoredRating(rating(1700), 2));
    }

    @Test
    void pools_are_independent_and_a_game_may_be_keyed_in_each() {
        store.apply(change(g1, RatingPool.BLITZ, alice, 0, 1662, bob, 0, 1338));
        assertThat(store.apply(change(g1, RatingPool.BULLET, alice, 0, 1400, bob, 0, 1600))).isEqualTo(RatingWriteResult.APPLIED);
        assertThat(store.findAll(alice)).isEqualTo(Map.of(RatingPool.BLITZ, new StoredRating(rating(1662), 1),
                RatingPool.BULLET, new StoredRating(rating(1400), 1)));
        Map<String, StoredRating> blitz = new HashMap<>(), bullet = new HashMap<>();
        store.forEachRating(RatingPool.BLITZ, blitz::put);
        store.forEachRating(RatingPool.BULLET, bullet::put);
        assertThat(blitz).containsEntry(alice, new StoredRating(rating(1662), 1)).containsEntry(bob, new StoredRating(rating(1338), 1));
        assertThat(bullet).containsEntry(alice, new StoredRating(rating(1400), 1)).containsEntry(bob, new StoredRating(rating(1600), 1));
        Map<String, StoredRating> classical = new HashMap<>();
        store.forEachRating(RatingPool.CLASSICAL, classical::put);
        assertThat(classical).doesNotContainKeys(alice, bob);
    }

    /** Wipes the whole store: see the class comment. */
    @Test
    void delete_all_forgets_ratings_and_keys() {
        store.apply(change(g1, RatingPool.BLITZ, alice, 0, 1662, bob, 0, 1338));
        store.deleteAll();
        assertThat(store.findAll(alice)).isEmpty();
        assertThat(store.appliedCount()).isZero();
        assertThat(store.apply(change(g1, RatingPool.BLITZ, alice, 0, 1662, bob, 0, 1338))).isEqualTo(RatingWriteResult.APPLIED);
    }

    @Test
    void of_concurrent_changes_from_the_same_versions_exactly_one_is_applied() throws Exception {
        int writers = 8;
        CountDownLatch go = new CountDownLatch(1);
        List<Future<RatingWriteResult>> results = new ArrayList<>();
        long before = store.appliedCount();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (int i = 0; i < writers; i++) {
                String game = g1 + "-" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return store.apply(change(game, RatingPool.RAPID, alice, 0, 1600, bob, 0, 1400));
                }));
            }
            go.countDown();
            List<RatingWriteResult> outcomes = new ArrayList<>();
            for (Future<RatingWriteResult> f : results) outcomes.add(f.get());
            assertThat(outcomes).containsOnlyOnce(RatingWriteResult.APPLIED);
            assertThat(outcomes).filteredOn(r -> r != RatingWriteResult.APPLIED).containsOnly(RatingWriteResult.STALE);
        }
        assertThat(store.appliedCount()).isEqualTo(before + 1);
        assertThat(store.find(alice, RatingPool.RAPID).orElseThrow().version()).isEqualTo(1);
    }
}
