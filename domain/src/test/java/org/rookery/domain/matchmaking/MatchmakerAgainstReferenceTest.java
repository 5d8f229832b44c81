package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rookery.domain.rating.TimeControl;

/**
 * Seeded random sessions — joins, pool switches, leaves, games recorded outside the matchmaker, a
 * small history that keeps forgetting, a wave every second — in which every wave must make exactly
 * the matches of {@link ReferencePairing}, in the same order and with the same colours, and the
 * history must agree with the reference's memory after every step.
 */
class MatchmakerAgainstReferenceTest {

    private static final Instant T0 = Instant.parse("2025-03-01T18:00:00Z");
    private static final List<MatchPool> POOLS = List.of(MatchPool.rated(TimeControl.of(1, 0)), MatchPool.rated(TimeControl.of(3, 2)),
            MatchPool.casual(TimeControl.of(3, 2)));

    @Test
    void every_wave_pairs_exactly_as_the_plain_rules_say() {
        int matches = 0;
        for (long seed = 1; seed <= 24; seed++) {
            PairingConfig config = new PairingConfig(30, 10, 200, 1 + (int) (seed % 4), seed % 3 == 0 ? 1_000 : 25);
            matches += session(seed, config, Style.values()[(int) (seed % Style.values().length)]);
        }

        assertThat(matches).as("the sessions pair plenty").isGreaterThan(5_000);
    }

    /** How a session's players behave. */
    private enum Style {
        /** Ratings and instants anywhere: ties and exact window edges are rare. */
        SMOOTH,
        /** Ratings in steps of 5, instants in whole seconds, and crowds arriving just before a wave: ties, gaps exactly at a window's edge, candidates refused by their own narrow windows. */
        STEPPED,
        /** One pool and a tight crowd: long runs of candidates within reach, many rematches to refuse. */
        CROWDED
    }

    /** One session of 120 waves; answers the matches made. */
    private static int session(long seed, PairingConfig config, Style style) {
        var random = new SplittableRandom(seed);
        var matchmaker = new Matchmaker(config, new SplittableRandom(seed * 31));
        var reference = new ReferencePairing(config, new SplittableRandom(seed * 31));
        var queue = new MatchmakingQueue(new QueueConfig(150, Duration.ofSeconds(2)), matchmaker.history());
        int players = 200;
        double[] ratings = new double[players];
        for (int p = 0; p < players; p++) {
            ratings[p] = switch (style) {
                case SMOOTH -> 1500 + 120 * random.nextGaussian();
                case STEPPED -> 1500 + 5 * Math.round(24 * random.nextGaussian());
                case CROWDED -> 1500 + 30 * random.nextGaussian();
            };
        }
        List<MatchPool> pools = style == Style.CROWDED ? POOLS.subList(0, 1) : POOLS;
        Instant now = T0;
        int made = 0;
        for (int wave = 0; wave < 120; wave++) {
            for (int step = random.nextInt(40); step > 0; step--) {
                now = now.plusMillis(style == Style.STEPPED ? 1_000 * random.nextInt(2) : random.nextInt(60));
                act(random, queue, matchmaker, reference, ratings, pools, style, now);
            }
            now = now.plusMillis(style == Style.STEPPED ? 1_000 : random.nextInt(1_000));
            if (style == Style.STEPPED) {
                for (int arriving = random.nextInt(30); arriving > 0; arriving--) {
                    int p = random.nextInt(players);
                    queue.join(id(p), pools.get(random.nextInt(pools.size())), ratings[p], now);
                }
            }
            List<Match> expected = reference.wave(queue, now);
            List<Match> actual = matchmaker.runWave(queue, now);
            assertThat(actual).as("seed %d, wave %d", seed, wave).containsExactlyElementsOf(expected);
            for (Match match : actual) {
                assertThat(queue.entryOf(match.white())).isEmpty();
                assertThat(queue.entryOf(match.black())).isEmpty();
            }
            made += actual.size();
            assertSameMemory(matchmaker.history(), reference, players, seed, wave);
        }
        return made;
    }

    /** One thing a player does between waves; every player id is a new instance, as from a new request. */
    private static void act(SplittableRandom random, MatchmakingQueue queue, Matchmaker matchmaker, ReferencePairing reference,
            double[] ratings, List<MatchPool> pools, Style style, Instant now) {
        int p = random.nextInt(ratings.length);
        PlayerId player = id(p);
        int what = random.nextInt(20);
        if (what < 14) {
            double drift = style == Style.STEPPED ? 5 * random.nextInt(-4, 5) : random.nextInt(-20, 21);
            queue.join(player, pools.get(random.nextInt(pools.size())), ratings[p] + drift, now);
        } else if (what < 17) {
            queue.leave(player);
        } else {
            int q = (p + 1 + random.nextInt(ratings.length - 1)) % ratings.length;
            matchmaker.history().recordGame(player, id(q));
            reference.recordGame(id(p), id(q));
        }
    }

    private static PlayerId id(int p) {
        return new PlayerId(new String("player-" + p));
    }

    private static void assertSameMemory(PairingHistory history, ReferencePairing reference, int players, long seed, int wave) {
        assertThat(history.size()).as("seed %d, wave %d: players remembered", seed, wave).isEqualTo(reference.remembered());
        List<String> differences = new ArrayList<>();
        for (int p = 0; p < players; p++) {
            PlayerId player = id(p);
            if (!history.lastOpponent(player).equals(Optional.ofNullable(reference.lastOpponent(player)))
                    || history.colorBalance(player) != reference.colorBalance(player)) {
                differences.add(player.value());
            }
        }
        assertThat(differences).as("seed %d, wave %d: players remembered differently", seed, wave).isEmpty();
    }
}
