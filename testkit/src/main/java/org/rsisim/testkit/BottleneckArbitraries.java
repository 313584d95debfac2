package org.rsisim.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the inputs of bottleneck formulas (Amdahl's law, CES aggregation): the structure these
 * need is not in a single {@link org.rsisim.core.Parameter} range, because their telling cases are limits
 * (a fraction of exactly 1, an infinite speed-up, an elasticity of 0 or infinity) and shares that sum to 1.
 *
 * <p>All methods are static and thread-safe; the arbitraries are immutable.
 */
public final class BottleneckArbitraries {
    private BottleneckArbitraries() {
    }

    /**
     * Returns accelerated fractions {@code f} in {@code [0, 1]}: 0 and 1 [1 each], fractions close to 1 as
     * {@code 1 - 10^-k} for {@code k} uniform in {@code [1, 12]} (0.9, 0.99, ... where Amdahl's ceiling
     * {@code 1 / (1 - f)} is large) [2], and uniform fractions [4].
     *
     * @return the fractions
     */
    public static Arbitrary<Double> fractions() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.just(1.0)),
                Tuple.of(2, uniform(1, 12, 6).map(k -> 1 - Math.pow(10, -k))),
                Tuple.of(4, uniform(0, 1, 12)));
    }

    /**
     * Returns speed-ups {@code s >= 1}: exactly 1 [1], {@code +Infinity} [1], and log-uniform on
     * {@code [1, 10^12]} [6].
     *
     * @return the speed-ups
     */
    public static Arbitrary<Double> speeds() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.just(Double.POSITIVE_INFINITY)),
                Tuple.of(6, uniform(0, 12, 9).map(k -> Math.pow(10, k))));
    }

    /**
     * Returns finite speed-ups, log-uniform on {@code [1, 10^12]}, with 1 often.
     *
     * @return the speed-ups
     */
    public static Arbitrary<Double> finiteSpeeds() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(1.0)),
                Tuple.of(6, uniform(0, 12, 9).map(k -> Math.pow(10, k))));
    }

    /**
     * Returns elasticities of substitution {@code sigma} in {@code [0, +Infinity]}: the limits 0 (Leontief, Amdahl)
     * and {@code +Infinity} (perfect substitutes) and Cobb-Douglas's 1 [1 each], values near 0 as {@code 10^-k}
     * for {@code k} uniform in {@code [3, 12]} [1], the published takeoff models' 1/3 and 2/3 (docs/sources.md)
     * [1], and log-uniform values on {@code [10^-3, 10^3]} [4].
     *
     * @return the elasticities
     */
    public static Arbitrary<Double> elasticities() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(0.0)),
                Tuple.of(1, Arbitraries.just(1.0)),
                Tuple.of(1, Arbitraries.just(Double.POSITIVE_INFINITY)),
                Tuple.of(1, uniform(3, 12, 6).map(k -> Math.pow(10, -k))),
                Tuple.of(1, Arbitraries.of(1.0 / 3, 2.0 / 3)),
                Tuple.of(4, uniform(-3, 3, 9).map(k -> Math.pow(10, k))));
    }

    /**
     * Returns weight vectors of {@code n} non-negative shares summing to 1 (to rounding; the last share is 1 minus
     * the others, clamped at 0): sometimes one share is 1 and the others 0, sometimes a share is 0, otherwise the
     * normalised values of {@code n} uniform draws.
     *
     * @param n number of shares, {@code >= 1}
     * @return arrays of {@code n} shares
     * @throws IllegalArgumentException if {@code n < 1}
     */
    public static Arbitrary<double[]> weights(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n = " + n + " is not at least 1");
        }
        Arbitrary<double[]> raw = Arbitraries.frequencyOf(
                        Tuple.of(1, Arbitraries.just(0.0)),
                        Tuple.of(6, uniform(0.001, 1, 9)))
                .array(double[].class).ofSize(n);
        Arbitrary<double[]> corner = Arbitraries.integers().between(0, n - 1).map(i -> {
            double[] w = new double[n];
            w[i] = 1;
            return w;
        });
        return Arbitraries.frequencyOf(Tuple.of(1, corner), Tuple.of(5, raw.map(BottleneckArbitraries::normalise)));
    }

    private static Arbitrary<Double> uniform(double lower, double upper, int scale) {
        return Arbitraries.doubles().between(lower, upper).ofScale(scale)
                .withDistribution(RandomDistribution.uniform());
    }

    private static double[] normalise(double[] raw) {
        double sum = 0;
        for (double v : raw) {
            sum += v;
        }
        double[] w = new double[raw.length];
        if (sum == 0) {
            w[0] = 1;
            return w;
        }
        double rest = 1;
        for (int i = 0; i < w.length - 1; i++) {
            w[i] = raw[i] / sum;
            rest -= w[i];
        }
        w[w.length - 1] = Math.max(0, rest);
        return w;
    }
}
