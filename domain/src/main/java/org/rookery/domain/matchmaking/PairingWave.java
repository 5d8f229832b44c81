package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One pairing wave over one pool's line: sort by rating, then pair each player greedily with the
 * nearest higher-rated unpaired player such that both windows accept the gap, record each pairing
 * in the history and take both players out of the line; O(n log n); not thread-safe (it updates the
 * line and the history and draws from the random generator).
 *
 * <p>Everything a wave needs of a player is in the line's arrays (rating, join instant) or on their
 * card (recent games), which the line holds: a wave looks nothing up by id.
 */
final class PairingWave {

    /** Unpaired players above someone that are tried before giving up on them this wave. */
    private static final int LOOKAHEAD = 8;
    private static final int END = -1;

    private final PairingConfig config;
    private final PairingHistory history;
    private final RandomGenerator random;

    PairingWave(PairingConfig config, PairingHistory history, RandomGenerator random) {
        this.config = config;
        this.history = history;
        this.random = random;
    }

    /**
     * Pairs the players waiting in {@code line} at {@code now}; each player is in at most one match.
     * A pairing is recorded at once and its players leave the line (leaving holes for the caller to
     * close): they are never looked at again in this wave.
     */
    List<Match> pair(MatchPool pool, PoolLine line, Instant now) {
        line.closeHoles();
        int n = line.length();
        if (n < 2) {
            return List.of();
        }
        Sorted sorted = sort(line, now);
        int[] next = new int[n];
        int[] previous = new int[n];
        for (int i = 0; i < n; i++) {
            next[i] = i + 1 < n ? i + 1 : END;
            previous[i] = i - 1;
        }
        List<Match> matches = new ArrayList<>(n / 2);
        for (int i = 0; i != END; i = next[i]) {
            int partner = partnerAbove(i, sorted, next);
            if (partner != END) {
                unlink(partner, next, previous);
                matches.add(match(pool, line, sorted, i, partner, now));
            }
        }
        return matches;
    }

    /** The waiting players in rating order, with their windows. */
    private record Sorted(PlayerCard[] cards, double[] ratings, long[] waitedNanos, double[] windows) {
    }

    private Sorted sort(PoolLine line, Instant now) {
        int n = line.length();
        double[] ratingsInJoinOrder = line.ratings();
        long nowSecond = now.getEpochSecond();
        int nowNano = now.getNano();
        long[] waitedInJoinOrder = new long[n];
        for (int i = 0; i < n; i++) {
            waitedInJoinOrder[i] = Math.max(nanosBetween(line.joinedSecond(i), line.joinedNano(i), nowSecond, nowNano), 0);
        }
        int[] order = RatingOrder.ascending(ratingsInJoinOrder, n);
        PlayerCard[] cards = new PlayerCard[n];
        double[] ratings = new double[n];
        long[] waitedNanos = new long[n];
        double[] windows = new double[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            cards[k] = line.card(i);
            ratings[k] = ratingsInJoinOrder[i];
            waitedNanos[k] = waitedInJoinOrder[i];
            windows[k] = config.windowAfterSeconds(waitedNanos[k] / 1e9);
        }
        return new Sorted(cards, ratings, waitedNanos, windows);
    }

    /** The nearest unpaired player above {@code i} whose rating gap both windows accept, or {@link #END}. */
    private static int partnerAbove(int i, Sorted sorted, int[] next) {
        double[] ratings = sorted.ratings();
        double[] windows = sorted.windows();
        int candidate = next[i];
        for (int tried = 0; candidate != END && tried < LOOKAHEAD; tried++, candidate = next[candidate]) {
            double gap = ratings[candidate] - ratings[i];
            if (gap > windows[i]) {
                return END; // everyone further up is further away
            }
            if (gap <= windows[candidate] && !rematch(sorted.cards()[i], sorted.cards()[candidate])) {
                return candidate;
            }
        }
        return END;
    }

    private static boolean rematch(PlayerCard a, PlayerCard b) {
        return a.lastPlayed(b) || b.lastPlayed(a);
    }

    /** Removes a paired player from the unpaired ones; players below the current one are never visited again. */
    private static void unlink(int i, int[] next, int[] previous) {
        int before = previous[i];
        int after = next[i];
        if (before != END) {
            next[before] = after;
        }
        if (after != END) {
            previous[after] = before;
        }
    }

    /** The player who had White more often recently gets Black; a tie is settled by the random generator. */
    private Match match(MatchPool pool, PoolLine line, Sorted sorted, int lower, int upper, Instant now) {
        PlayerCard lowerCard = sorted.cards()[lower];
        PlayerCard upperCard = sorted.cards()[upper];
        int lowerBalance = lowerCard.colorBalance();
        int upperBalance = upperCard.colorBalance();
        boolean lowerIsWhite = lowerBalance != upperBalance ? lowerBalance < upperBalance : random.nextBoolean();
        int white = lowerIsWhite ? lower : upper;
        int black = lowerIsWhite ? upper : lower;
        PlayerCard whiteCard = sorted.cards()[white];
        PlayerCard blackCard = sorted.cards()[black];
        history.record(whiteCard, blackCard);
        line.take(whiteCard);
        line.take(blackCard);
        return new Match(pool, whiteCard.id(), blackCard.id(), sorted.ratings()[white], sorted.ratings()[black],
                Duration.ofNanos(sorted.waitedNanos()[white]), Duration.ofNanos(sorted.waitedNanos()[black]), now);
    }

    /** Saturates instead of overflowing for absurd spans (hundreds of years). */
    private static long nanosBetween(long fromSecond, int fromNano, long toSecond, int toNano) {
        long seconds = toSecond - fromSecond;
        if (Math.abs(seconds) > Long.MAX_VALUE / 1_000_000_000L - 1) {
            return seconds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + (toNano - fromNano);
    }
}
