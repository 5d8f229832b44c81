package org.rookery.domain.rating.internal;

import java.util.function.DoubleUnaryOperator;

/** Step 5 of Glicko-2: the new volatility σ' found with the Illinois algorithm (regula falsi); stateless and thread-safe. */
final class VolatilityIteration {

    /** The iteration converges in a handful of steps; hitting this means a bug, not a slow input. */
    private static final int MAX_ITERATIONS = 1_000;

    private VolatilityIteration() {
    }

    static double solve(double phi, double sigma, double v, double delta, double tau, double tolerance) {
        double a = Math.log(sigma * sigma);
        double phiSquared = phi * phi;
        double deltaSquared = delta * delta;
        DoubleUnaryOperator f = x -> {
            double ex = Math.exp(x);
            double denominator = phiSquared + v + ex;
            return ex * (deltaSquared - phiSquared - v - ex) / (2 * denominator * denominator) - (x - a) / (tau * tau);
        };

        double lower = a;
        double upper;
        if (deltaSquared > phiSquared + v) {
            upper = Math.log(deltaSquared - phiSquared - v);
        } else {
            int k = 1;
            while (f.applyAsDouble(a - k * tau) < 0) {
                k++;
            }
            upper = a - k * tau;
        }

        double fLower = f.applyAsDouble(lower);
        double fUpper = f.applyAsDouble(upper);
        for (int i = 0; Math.abs(upper - lower) > tolerance; i++) {
            if (i == MAX_ITERATIONS) {
                throw new ArithmeticException("Glicko-2 volatility iteration did not converge: φ=" + phi + " σ=" + sigma
                        + " v=" + v + " Δ=" + delta + " τ=" + tau);
            }
            double candidate = lower + (lower - upper) * fLower / (fUpper - fLower);
            double fCandidate = f.applyAsDouble(candidate);
            if (fCandidate * fUpper <= 0) {
                lower = upper;
                fLower = fUpper;
            } else {
                fLower = fLower / 2;
            }
            upper = candidate;
            fUpper = fCandidate;
        }
        return Math.exp(lower / 2);
    }
}
