package org.rookery.ports.out;

import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.rookery.domain.rating.RatingPool;

/**
 * Players' ratings per pool and the keys of the results already applied, written together: a
 * result's two new ratings and its key land atomically or not at all, so a result counts once
 * and a crash never leaves half of it. Writes are optimistic (versions), so several rating
 * workers may share a store. Implementations are thread-safe.
 */
public interface RatingStore {

    /** The player's rating in the pool, empty when they never played a rated game there. */
    Optional<StoredRating> find(String playerId, RatingPool pool);

    /** The player's ratings in every pool they played in. */
    Map<RatingPool, StoredRating> findAll(String playerId);

    boolean isApplied(ResultKey key);

    /**
     * Atomically: when the key is applied already, {@link RatingWriteResult#ALREADY_APPLIED}; when
     * a player's stored version is not the change's expected version (0 meaning no rating),
     * {@link RatingWriteResult#STALE}; otherwise stores both ratings with their version increased,
     * records the key, and answers {@link RatingWriteResult#APPLIED}.
     */
    RatingWriteResult apply(RatingChange change);

    /** Calls {@code action} with every player rated in the pool (in no particular order). */
    void forEachRating(RatingPool pool, BiConsumer<String, StoredRating> action);

    /** How many result keys are recorded. */
    long appliedCount();

    /** Forgets every rating and every key: the first step of a recalculation. */
    void deleteAll();
}
