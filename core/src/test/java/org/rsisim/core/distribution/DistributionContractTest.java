package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.hipparchus.distribution.continuous.AbstractRealDistribution;
import org.hipparchus.stat.inference.ChiSquareTest;
import org.hipparchus.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every distribution of {@link Distributions} keeps, checked over the list of all of them in
 * {@link DistributionCases}.
 *
 * <p>False-failure rates of the statistical checks, for a correct implementation and a seed chosen at random: the
 * mean and variance checks fail when the error passes 4.5 standard errors (two-sided normal tail 6.8e-6 each); the
 * Kolmogorov-Smirnov and chi-square checks fail when their p-value is below 1e-5. That is below 4e-5 per
 * distribution and below 1e-3 for the whole list (21 distributions). The seeds are fixed, so the outcome is
 * reproducible; each failure message carries its seed.
 */
class DistributionContractTest {
    private static final int DRAWS = 100_000;
    private static final double Z_LIMIT = 4.5;
    private static final double P_LIMIT = 1e-5;
    private static final long BASE_SEED = 0x5eed_d157L;

    static List<DistributionCases.Case> cases() {
        return DistributionCases.all();
    }

    private static long seed(DistributionCases.Case c) {
        return BASE_SEED + c.text().hashCode();
    }

    /** The tolerance of {@code cdf(inverseCdf(p)) = p}: rounding, or the jump of the CDF over one ulp of x. */
    private static double tolerance(Distribution d, double p, double x) {
        double jump = Double.isFinite(x) ? d.cdf(Math.nextUp(x)) - d.cdf(Math.nextDown(x)) : 0;
        return Math.max(1e-13 + 1e-10 * Math.min(p, 1 - p), jump);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void canonicalTextAndEquality(DistributionCases.Case c) {
        Distribution d = c.distribution();
        assertEquals(c.text(), d.toString());
        Distribution again = c.distribution();
        assertEquals(d, again);
        assertEquals(d.hashCode(), again.hashCode());
        for (DistributionCases.Case other : cases()) {
            if (!other.text().equals(c.text())) {
                assertNotEquals(d, other.distribution(), other.text());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void supportBounds(DistributionCases.Case c) {
        Distribution d = c.distribution();
        assertEquals(c.lower(), d.lower(), "lower()");
        assertEquals(c.upper(), d.upper(), "upper()");
        assertEquals(d.lower(), d.inverseCdf(0), "inverseCdf(0)");
        assertEquals(d.upper(), d.inverseCdf(1), "inverseCdf(1)");
        assertEquals(1, d.cdf(d.upper()), "cdf(upper)");
        assertEquals(1, d.cdf(Double.POSITIVE_INFINITY), "cdf(+inf)");
        assertEquals(0, d.cdf(Double.NEGATIVE_INFINITY), "cdf(-inf)");
        if (Double.isFinite(d.lower())) {
            assertEquals(0, d.cdf(Math.nextDown(d.lower())), "cdf just below lower");
            if (c.continuous()) {
                assertEquals(0, d.cdf(d.lower()), "cdf(lower) of a continuous distribution");
            }
        }
        if (Double.isFinite(d.upper())) {
            assertEquals(1, d.cdf(Math.nextUp(d.upper())), "cdf just above upper");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void undefinedArgumentsGiveNaN(DistributionCases.Case c) {
        Distribution d = c.distribution();
        for (double p : new double[] {Double.NaN, -0.1, 1.1, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY}) {
            assertTrue(Double.isNaN(d.inverseCdf(p)), "inverseCdf(" + p + ") = " + d.inverseCdf(p));
        }
        assertTrue(Double.isNaN(d.cdf(Double.NaN)), "cdf(NaN)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void inverseCdfIsMonotoneAndInvertsCdf(DistributionCases.Case c) {
        Distribution d = c.distribution();
        double previous = Double.NEGATIVE_INFINITY;
        int n = 4_000;
        for (int i = 0; i <= n; i++) {
            double p = (double) i / n;
            double x = d.inverseCdf(p);
            assertTrue(x >= previous, "inverseCdf not monotone at p = " + p + ": " + x + " < " + previous);
            assertTrue(x >= d.lower() && x <= d.upper(), "inverseCdf(" + p + ") = " + x + " outside support");
            previous = x;
        }
        double[] grid = {1e-12, 1e-9, 1e-6, 1e-4, 0.001, 0.01, 0.05, 0.1, 0.2, 0.25, 0.3, 1.0 / 3, 0.4, 0.5, 0.6,
            2.0 / 3, 0.7, 0.75, 0.8, 0.9, 0.95, 0.99, 0.999, 1 - 1e-4, 1 - 1e-6, 1 - 1e-9};
        for (double p : grid) {
            double x = d.inverseCdf(p);
            double back = d.cdf(x);
            if (c.continuous()) {
                assertEquals(p, back, tolerance(d, p, x), "cdf(inverseCdf(" + p + ")) with inverseCdf = " + x);
            } else {
                // the quantile of a discrete distribution is the smallest atom whose CDF reaches p
                assertTrue(back >= p - 1e-15, "cdf(inverseCdf(" + p + ")) = " + back);
                assertTrue(d.cdf(Math.nextDown(x)) < p, "a smaller value already reaches p = " + p);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sampleMomentsMatchClosedForm(DistributionCases.Case c) {
        long seed = seed(c);
        double[] x = draw(c.distribution(), seed);
        double mean = Arrays.stream(x).sum() / x.length;
        double ss = 0;
        for (double v : x) {
            ss += (v - mean) * (v - mean);
        }
        double variance = ss / (x.length - 1);
        String where = c.text() + " seed=" + seed;
        // standard error of the mean sqrt(var / n); of the sample variance sqrt((mu4 - var^2) / n)
        double meanError = Z_LIMIT * Math.sqrt(c.variance() / x.length) + 1e-12 * Math.max(1, Math.abs(c.mean()));
        assertEquals(c.mean(), mean, meanError, "sample mean of " + where);
        double varianceError = Z_LIMIT * Math.sqrt((c.mu4() - c.variance() * c.variance()) / x.length)
                + 1e-12 * Math.max(1, c.variance());
        assertEquals(c.variance(), variance, varianceError, "sample variance of " + where);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void samplesFollowTheCdf(DistributionCases.Case c) {
        Distribution d = c.distribution();
        long seed = seed(c) + 1;
        double[] x = draw(d, seed);
        String where = c.text() + " seed=" + seed;
        for (double v : x) {
            assertTrue(v >= d.lower() && v <= d.upper(), "sample " + v + " outside the support of " + where);
        }
        if (c.continuous()) {
            double p = new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new CdfAdapter(d), x, false);
            assertTrue(p >= P_LIMIT, "Kolmogorov-Smirnov p-value " + p + " for " + where);
        }
        // Binned chi-square, bins cut at the 50-quantiles (merged where they coincide, as at atoms).
        double[] edges = new double[49];
        for (int j = 1; j < 50; j++) {
            edges[j - 1] = d.inverseCdf(j / 50.0);
        }
        edges = Arrays.stream(edges).distinct().sorted().toArray();
        if (d.lower() == d.upper()) {
            assertTrue(Arrays.stream(x).allMatch(v -> v == d.lower()), "a point mass drew another value: " + where);
            return;
        }
        // bin j holds (edges[j-1], edges[j]], the CDF's own convention; the last bin is (edges[last], +inf)
        long[] counts = new long[edges.length + 1];
        for (double v : x) {
            int j = Arrays.binarySearch(edges, v);
            counts[j >= 0 ? j : -j - 1]++;
        }
        double[] expected = new double[counts.length];
        long[] observed = new long[counts.length];
        int bins = 0;
        double before = 0;
        for (int j = 0; j < counts.length; j++) {
            double at = j < edges.length ? d.cdf(edges[j]) : 1;
            double probability = at - before;
            before = at;
            if (probability > 0) {
                expected[bins] = probability * x.length;
                observed[bins++] = counts[j];
            } else {
                assertEquals(0, counts[j], "draws in a bin of probability 0 for " + where);
            }
        }
        expected = Arrays.copyOf(expected, bins);
        observed = Arrays.copyOf(observed, bins);
        double p = new ChiSquareTest().chiSquareTest(expected, observed);
        assertTrue(p >= P_LIMIT, "chi-square p-value " + p + " over " + bins + " bins for " + where
                + "; expected " + Arrays.toString(expected) + ", observed " + Arrays.toString(observed));
    }

    private static double[] draw(Distribution d, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        double[] x = new double[DRAWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = d.sample(rng);
        }
        return x;
    }

    /** Presents a distribution's CDF to Hipparchus' Kolmogorov-Smirnov test, which reads nothing else. */
    static final class CdfAdapter extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;
        private final transient Distribution d;

        CdfAdapter(Distribution d) {
            this.d = d;
        }

        @Override
        public double cumulativeProbability(double x) {
            return d.cdf(x);
        }

        @Override
        public double density(double x) {
            throw new UnsupportedOperationException("density");
        }

        @Override
        public double getNumericalMean() {
            throw new UnsupportedOperationException("mean");
        }

        @Override
        public double getNumericalVariance() {
            throw new UnsupportedOperationException("variance");
        }

        @Override
        public double getSupportLowerBound() {
            return d.lower();
        }

        @Override
        public double getSupportUpperBound() {
            return d.upper();
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }
}
