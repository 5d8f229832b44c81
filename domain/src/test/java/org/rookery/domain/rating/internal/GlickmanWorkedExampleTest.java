package org.rookery.domain.rating.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Glickman's worked example ("Example of the Glicko-2 system", 2013, steps 1 to 8), step by step.
 * The expected figures are the published ones; each tolerance is the published rounding, widened
 * where the paper carries rounded intermediates into the next step (said where it happens).
 */
class GlickmanWorkedExampleTest {

    private static final double TAU = 0.5;
    private final Glicko2Period period = new Glicko2Period(TAU, 0.000001, Glicko2Period.toPhi(350));

    private final double mu = Glicko2Period.toMu(1500);
    private final double phi = Glicko2Period.toPhi(200);
    private final List<Glicko2Period.Opponent> games = List.of(
            opponent(1400, 30, 1),
            opponent(1550, 100, 0),
            opponent(1700, 300, 0));

    private static Glicko2Period.Opponent opponent(double rating, double deviation, double score) {
        return new Glicko2Period.Opponent(Glicko2Period.toMu(rating), Glicko2Period.toPhi(deviation), score);
    }

    @Test
    void step_2_converts_to_the_glicko_2_scale() {
        assertThat(mu).isEqualTo(0.0);
        assertThat(phi).isCloseTo(1.1513, within(0.00005));
        double[][] published = {{-0.5756, 0.1727}, {0.2878, 0.5756}, {1.1513, 1.7269}};
        for (int j = 0; j < published.length; j++) {
            assertThat(games.get(j).mu()).as("mu of opponent %d", j + 1).isCloseTo(published[j][0], within(0.00005));
            assertThat(games.get(j).phi()).as("phi of opponent %d", j + 1).isCloseTo(published[j][1], within(0.00005));
        }
    }

    @Test
    void step_3_weights_and_expected_scores_match_the_paper() {
        assertThat(Glicko2Period.g(games.get(0).phi())).isCloseTo(0.9955, within(0.00005));
        assertThat(Glicko2Period.g(games.get(1).phi())).isCloseTo(0.9531, within(0.00005));
        assertThat(Glicko2Period.g(games.get(2).phi())).isCloseTo(0.7242, within(0.00005));
        assertThat(expected(0)).isCloseTo(0.639, within(0.0005));
        assertThat(expected(1)).isCloseTo(0.432, within(0.0005));
        assertThat(expected(2)).isCloseTo(0.303, within(0.0005));
    }

    @Test
    void steps_3_to_5_give_the_published_variance_improvement_and_volatility() {
        Glicko2Period.Result result = period.rate(mu, phi, 0.06, games, 1);

        // The paper's v comes from E rounded to three places; the exact v is 1.77898.
        assertThat(result.variance()).isCloseTo(1.7785, within(0.0005));
        // The paper computes Δ from E rounded to three places (±0.0005 each, times v·g ≈ 1.8 each):
        // the exact Δ is −0.48393, which the published −0.4834 matches to that rounding.
        assertThat(result.improvement()).isCloseTo(-0.4834, within(0.001));
        // Published as 0.05999, cut (not rounded) to five places: the iteration gives 0.0599960.
        assertThat(result.volatility()).isCloseTo(0.05999, within(0.00001)).isLessThan(0.06);
    }

    @Test
    void steps_6_to_8_give_the_published_deviation_and_rating() {
        Glicko2Period.Result result = period.rate(mu, phi, 0.06, games, 1);

        // The paper squares φ rounded to 1.1513; the exact φ = 1.151287 gives φ* = 1.152855.
        assertThat(result.preRatingDeviation()).isCloseTo(1.152862, within(0.00001));
        assertThat(result.deviation()).isCloseTo(0.8722, within(0.00005));
        assertThat(result.rating()).isCloseTo(-0.2069, within(0.00005));
        // Exactly 1464.0507 and 151.5165: the paper's 1464.06 carries its rounded μ' = −0.2069.
        assertThat(Glicko2Period.toRating(result.rating())).isCloseTo(1464.06, within(0.01));
        assertThat(Glicko2Period.toDeviation(result.deviation())).isCloseTo(151.52, within(0.01));
    }

    private double expected(int game) {
        Glicko2Period.Opponent opponent = games.get(game);
        return Glicko2Period.expectedScore(mu, opponent.mu(), opponent.phi());
    }
}
