package org.rookery.domain.matchmaking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RatingOrderTest {

    /** What the radix sort must agree with: a comparison sort by the rating as a float, then by position. */
    private static int[] comparisonOrder(double[] ratings, int n) {
        return IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> (float) ratings[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
    }

    @Test
    void orders_ratings_ascending_and_equal_ratings_by_position() {
        double[] ratings = {1500, 1200, 1500, 2800, 1200.5, -3, 0, 1500};

        assertThat(RatingOrder.ascending(ratings)).containsExactly(5, 6, 1, 4, 0, 2, 7, 3);
    }

    @Test
    void agrees_with_a_comparison_sort_on_crowds_of_every_shape() {
        var random = new SplittableRandom(2024);
        for (int round = 0; round < 200; round++) {
            int n = round < 5 ? round : random.nextInt(1, 3_000);
            double[] ratings = new double[n];
            int shape = round % 4;
            for (int i = 0; i < n; i++) {
                ratings[i] = switch (shape) {
                    case 0 -> 1500 + 300 * random.nextGaussian();          // a real crowd
                    case 1 -> random.nextInt(1490, 1510);                   // many ties
                    case 2 -> (random.nextBoolean() ? -1 : 1) * random.nextDouble(0, 1e30); // signs and magnitudes
                    default -> random.nextInt(4) == 0 ? -0.0 : random.nextInt(-2, 3); // zeros of both signs
                };
            }

            assertThat(RatingOrder.ascending(ratings)).as("round %d, %d ratings", round, n).containsExactly(comparisonOrder(ratings, n));
        }
    }

    @Test
    void sorts_a_hundred_thousand_players_like_a_comparison_sort() {
        var random = new SplittableRandom(7);
        double[] ratings = random.doubles(100_000).map(u -> 1500 + 600 * (u - 0.5)).toArray();

        assertThat(RatingOrder.ascending(ratings)).containsExactly(comparisonOrder(ratings, ratings.length));
    }

    @Test
    void reads_only_the_first_n_ratings() {
        double[] ratings = {1600, 1400, 1500, 0, 0, 0};

        assertThat(RatingOrder.ascending(ratings, 3)).containsExactly(1, 2, 0);
    }

    @Test
    void counts_ratings_closer_than_a_float_as_equal() {
        double[] ratings = {2000.00001, 2000.0};

        assertThat(RatingOrder.ascending(ratings)).as("position order among equal floats").containsExactly(0, 1);
    }
}
