package org.rookery.domain.matchmaking;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The pairing rules of {@link Matchmaker} written as plainly as possible — a sorted list, maps of
 * plain values, a nested loop — to check the optimised wave against. It reads who waits from the
 * queue (its entries, in join order) and keeps its own memory of games. Not thread-safe.
 */
final class ReferencePairing {

    private static final int LOOKAHEAD = 8;

    private final PairingConfig config;
    private final RandomGenerator random;
    private final Map<PlayerId, PlayerId> lastOpponent = new HashMap<>();
    private final Map<PlayerId, Deque<Boolean>> whites = new HashMap<>(); // newest first, true for White
    private final Map<PlayerId, Long> lastGame = new HashMap<>();
    private long games;

    ReferencePairing(PairingConfig config, RandomGenerator random) {
        this.config = config;
        this.random = random;
    }

    void recordGame(PlayerId white, PlayerId black) {
        remember(white, black, true);
        remember(black, white, false);
        trim();
    }

    /** The matches a wave at {@code now} should make, pool by pool, given who waits in {@code queue}. */
    List<Match> wave(MatchmakingQueue queue, Instant now) {
        List<Match> matches = new ArrayList<>();
        for (MatchPool pool : queue.pools()) {
            matches.addAll(pair(pool, queue.waiting(pool), now));
        }
        trim();
        return matches;
    }

    PlayerId lastOpponent(PlayerId player) {
        return lastOpponent.get(player);
    }

    int colorBalance(PlayerId player) {
        int balance = 0;
        for (boolean white : whites.getOrDefault(player, new ArrayDeque<>())) {
            balance += white ? 1 : -1;
        }
        return balance;
    }

    int remembered() {
        return lastOpponent.size();
    }

    private List<Match> pair(MatchPool pool, List<QueueEntry> waiting, Instant now) {
        List<QueueEntry> sorted = new ArrayList<>(waiting); // join order; the sort is stable
        sorted.sort(Comparator.comparingDouble(entry -> (float) entry.rating()));
        boolean[] paired = new boolean[sorted.size()];
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (paired[i]) {
                continue;
            }
            QueueEntry lower = sorted.get(i);
            int tried = 0;
            for (int j = i + 1; j < sorted.size() && tried < LOOKAHEAD; j++) {
                if (paired[j]) {
                    continue;
                }
                tried++;
                QueueEntry upper = sorted.get(j);
                double gap = upper.rating() - lower.rating();
                if (gap > window(lower, now)) {
                    break;
                }
                if (gap <= window(upper, now) && !rematch(lower.player(), upper.player())) {
                    paired[i] = true;
                    paired[j] = true;
                    matches.add(match(pool, lower, upper, now));
                    break;
                }
            }
        }
        return matches;
    }

    private double window(QueueEntry entry, Instant now) {
        return config.windowAfterSeconds(waited(entry, now).toNanos() / 1e9);
    }

    private static Duration waited(QueueEntry entry, Instant now) {
        Duration waited = Duration.between(entry.joinedAt(), now);
        return waited.isNegative() ? Duration.ZERO : waited;
    }

    private boolean rematch(PlayerId a, PlayerId b) {
        return b.equals(lastOpponent.get(a)) || a.equals(lastOpponent.get(b));
    }

    private Match match(MatchPool pool, QueueEntry lower, QueueEntry upper, Instant now) {
        int lowerBalance = colorBalance(lower.player());
        int upperBalance = colorBalance(upper.player());
        boolean lowerIsWhite = lowerBalance != upperBalance ? lowerBalance < upperBalance : random.nextBoolean();
        QueueEntry white = lowerIsWhite ? lower : upper;
        QueueEntry black = lowerIsWhite ? upper : lower;
        remember(white.player(), black.player(), true);
        remember(black.player(), white.player(), false);
        return new Match(pool, white.player(), black.player(), white.rating(), black.rating(), waited(white, now),
                waited(black, now), now);
    }

    private void remember(PlayerId player, PlayerId opponent, boolean white) {
        lastOpponent.put(player, opponent);
        Deque<Boolean> colours = whites.computeIfAbsent(player, ignored -> new ArrayDeque<>());
        colours.addFirst(white);
        if (colours.size() > config.colorMemory()) {
            colours.removeLast();
        }
        lastGame.put(player, ++games);
    }

    /** Beyond the capacity, forgets everyone whose last game is not among the most recent half of the capacity. */
    private void trim() {
        if (lastOpponent.size() > config.historyCapacity()) {
            long olderThan = games - (config.historyCapacity() + 1) / 2;
            for (PlayerId player : List.copyOf(lastOpponent.keySet())) {
                if (lastGame.get(player) <= olderThan) {
                    lastOpponent.remove(player);
                    whites.remove(player);
                    lastGame.remove(player);
                }
            }
        }
    }
}
