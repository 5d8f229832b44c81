package org.rookery.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.rookery.domain.matchmaking.JoinOutcome;
import org.rookery.domain.matchmaking.MatchPool;
import org.rookery.domain.matchmaking.Matchmaker;
import org.rookery.domain.matchmaking.MatchmakingQueue;
import org.rookery.domain.matchmaking.PairingConfig;
import org.rookery.domain.matchmaking.PairingHistory;
import org.rookery.domain.matchmaking.PlayerId;
import org.rookery.domain.matchmaking.QueueConfig;
import org.rookery.domain.rating.TimeControl;

/**
 * A seeded crowd of players for the matchmaking benchmarks: ratings normal around 1500 (sd 300),
 * spread over up to four rated pools (1+0, 3+0, 3+2, 10+0), who joined at instants spread
 * uniformly over the minute before {@link #NOW}, so that their rating windows range from the
 * narrowest to the widest. Each player's last game was against a rating neighbour, so that the
 * no-rematch rule has work to do. The same every run. Immutable, so thread-safe; the queues and
 * matchmakers it builds are new each time and not thread-safe.
 */
final class WaitingRoom {
    static final Instant NOW = Instant.parse("2025-03-01T20:00:00Z");
    static final List<MatchPool> POOLS = List.of(MatchPool.rated(TimeControl.of(1, 0)), MatchPool.rated(TimeControl.of(3, 0)),
            MatchPool.rated(TimeControl.of(3, 2)), MatchPool.rated(TimeControl.of(10, 0)));
    private static final long SPREAD_NANOS = Duration.ofMinutes(1).toNanos();

    private final PlayerId[] players;
    private final double[] ratings;
    private final MatchPool[] pools;
    private final Instant[] joinedAt; // ascending: the order players joined in
    private final int[] byRating;
    /** The neighbour games of the history, as positions in {@link #byRating}, in the (shuffled) order they are recorded. */
    private final int[] games;

    WaitingRoom(int count, int poolCount, long seed) {
        if (poolCount < 1 || poolCount > POOLS.size()) throw new IllegalArgumentException("1 to " + POOLS.size() + " pools");
        SplittableRandom random = new SplittableRandom(seed);
        players = new PlayerId[count];
        ratings = new double[count];
        pools = new MatchPool[count];
        long[] ago = random.longs(count, 0, SPREAD_NANOS).toArray();
        Arrays.sort(ago);
        joinedAt = new Instant[count];
        for (int i = 0; i < count; i++) {
            players[i] = new PlayerId("player-" + i);
            ratings[i] = 1500 + 300 * random.nextGaussian();
            pools[i] = POOLS.get(random.nextInt(poolCount));
            joinedAt[i] = NOW.minusNanos(ago[count - 1 - i]);
        }
        byRating = IntStream.range(0, count).boxed().sorted((a, b) -> Double.compare(ratings[a], ratings[b]))
                .mapToInt(Integer::intValue).toArray();
        games = IntStream.range(0, count / 2).map(k -> 2 * k).toArray();
        for (int k = games.length - 1; k > 0; k--) { // games end in no particular rating order
            int other = random.nextInt(k + 1);
            int swapped = games[k];
            games[k] = games[other];
            games[other] = swapped;
        }
    }

    int size() {
        return players.length;
    }

    double rating(int player) {
        return ratings[player];
    }

    MatchPool pool(int player) {
        return pools[player];
    }

    /**
     * A queue built on {@code history} holding every player of the room, joined in order; its
     * capacity is the default or the room's size.
     */
    MatchmakingQueue queue(PairingHistory history) {
        QueueConfig defaults = QueueConfig.defaults();
        MatchmakingQueue queue = new MatchmakingQueue(new QueueConfig(Math.max(defaults.capacity(), size()), defaults.joinInterval()), history);
        for (int i = 0; i < size(); i++) {
            if (!(queue.join(players[i], pools[i], ratings[i], joinedAt[i]) instanceof JoinOutcome.Joined)) {
                throw new IllegalStateException("player " + players[i] + " could not join");
            }
        }
        return queue;
    }

    /**
     * A matchmaker with default settings whose history says each player last played a rating
     * neighbour. The games are recorded in no particular rating order, as they end in life, so that
     * what the history keeps of each player is not laid out in memory in rating order either.
     */
    Matchmaker matchmaker(long seed) {
        PairingConfig config = PairingConfig.defaults();
        PairingHistory history = new PairingHistory(config);
        for (int k : games) history.recordGame(players[byRating[k]], players[byRating[k + 1]]);
        return new Matchmaker(config, history, new SplittableRandom(seed));
    }
}
