package org.rookery.domain.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Pairs the players of a {@link MatchmakingQueue} in waves: each wave pairs every pool, takes the
 * paired players out of the queue and remembers their games; not thread-safe.
 *
 * <p>Within a pool, players are sorted by rating and each is paired with the nearest higher-rated
 * unpaired player such that the gap fits both players' windows ({@link PairingConfig#windowAfter}),
 * and neither player's last game was against the other (no back-to-back rematch). The player who
 * had White more often in their recent games gets Black; a tie is settled by the injected random
 * generator, so a seeded generator makes waves reproducible. A wave over n players costs
 * O(n log n) and looks nothing up by id: the queue must be built on this matchmaker's
 * {@link #history()}.
 */
public final class Matchmaker {

    private final PairingHistory history;
    private final PairingWave wave;

    /** A matchmaker with an empty history. */
    public Matchmaker(PairingConfig config, RandomGenerator random) {
        this(config, new PairingHistory(config), random);
    }

    /** A matchmaker that pairs with, and records into, {@code history}. */
    public Matchmaker(PairingConfig config, PairingHistory history, RandomGenerator random) {
        this.history = history;
        this.wave = new PairingWave(config, history, random);
    }

    /**
     * Runs one wave at {@code now}: the matches made, pool by pool; their players have left the queue.
     *
     * @throws InvalidMatchmakingException when the queue was built on another history than this matchmaker's
     */
    public List<Match> runWave(MatchmakingQueue queue, Instant now) {
        InvalidMatchmakingException.require(queue.history() == history,
                "the queue was built on another pairing history than the matchmaker's");
        List<Match> made = new ArrayList<>();
        for (MatchPool pool : queue.pools()) {
            made.addAll(wave.pair(pool, queue.line(pool), now));
            queue.settle(pool);
        }
        history.trim();
        return made;
    }

    public PairingHistory history() {
        return history;
    }
}
