package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link GammaSampler} and {@link BetaSampler} against closed forms. Each check compares the sample mean of
 * {@code X} or {@code X^2} over {@value #N} draws with its exact expectation, within 5 standard errors (the standard
 * error estimated from the same draws): a false-failure rate of 5.7e-7 per check (two-sided normal tail), below
 * 2e-5 over the 32 checks of this class. Every message prints the seed.
 */
class ShapeSamplersTest {
    private static final long SEED = 20_261_202L;
    private static final int N = 200_000;

    private static UniformRandomProvider rng(long seed) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed);
    }

    /** Checks the mean of {@code x} and of {@code x^2} against {@code e1} and {@code e2}. */
    private static void assertMoments(double[] x, double e1, double e2, String what) {
        double s1 = 0;
        double s2 = 0;
        for (double v : x) {
            s1 += v;
            s2 += v * v;
        }
        double m1 = s1 / x.length;
        double m2 = s2 / x.length;
        double v1 = 0;
        double v2 = 0;
        for (double v : x) {
            v1 += (v - m1) * (v - m1);
            v2 += (v * v - m2) * (v * v - m2);
        }
        double se1 = Math.sqrt(v1 / (x.length - 1) / x.length);
        double se2 = Math.sqrt(v2 / (x.length - 1) / x.length);
        assertEquals(e1, m1, 5 * se1, "E[X] of " + what + ", seed " + SEED);
        assertEquals(e2, m2, 5 * se2, "E[X^2] of " + what + ", seed " + SEED);
    }

    @ParameterizedTest(name = "shape = {0}")
    @CsvSource({"0.2", "0.7", "1", "2.5", "40"})
    void gammaHasTheMomentsOfItsShape(double shape) {
        GammaSampler g = new GammaSampler(rng(SEED));
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = g.sample(shape);
            assertTrue(x[i] >= 0 && x[i] < Double.POSITIVE_INFINITY, "draw " + x[i] + ", seed " + SEED);
        }
        // Gamma(a, 1): E[X] = a, E[X^2] = a (a + 1)
        assertMoments(x, shape, shape * (shape + 1), "Gamma(" + shape + ")");
    }

    @ParameterizedTest(name = "alpha = {0}, beta = {1}")
    @CsvSource({"0.5, 0.5", "2, 5", "0.05, 0.2", "30, 3", "0.004, 0.006"})
    void betaHasTheMomentsOfItsShapes(double a, double b) {
        BetaSampler s = new BetaSampler(rng(SEED));
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = s.sample(a, b);
            assertTrue(x[i] >= 0 && x[i] <= 1, "draw " + x[i] + " outside [0, 1], seed " + SEED);
        }
        // Beta(a, b): E[X] = a / (a + b), E[X^2] = a (a + 1) / ((a + b)(a + b + 1))
        assertMoments(x, a / (a + b), a * (a + 1) / ((a + b) * (a + b + 1)), "Beta(" + a + ", " + b + ")");
    }

    @Test
    void shapesThatChangeWithEveryCallKeepEachShapesMoments() {
        // one sampler, the shape changing on every call: each subsequence has its own shape's moments
        double[] shapes = {0.3, 6, 1.5};
        GammaSampler g = new GammaSampler(rng(SEED));
        BetaSampler b = new BetaSampler(rng(SEED + 1));
        int n = N / 2;
        double[][] gx = new double[shapes.length][n];
        double[][] bx = new double[shapes.length][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < shapes.length; j++) {
                gx[j][i] = g.sample(shapes[j]);
                bx[j][i] = b.sampleMean(0.8, shapes[j]);
            }
        }
        for (int j = 0; j < shapes.length; j++) {
            double a = shapes[j];
            assertMoments(gx[j], a, a * (a + 1), "Gamma(" + a + ") interleaved");
            double alpha = 0.8 * a;
            double beta = 0.2 * a;
            assertMoments(bx[j], 0.8, alpha * (alpha + 1) / (a * (a + 1)), "Beta mean 0.8, k " + a + " interleaved");
        }
    }

    @Test
    void invalidShapesAreRefusedWithTheirValue() {
        GammaSampler g = new GammaSampler(rng(SEED));
        BetaSampler b = new BetaSampler(rng(SEED));
        for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.sample(bad));
            assertTrue(e.getMessage().contains("gamma shape = " + bad), e.getMessage());
            assertThrows(IllegalArgumentException.class, () -> b.sample(bad, 1));
            assertThrows(IllegalArgumentException.class, () -> b.sample(1, bad));
        }
        assertThrows(NullPointerException.class, () -> new GammaSampler(null));
    }

    @Test
    void sameGeneratorStateGivesTheSameDraws() {
        GammaSampler one = new GammaSampler(rng(SEED));
        GammaSampler two = new GammaSampler(rng(SEED));
        for (int i = 0; i < 1000; i++) {
            double shape = 0.1 + i % 7;
            assertEquals(one.sample(shape), two.sample(shape), 0.0, "seed " + SEED);
        }
    }
}
