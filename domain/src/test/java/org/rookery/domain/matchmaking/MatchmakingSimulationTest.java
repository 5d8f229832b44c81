package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.TimeControl;

/**
 * A seeded simulation of 10 000 players (ratings normal around 1500, sd 300) arriving over ten
 * minutes into two pools, playing, and often queueing again, with a wave every second of
 * simulated time. It prints the median and 95th percentile of rating gaps and waiting times and
 * checks them, and the invariants, against bounds that follow from the pairing configuration.
 */
class MatchmakingSimulationTest {

    private static final int PLAYERS = 10_000;
    private static final long SEED = 1_500_300;
    private static final Instant START = Instant.parse("2025-03-01T18:00:00Z");
    private static final Duration WAVE_INTERVAL = Duration.ofSeconds(1);
    private static final Duration ARRIVALS = Duration.ofMinutes(10);
    private static final Duration REJOINS = Duration.ofMinutes(20);
    private static final double REJOIN_CHANCE = 0.6;
    private static final List<MatchPool> POOLS = List.of(MatchPool.rated(TimeControl.of(1, 0)), MatchPool.rated(TimeControl.of(3, 2)));

    private final PairingConfig pairing = PairingConfig.defaults();
    private final Matchmaker matchmaker = new Matchmaker(pairing, new SplittableRandom(SEED));
    private final MatchmakingQueue queue = new MatchmakingQueue(QueueConfig.defaults(), matchmaker.history());
    private final SplittableRandom random = new SplittableRandom(SEED);

    private final Map<PlayerId, Double> ratings = new HashMap<>();
    private final Map<PlayerId, MatchPool> poolOf = new HashMap<>();
    private final Map<PlayerId, PlayerId> lastOpponent = new HashMap<>();
    private final Map<PlayerId, Integer> whitesMinusBlacks = new HashMap<>();
    private final Map<PlayerId, List<Boolean>> recentColors = new HashMap<>();
    private final Set<PlayerId> inGame = new HashSet<>();
    private final PriorityQueue<Timed> events = new PriorityQueue<>();
    private final List<Match> matches = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();

    /** A player arriving in the queue or finishing a game, at a simulated instant. */
    private record Timed(Instant at, PlayerId player, boolean gameEnd) implements Comparable<Timed> {
        @Override
        public int compareTo(Timed other) {
            return at.compareTo(other.at);
        }
    }

    @Test
    void pairs_ten_thousand_players_quickly_closely_and_without_rematches() {
        createPlayers();
        Instant now = START;
        Instant lastMatch = START;
        while (!events.isEmpty() || !inGame.isEmpty()
                || now.isBefore(lastMatch.plus(pairing.timeToMaxWindow()).plus(WAVE_INTERVAL.multipliedBy(5)))) {
            now = now.plus(WAVE_INTERVAL);
            handleEventsUntil(now);
            List<Match> wave = matchmaker.runWave(queue, now);
            if (!wave.isEmpty()) {
                lastMatch = now;
            }
            checkWave(wave, now);
        }

        double[] gaps = matches.stream().mapToDouble(Match::ratingGap).sorted().toArray();
        double[] waits = matches.stream().flatMap(m -> Stream.of(m.whiteWaited(), m.blackWaited()))
                .mapToDouble(d -> d.toMillis() / 1000.0).sorted().toArray();
        int worstColorImbalance = whitesMinusBlacks.values().stream().mapToInt(Math::abs).max().orElseThrow();
        System.out.printf("matchmaking simulation: %d players, %d matches over %d min simulated; rating gap median %.1f,"
                        + " p95 %.1f; wait median %.1f s, p95 %.1f s, max %.1f s; %d left unpaired;"
                        + " worst |whites - blacks| %d%n",
                PLAYERS, matches.size(), Duration.between(START, now).toMinutes(), percentile(gaps, 50), percentile(gaps, 95),
                percentile(waits, 50), percentile(waits, 95), waits[waits.length - 1], queue.size(), worstColorImbalance);

        assertThat(violations).isEmpty();
        assertThat(matches.size()).as("each player plays once, most several times").isGreaterThan(PLAYERS);
        assertThat(percentile(gaps, 95)).as("p95 gap within the widest window").isLessThanOrEqualTo(pairing.maxWindow());
        // A gap fits the window of the shorter wait, so a gap beyond the window at the p95 wait needs both waits above it.
        assertThat(percentile(gaps, 95)).as("p95 gap within the window at the p95 wait")
                .isLessThanOrEqualTo(pairing.windowAfter(Duration.ofMillis(Math.round(percentile(waits, 95) * 1000))));
        assertThat(percentile(gaps, 50)).as("median gap within the base window").isLessThanOrEqualTo(pairing.baseWindow());
        assertThat(percentile(waits, 50)).as("median wait: a couple of waves").isLessThanOrEqualTo(2 * WAVE_INTERVAL.toSeconds());
        assertThat(percentile(waits, 95)).as("p95 wait: before the window is widest")
                .isLessThanOrEqualTo(pairing.timeToMaxWindow().toSeconds());
        assertNobodyLeftWhoCouldBePaired();
    }

    private void createPlayers() {
        for (int i = 0; i < PLAYERS; i++) {
            PlayerId player = new PlayerId("sim-" + i);
            ratings.put(player, 1500 + 300 * random.nextGaussian());
            poolOf.put(player, POOLS.get(random.nextInt(10) < 4 ? 0 : 1));
            events.add(new Timed(START.plusMillis(random.nextLong(ARRIVALS.toMillis())), player, false));
        }
    }

    private void handleEventsUntil(Instant now) {
        while (!events.isEmpty() && !events.peek().at().isAfter(now)) {
            Timed event = events.poll();
            if (event.gameEnd()) {
                inGame.remove(event.player());
                if (event.at().isAfter(START.plus(REJOINS)) || random.nextDouble() >= REJOIN_CHANCE) {
                    continue;
                }
            }
            JoinOutcome outcome = queue.join(event.player(), poolOf.get(event.player()), ratings.get(event.player()), event.at());
            if (!(outcome instanceof JoinOutcome.Joined)) {
                violations.add(event.player() + " could not join: " + outcome);
            }
        }
    }

    private void checkWave(List<Match> wave, Instant now) {
        Set<PlayerId> pairedNow = new HashSet<>();
        for (Match match : wave) {
            for (PlayerId player : List.of(match.white(), match.black())) {
                if (!pairedNow.add(player) || inGame.contains(player)) {
                    violations.add(player + " is in two matches at " + now);
                }
                if (!poolOf.get(player).equals(match.pool())) {
                    violations.add(player + " paired outside their pool: " + match);
                }
                inGame.add(player);
            }
            if (match.black().equals(lastOpponent.get(match.white())) || match.white().equals(lastOpponent.get(match.black()))) {
                violations.add("back-to-back rematch: " + match);
            }
            double narrower = Math.min(pairing.windowAfter(match.whiteWaited()), pairing.windowAfter(match.blackWaited()));
            if (match.ratingGap() > narrower) {
                violations.add("gap beyond a window: " + match);
            }
            if (recentBalance(match.white()) > recentBalance(match.black())) {
                violations.add("White went to the player with more recent Whites: " + match);
            }
            rememberColor(match.white(), true);
            rememberColor(match.black(), false);
            whitesMinusBlacks.merge(match.white(), 1, Integer::sum);
            whitesMinusBlacks.merge(match.black(), -1, Integer::sum);
            lastOpponent.put(match.white(), match.black());
            lastOpponent.put(match.black(), match.white());
            Duration game = gameLength(match.pool());
            events.add(new Timed(now.plus(game), match.white(), true));
            events.add(new Timed(now.plus(game), match.black(), true));
            matches.add(match);
        }
    }

    private int recentBalance(PlayerId player) {
        return recentColors.getOrDefault(player, List.of()).stream().mapToInt(white -> white ? 1 : -1).sum();
    }

    private void rememberColor(PlayerId player, boolean white) {
        List<Boolean> colors = recentColors.computeIfAbsent(player, ignored -> new ArrayList<>());
        colors.add(white);
        if (colors.size() > pairing.colorMemory()) {
            colors.removeFirst();
        }
    }

    /** Somewhere between a quick resignation and both clocks nearly used up. */
    private Duration gameLength(MatchPool pool) {
        long longest = 2 * pool.timeControl().estimatedDuration().toMillis();
        return Duration.ofMillis(random.nextLong(20_000, longest));
    }

    private void assertNobodyLeftWhoCouldBePaired() {
        for (MatchPool pool : queue.pools()) {
            List<QueueEntry> left = queue.waiting(pool);
            for (QueueEntry a : left) {
                for (QueueEntry b : left) {
                    boolean couldPair = !a.equals(b) && Math.abs(a.rating() - b.rating()) <= pairing.maxWindow()
                            && !b.player().equals(lastOpponent.get(a.player())) && !a.player().equals(lastOpponent.get(b.player()));
                    assertThat(couldPair).as("%s and %s are both still waiting", a, b).isFalse();
                }
            }
        }
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
