package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Closed forms of particular distributions, cross-checks against Hipparchus, and every kind of bad argument. */
class DistributionsTest {

    private static void assertRelative(double expected, double actual, double tolerance, String what) {
        assertEquals(expected, actual, tolerance * Math.abs(expected), what);
    }

    /** {@code E[X] = lower + integral over [lower, upper] of (1 - F(x)) dx}, by Simpson's rule. */
    private static double meanFromCdf(Distribution d, int intervals) {
        double a = d.lower();
        double b = d.upper();
        double h = (b - a) / intervals;
        DoubleUnaryOperator survival = x -> 1 - d.cdf(x);
        double s = survival.applyAsDouble(a) + survival.applyAsDouble(b);
        for (int i = 1; i < intervals; i++) {
            s += (i % 2 == 1 ? 4 : 2) * survival.applyAsDouble(a + i * h);
        }
        return a + s * h / 3;
    }

    @Test
    void lognormal90PutsItsPercentilesAtTheGivenValues() {
        Distribution d = Distributions.lognormal90(2, 50);
        assertRelative(2, d.inverseCdf(0.05), 1e-13, "5th percentile");
        assertRelative(50, d.inverseCdf(0.95), 1e-13, "95th percentile");
        assertRelative(10, d.inverseCdf(0.5), 1e-13, "median sqrt(p5 p95)");
        assertEquals(0.05, d.cdf(2), 1e-14);
        assertEquals(0.95, d.cdf(50), 1e-14);
        // the same distribution as lognormal(mu, sigma) with the closed-form parameters
        Distribution same = Distributions.lognormal(Math.log(10), Math.log(25) / (2 * DistributionCases.Z95));
        for (double p = 0.01; p < 1; p += 0.01) {
            assertRelative(same.inverseCdf(p), d.inverseCdf(p), 1e-13, "quantile " + p);
        }
    }

    @Test
    void skewedLogUniformPutsItsPercentilesAtTheGivenValues() {
        // the compute-centric takeoff model's AGI training requirement: 1e36 FLOP, 5th-95th 1e33 to 1e40
        Distribution d = Distributions.skewedLogUniform(1e33, 1e36, 1e40);
        assertRelative(1e33, d.inverseCdf(0.05), 1e-13, "5th percentile");
        assertEquals(1e36, d.inverseCdf(0.5), "median");
        assertRelative(1e40, d.inverseCdf(0.95), 1e-13, "95th percentile");
        assertEquals(0.05, d.cdf(1e33), 1e-14);
        assertEquals(0.5, d.cdf(1e36), 1e-15);
        assertEquals(0.95, d.cdf(1e40), 1e-14);
        // each tail continues the log-space density of its neighbouring piece
        assertRelative(1e33 * Math.pow(10, -3.0 / 9), d.lower(), 1e-13, "lower bound");
        assertRelative(1e40 * Math.pow(10, 4.0 / 9), d.upper(), 1e-13, "upper bound");
        double lowDensity = 0.45 / Math.log(1e3);
        double highDensity = 0.45 / Math.log(1e4);
        assertEquals(lowDensity, (d.cdf(1e33) - d.cdf(d.lower())) / Math.log(1e33 / d.lower()), 1e-12);
        assertEquals(lowDensity, (d.cdf(1e35) - d.cdf(1e34)) / Math.log(10), 1e-12);
        assertEquals(highDensity, (d.cdf(1e38) - d.cdf(1e37)) / Math.log(10), 1e-12);
        assertEquals(highDensity, (d.cdf(d.upper()) - d.cdf(1e40)) / Math.log(d.upper() / 1e40), 1e-12);
    }

    @Test
    void twoPieceFormsEndAtTheirBoundsAndSplitTheMassAtTheMedian() {
        // the full takeoff model's SkewedLogUniform: conservative and aggressive values are the ends
        Distribution log = Distributions.twoPieceLogUniform(1e33, 1e36, 1e40);
        assertEquals(1e33, log.inverseCdf(0));
        assertEquals(1e36, log.inverseCdf(0.5));
        assertEquals(1e40, log.inverseCdf(1));
        assertEquals(Math.pow(10, 34.5), log.inverseCdf(0.25), Math.pow(10, 34.5) * 1e-12);
        assertEquals(1e38, log.inverseCdf(0.75), 1e38 * 1e-12);
        assertEquals(0.25, log.cdf(Math.pow(10, 34.5)), 1e-12);
        Distribution neg = Distributions.twoPieceNegLogUniform(-2, -0.5, -0.2);
        assertEquals(-1, neg.inverseCdf(0.25), 1e-12);
        assertEquals(0.25, neg.cdf(-1), 1e-12);
        assertEquals(-Math.sqrt(0.1), neg.inverseCdf(0.75), 1e-12);
        Distribution logit = Distributions.twoPieceLogitUniform(0.01, 0.06, 0.2);
        double u = 0.5 * (Math.log(0.06 / 0.94) + Math.log(0.2 / 0.8));
        assertEquals(1 / (1 + Math.exp(-u)), logit.inverseCdf(0.75), 1e-12);
        assertEquals(0.75, logit.cdf(1 / (1 + Math.exp(-u))), 1e-12);
        for (double p = 0.01; p < 1; p += 0.01) {
            assertEquals(p, logit.cdf(logit.inverseCdf(p)), 1e-12);
            assertEquals(p, neg.cdf(neg.inverseCdf(p)), 1e-12);
        }
    }

    @Test
    void truncationsThatKeepDifferentAtomsDiffer() {
        // (lower, upper] of a discrete distribution: a lower bound at the smallest value drops it, one below keeps it
        Distribution values = Distributions.discrete(new double[] {1, 2, 3}, new double[] {1, 1, 1});
        Distribution dropsOne = Distributions.truncated(values, 1, 3);
        Distribution keepsOne = Distributions.truncated(values, 0.5, 3);
        assertEquals(0.0, dropsOne.cdf(1.5));
        assertEquals(1.0 / 3, keepsOne.cdf(1.5), 1e-15);
        assertNotEquals(dropsOne, keepsOne);
        assertNotEquals(dropsOne.toString(), keepsOne.toString());
    }

    @Test
    void cdfTablesInterpolateBetweenTheirPoints() {
        // SciPy's interp1d(p, x) between the points, raised to the power of ten for the log10 table
        Distribution log = Distributions.log10CdfTable(new double[] {30, 34, 36, 40}, new double[] {0, 0.2, 0.6, 1});
        assertEquals(1e30, log.inverseCdf(0));
        assertEquals(1e40, log.inverseCdf(1));
        assertRelative(1e32, log.inverseCdf(0.1), 1e-12, "halfway up the first segment");
        assertRelative(1e35, log.inverseCdf(0.4), 1e-12, "halfway up the second segment");
        assertEquals(0.4, log.cdf(1e35), 1e-12);
        assertEquals(0.0, log.cdf(0));
        assertEquals(0.0, log.cdf(-1));
        Distribution plain = Distributions.cdfTable(new double[] {0, 1, 3, 4}, new double[] {0, 0.25, 0.25, 1});
        // no mass on the flat stretch (1, 3): the quantile jumps over it
        assertEquals(1.0, plain.inverseCdf(0.25));
        assertEquals(3.0 + 1e-6 / 0.75, plain.inverseCdf(0.25 + 1e-6), 1e-12);
        assertEquals(0.25, plain.cdf(2));
        for (double q = 0.01; q < 1; q += 0.01) {
            assertEquals(q, plain.cdf(plain.inverseCdf(q)), 1e-12);
            assertEquals(q, log.cdf(log.inverseCdf(q)), 1e-12);
        }
    }

    @Test
    void cdfTablesRefuseTablesThatAreNotACdf() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.cdfTable(new double[] {0, 1, 2}, new double[] {0, 0.5, 0.98}));
        assertTrue(e.getMessage().contains("cdfTable") && e.getMessage().contains("end at 1"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.cdfTable(new double[] {0, 2, 1}, new double[] {0, 0.5, 1}));
        assertTrue(e.getMessage().contains("x[2] = 1.0") && e.getMessage().contains("strictly increasing"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.log10CdfTable(new double[] {30, 34, 36}, new double[] {0, 0.7, 0.6}));
        assertTrue(e.getMessage().contains("p[2] = 0.6"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.log10CdfTable(new double[] {30, 400}, new double[] {0, 1}));
        assertTrue(e.getMessage().contains("log10x[1] = 400.0") && e.getMessage().contains("308"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.cdfTable(new double[] {0, 1}, new double[] {0, 0.5, 1}));
        assertTrue(e.getMessage().contains("one probability per value"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.cdfTable(new double[] {0}, new double[] {1}));
        assertTrue(e.getMessage().contains("at least two points"), e.getMessage());
    }

    @Test
    void twoPieceFormsRefuseArgumentsOutsideTheirScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Distributions.twoPieceNegLogUniform(-2, -0.5, 0.1));
        assertTrue(e.getMessage().contains("twoPieceNegLogUniform") && e.getMessage().contains("max = 0.1"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distributions.twoPieceLogitUniform(0.1, 0.5, 1));
        assertTrue(e.getMessage().contains("max = 1.0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Distributions.twoPieceLogUniform(1, 3, 2));
        assertTrue(e.getMessage().contains("median = 3.0") && e.getMessage().contains("max = 2.0"), e.getMessage());
    }

    @Test
    void skewedLogUniformWithGeometricMedianIsLogUniform() {
        Distribution skewed = Distributions.skewedLogUniform(1, 10, 100);
        Distribution plain = Distributions.logUniform(Math.pow(10, -1.0 / 9), Math.pow(10, 2 + 1.0 / 9));
        for (double p = 0; p <= 1; p += 1.0 / 64) {
            assertRelative(plain.inverseCdf(p), skewed.inverseCdf(p), 1e-13, "quantile " + p);
        }
    }

    @Test
    void betaMeanConcentrationHasTheGivenMean() {
        for (double[] mk : new double[][] {{0.3, 8}, {0.9, 200}, {0.05, 40}, {0.5, 2}}) {
            Distribution d = Distributions.betaMeanConcentration(mk[0], mk[1]);
            assertEquals(mk[0], meanFromCdf(d, 20_000), 1e-8, d.toString());
            Distribution same = Distributions.beta(mk[0] * mk[1], (1 - mk[0]) * mk[1]);
            for (double p = 0.05; p < 1; p += 0.05) {
                assertEquals(same.inverseCdf(p), d.inverseCdf(p), d + " quantile " + p);
            }
        }
    }

    @Test
    void pertMeanIsMinPlusFourModePlusMaxOverSix() {
        for (double[] t : new double[][] {{2, 3, 10}, {0, 0, 1}, {-5, 4, 5}, {100, 150, 400}}) {
            Distribution d = Distributions.pert(t[0], t[1], t[2]);
            double expected = (t[0] + 4 * t[1] + t[2]) / 6;
            assertEquals(expected, meanFromCdf(d, 20_000), 1e-7 * (t[2] - t[0]), d.toString());
        }
    }

    @Test
    void triangularCdfAtTheModeIsTheModesShareOfTheRange() {
        Distribution d = Distributions.triangular(1, 2, 5);
        assertEquals(0.25, d.cdf(2), 1e-15);
        assertEquals(2, d.inverseCdf(0.25), 1e-15);
        assertEquals(1 - 0.5 * 0.5 * 0.75, d.cdf(3.5), 1e-15);
    }

    @Test
    void discreteSortsItsValuesAndStepsAtTheCumulativeWeights() {
        Distribution d = Distributions.discrete(new double[] {10, -1, 4}, new double[] {1, 2, 1});
        assertEquals("discrete(values=[-1.0, 4.0, 10.0], weights=[2.0, 1.0, 1.0])", d.toString());
        assertEquals(-1, d.inverseCdf(0));
        assertEquals(-1, d.inverseCdf(0.5));
        assertEquals(4, d.inverseCdf(Math.nextUp(0.5)));
        assertEquals(4, d.inverseCdf(0.75));
        assertEquals(10, d.inverseCdf(Math.nextUp(0.75)));
        assertEquals(0, d.cdf(-1.5));
        assertEquals(0.5, d.cdf(-1));
        assertEquals(0.75, d.cdf(9.99));
        assertEquals(1, d.cdf(10));
    }

    @Test
    void normalAgreesWithHipparchus() {
        NormalDistribution reference = new NormalDistribution(3, 2);
        Distribution d = Distributions.normal(3, 2);
        for (double x = -30; x <= 20; x += 0.01) {
            double expected = reference.cumulativeProbability(x);
            // Hipparchus computes Phi through the incomplete gamma function to about 1e-14 relative
            assertEquals(expected, d.cdf(x), 1e-13 * expected + 1e-300, "cdf(" + x + ")");
        }
        for (double p = 0.0005; p < 1; p += 0.001) {
            // Hipparchus inverts its CDF with a solver whose absolute accuracy is 1e-9
            assertEquals(reference.inverseCumulativeProbability(p), d.inverseCdf(p), 1e-8, "inverseCdf(" + p + ")");
        }
    }

    @Test
    void normalQuantileRoundTripsToFullPrecisionInTheTails() {
        for (double p : new double[] {1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.02425, 0.3}) {
            double z = StandardNormal.quantile(p);
            assertEquals(p, StandardNormal.cdf(z), 2e-13 * p, "Phi(Phi^-1(" + p + "))");
            assertEquals(p, StandardNormal.survival(-z), 2e-13 * p, "upper tail at " + -z);
        }
        assertEquals(0.5, StandardNormal.cdf(0));
        assertEquals(0, StandardNormal.quantile(0.5));
        // the double nearest 0.95 lies 4.4e-17 below it, which moves the quantile by -4.3e-16
        assertEquals(1.6448536269514722 - 4.3e-16, StandardNormal.quantile(0.95), 4e-16);
    }

    @Test
    void betaAgreesWithHipparchus() {
        for (double[] ab : new double[][] {{2, 5}, {0.5, 0.5}, {0.7, 3}, {30, 70}, {1, 1}, {180, 20}, {0.01, 3}}) {
            BetaDistribution reference = new BetaDistribution(ab[0], ab[1]);
            Distribution d = Distributions.beta(ab[0], ab[1]);
            for (double x = 0.0005; x < 1; x += 0.001) {
                assertEquals(reference.cumulativeProbability(x), d.cdf(x), 1e-12, d + " cdf(" + x + ")");
            }
            for (double p = 0.01; p < 1; p += 0.01) {
                double x = d.inverseCdf(p);
                if (x > 1e-300) {
                    assertEquals(p, reference.cumulativeProbability(x), 1e-12, d + " inverseCdf(" + p + ") = " + x);
                }
            }
        }
    }

    @Test
    void betaCdfAgreesWithHipparchusAtTheExtremeShapesAllowed() {
        for (double[] ab : new double[][] {{1e-3, 1e-3}, {1e-3, 1e6}, {1e6, 1e-3}, {1e6, 1e6}, {1e4, 2e5}}) {
            BetaDistribution reference = new BetaDistribution(ab[0], ab[1]);
            Distribution d = Distributions.beta(ab[0], ab[1]);
            double mean = ab[0] / (ab[0] + ab[1]);
            double sd = Math.sqrt(mean * (1 - mean) / (ab[0] + ab[1] + 1));
            for (int k = -40; k <= 40; k++) {
                double x = Math.min(Math.max(mean + k * sd / 5, 1e-300), 1 - 1e-16);
                // the cdf of shapes near 1e6 carries an error of about 1e-10 from log B(a, b) ~ -1e6, in both codes
                assertEquals(reference.cumulativeProbability(x), d.cdf(x), 1e-9, d + " cdf(" + x + ")");
            }
        }
    }

    @Test
    void betaQuantileIsTheSmallestDoubleReachingP() {
        Distribution d = Distributions.beta(2, 5);
        for (double p = 0.001; p < 1; p += 0.003) {
            double x = d.inverseCdf(p);
            assertTrue(d.cdf(x) >= p && d.cdf(Math.nextDown(x)) < p, "inverseCdf(" + p + ") = " + x);
        }
    }

    static Stream<Arguments> badArguments() {
        double nan = Double.NaN;
        double inf = Double.POSITIVE_INFINITY;
        return Stream.of(
                bad(() -> Distributions.fixed(nan), "fixed", "value = NaN"),
                bad(() -> Distributions.fixed(-inf), "fixed", "value = -Infinity"),
                bad(() -> Distributions.uniform(nan, 1), "uniform", "lower = NaN"),
                bad(() -> Distributions.uniform(0, inf), "uniform", "upper = Infinity"),
                bad(() -> Distributions.uniform(2, 1), "uniform", "lower = 2.0", "upper = 1.0"),
                bad(() -> Distributions.uniform(1, 1), "uniform", "lower = 1.0", "upper = 1.0"),
                bad(() -> Distributions.uniform(-1e308, 1e308), "uniform", "overflows"),
                bad(() -> Distributions.logUniform(0, 1), "logUniform", "lower = 0.0", "> 0"),
                bad(() -> Distributions.logUniform(-1, 1), "logUniform", "lower = -1.0"),
                bad(() -> Distributions.logUniform(1, inf), "logUniform", "upper = Infinity"),
                bad(() -> Distributions.logUniform(3, 2), "logUniform", "lower = 3.0", "upper = 2.0"),
                bad(() -> Distributions.logUniform(nan, 2), "logUniform", "lower = NaN"),
                bad(() -> Distributions.normal(nan, 1), "normal", "mean = NaN"),
                bad(() -> Distributions.normal(inf, 1), "normal", "mean = Infinity"),
                bad(() -> Distributions.normal(0, 0), "normal", "sd = 0.0", "> 0"),
                bad(() -> Distributions.normal(0, -1), "normal", "sd = -1.0"),
                bad(() -> Distributions.normal(0, nan), "normal", "sd = NaN"),
                bad(() -> Distributions.normal(0, inf), "normal", "sd = Infinity"),
                bad(() -> Distributions.lognormal(-inf, 1), "lognormal", "mu = -Infinity"),
                bad(() -> Distributions.lognormal(0, 0), "lognormal", "sigma = 0.0"),
                bad(() -> Distributions.lognormal(0, nan), "lognormal", "sigma = NaN"),
                bad(() -> Distributions.lognormal90(0, 1), "lognormal90", "p5 = 0.0"),
                bad(() -> Distributions.lognormal90(1, nan), "lognormal90", "p95 = NaN"),
                bad(() -> Distributions.lognormal90(1, inf), "lognormal90", "p95 = Infinity"),
                bad(() -> Distributions.lognormal90(5, 2), "lognormal90", "p5 = 5.0", "p95 = 2.0"),
                bad(() -> Distributions.lognormal90(2, 2), "lognormal90", "p5 = 2.0", "p95 = 2.0"),
                bad(() -> Distributions.beta(0, 1), "beta", "alpha = 0.0"),
                bad(() -> Distributions.beta(1, -1), "beta", "beta = -1.0"),
                bad(() -> Distributions.beta(nan, 1), "beta", "alpha = NaN"),
                bad(() -> Distributions.beta(1, inf), "beta", "beta = Infinity"),
                bad(() -> Distributions.beta(2e6, 1), "beta", "alpha = 2000000.0", "[0.001, 1000000.0]"),
                bad(() -> Distributions.beta(1, 1e-4), "beta", "beta = 1.0E-4", "[0.001, 1000000.0]"),
                bad(() -> Distributions.betaMeanConcentration(0, 5), "betaMeanConcentration", "mean = 0.0", "(0, 1)"),
                bad(() -> Distributions.betaMeanConcentration(1, 5), "betaMeanConcentration", "mean = 1.0"),
                bad(() -> Distributions.betaMeanConcentration(nan, 5), "betaMeanConcentration", "mean = NaN"),
                bad(() -> Distributions.betaMeanConcentration(0.5, 0), "betaMeanConcentration", "concentration = 0.0"),
                bad(() -> Distributions.betaMeanConcentration(0.5, inf), "betaMeanConcentration",
                        "concentration = Infinity"),
                bad(() -> Distributions.betaMeanConcentration(1e-4, 2), "betaMeanConcentration", "alpha", "2.0E-4"),
                bad(() -> Distributions.triangular(0, 2, 1), "triangular", "mode = 2.0", "[0.0, 1.0]"),
                bad(() -> Distributions.triangular(0, -1, 1), "triangular", "mode = -1.0"),
                bad(() -> Distributions.triangular(1, 1, 1), "triangular", "min = 1.0", "max = 1.0"),
                bad(() -> Distributions.triangular(2, 1, 0), "triangular", "min = 2.0", "max = 0.0"),
                bad(() -> Distributions.triangular(nan, 0, 1), "triangular", "min = NaN"),
                bad(() -> Distributions.triangular(0, nan, 1), "triangular", "mode = NaN"),
                bad(() -> Distributions.triangular(0, 0, inf), "triangular", "max = Infinity"),
                bad(() -> Distributions.pert(0, 2, 1), "pert", "mode = 2.0", "[0.0, 1.0]"),
                bad(() -> Distributions.pert(1, 1, 1), "pert", "min = 1.0", "max = 1.0"),
                bad(() -> Distributions.pert(0, nan, 1), "pert", "mode = NaN"),
                bad(() -> Distributions.pert(-inf, 0, 1), "pert", "min = -Infinity"),
                bad(() -> Distributions.pert(-1e308, 0, 1e308), "pert", "overflows"),
                bad(() -> Distributions.discrete(new double[] {1, 2}, new double[] {1, -1}), "discrete",
                        "weights[1] = -1.0", ">= 0"),
                bad(() -> Distributions.discrete(new double[] {1, 2}, new double[] {nan, 1}), "discrete",
                        "weights[0] = NaN"),
                bad(() -> Distributions.discrete(new double[] {1, 2}, new double[] {1, inf}), "discrete",
                        "weights[1] = Infinity"),
                bad(() -> Distributions.discrete(new double[] {1, nan}, new double[] {1, 1}), "discrete",
                        "values[1] = NaN"),
                bad(() -> Distributions.discrete(new double[] {-inf, 1}, new double[] {1, 1}), "discrete",
                        "values[0] = -Infinity"),
                bad(() -> Distributions.discrete(new double[0], new double[0]), "discrete", "values", "empty"),
                bad(() -> Distributions.discrete(new double[] {1, 2, 3}, new double[] {1, 1}), "discrete",
                        "3 values", "2 weights"),
                bad(() -> Distributions.discrete(new double[] {1, 2}, new double[] {0, 0}), "discrete",
                        "weights sum to 0.0"),
                bad(() -> Distributions.discrete(new double[] {1, 2}, new double[] {1e308, 1e308}), "discrete",
                        "weights sum to Infinity"),
                bad(() -> Distributions.discrete(new double[] {1, 2, 1}, new double[] {1, 1, 1}), "discrete",
                        "values[0] and values[2]", "1.0"),
                bad(() -> Distributions.skewedLogUniform(0, 1, 2), "skewedLogUniform", "p5 = 0.0"),
                bad(() -> Distributions.skewedLogUniform(1, nan, 2), "skewedLogUniform", "p50 = NaN"),
                bad(() -> Distributions.skewedLogUniform(1, 2, inf), "skewedLogUniform", "p95 = Infinity"),
                bad(() -> Distributions.skewedLogUniform(1, 1, 2), "skewedLogUniform", "p5 = 1.0", "p50 = 1.0"),
                bad(() -> Distributions.skewedLogUniform(1, 3, 2), "skewedLogUniform", "p50 = 3.0", "p95 = 2.0"),
                bad(() -> Distributions.skewedLogUniform(3, 2, 4), "skewedLogUniform", "p5 = 3.0", "p50 = 2.0"),
                bad(() -> Distributions.skewedLogUniform(1e-300, 1, 1e300), "skewedLogUniform", "overflows"));
    }

    private static Arguments bad(Executable factory, String... fragments) {
        return Arguments.of(factory, List.of(fragments));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badArguments")
    void badArgumentsAreRefusedWithAMessageNamingThem(Executable factory, List<String> fragments) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, factory);
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
        }
    }

    @Test
    void nullArraysAreRefused() {
        assertThrows(NullPointerException.class, () -> Distributions.discrete(null, new double[] {1}));
        assertThrows(NullPointerException.class, () -> Distributions.discrete(new double[] {1}, null));
    }

    @Test
    void discreteCopiesItsArrays() {
        double[] values = {1, 2};
        double[] weights = {1, 3};
        Distribution d = Distributions.discrete(values, weights);
        values[0] = 100;
        weights[1] = 0;
        assertEquals(0.25, d.cdf(1.5));
        assertEquals(2, d.upper());
    }
}
