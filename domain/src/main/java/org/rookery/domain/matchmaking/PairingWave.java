package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One pairing wave over one pool: sort by rating, then pair each player greedily with the nearest
 * higher-rated unpaired player such that both windows accept the gap, and record each pairing in
 * the history; O(n log n); not thread-safe (it updates the history and draws from the random
 * generator).
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
     * Pairs the players waiting in {@code pool} at {@code now}; each player is in at most one match.
     * A pairing is recorded at once: its players are never looked at again in this wave.
     */
    List<Match> pair(MatchPool pool, List<QueueEntry> waiting, Instant now) {
        int n = waiting.size();
        if (n < 2) {
            return List.of();
        }
        Sorted sorted = sort(waiting, now);
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
                matches.add(match(pool, sorted, i, partner, now));
            }
        }
        return matches;
    }

    /** The waiting players in rating order, with their windows, and their histories fetched on demand. */
    private record Sorted(QueueEntry[] entries, double[] ratings, long[] waitedNanos, double[] windows,
            PairingHistory.Recent[] recent, boolean[] fetched) {
    }

    private Sorted sort(List<QueueEntry> waiting, Instant now) {
        int n = waiting.size();
        double[] ratingsInJoinOrder = new double[n];
        long[] waitedInJoinOrder = new long[n];
        for (int i = 0; i < n; i++) {
            QueueEntry entry = waiting.get(i);
            ratingsInJoinOrder[i] = entry.rating();
            waitedInJoinOrder[i] = Math.max(nanosBetween(entry.joinedAt(), now), 0);
        }
        int[] order = RatingOrder.ascending(ratingsInJoinOrder);
        QueueEntry[] entries = new QueueEntry[n];
        double[] ratings = new double[n];
        long[] waitedNanos = new long[n];
        double[] windows = new double[n];
        for (int k = 0; k < n; k++) {
            entries[k] = waiting.get(order[k]);
            ratings[k] = ratingsInJoinOrder[order[k]];
            waitedNanos[k] = waitedInJoinOrder[order[k]];
            windows[k] = config.windowAfterSeconds(waitedNanos[k] / 1e9);
        }
        return new Sorted(entries, ratings, waitedNanos, windows, new PairingHistory.Recent[n], new boolean[n]);
    }

    /** The nearest unpaired player above {@code i} whose rating gap both windows accept, or {@link #END}. */
    private int partnerAbove(int i, Sorted sorted, int[] next) {
        int candidate = next[i];
        for (int tried = 0; candidate != END && tried < LOOKAHEAD; tried++, candidate = next[candidate]) {
            double gap = sorted.ratings()[candidate] - sorted.ratings()[i];
            if (gap > sorted.windows()[i]) {
                return END; // everyone further up is further away
            }
            if (gap <= sorted.windows()[candidate] && !rematch(i, candidate, sorted)) {
                return candidate;
            }
        }
        return END;
    }

    private boolean rematch(int a, int b, Sorted sorted) {
        PairingHistory.Recent ofA = recent(a, sorted);
        PairingHistory.Recent ofB = recent(b, sorted);
        return ofA != null && sorted.entries()[b].player().equals(ofA.lastOpponent())
                || ofB != null && sorted.entries()[a].player().equals(ofB.lastOpponent());
    }

    private PairingHistory.Recent recent(int i, Sorted sorted) {
        if (!sorted.fetched()[i]) {
            sorted.recent()[i] = history.recentOrNull(sorted.entries()[i].player());
            sorted.fetched()[i] = true;
        }
        return sorted.recent()[i];
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
    private Match match(MatchPool pool, Sorted sorted, int lower, int upper, Instant now) {
        int lowerBalance = balance(recent(lower, sorted));
        int upperBalance = balance(recent(upper, sorted));
        boolean lowerIsWhite = lowerBalance != upperBalance ? lowerBalance < upperBalance : random.nextBoolean();
        int whiteIndex = lowerIsWhite ? lower : upper;
        int blackIndex = lowerIsWhite ? upper : lower;
        QueueEntry white = sorted.entries()[whiteIndex];
        QueueEntry black = sorted.entries()[blackIndex];
        history.record(white.player(), sorted.recent()[whiteIndex], black.player(), sorted.recent()[blackIndex]);
        return new Match(pool, white.player(), black.player(), sorted.ratings()[whiteIndex], sorted.ratings()[blackIndex],
                Duration.ofNanos(sorted.waitedNanos()[whiteIndex]), Duration.ofNanos(sorted.waitedNanos()[blackIndex]), now);
    }

    private static int balance(PairingHistory.Recent recent) {
        return recent == null ? 0 : recent.colorBalance();
    }

    /** Saturates instead of overflowing for absurd spans (hundreds of years). */
    private static long nanosBetween(Instant from, Instant to) {
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        if (Math.abs(seconds) > Long.MAX_VALUE / 1_000_000_000L - 1) {
            return seconds > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return seconds * 1_000_000_000L + (to.getNano() - from.getNano());
    }
}
