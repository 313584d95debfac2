package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * StatAccumulator: merging chunk-aligned parts in any order and grouping gives the bits of one pass, and the mean
 * and variance agree with exact BigDecimal arithmetic. No test here is statistical: data come from fixed seeds and
 * every comparison is with an exact or deterministic answer.
 */
class StatAccumulatorTest {
    private static final int CHUNK = StatAccumulator.CHUNK;
    private static final double[] LEVELS = {0, 0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1};

    /**
     * Feeds values indexed by run as the engine does: a NaN stands for a run that recorded nothing (as an event
     * that did not happen), and the accumulator is flushed after every run whose index + 1 is a multiple of CHUNK.
     */
    static void feed(StatAccumulator a, double[] runs, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(runs[i])) {
                a.accept(runs[i]);
            }
            if ((i + 1) % CHUNK == 0) {
                a.flush();
            }
        }
        a.flush();
    }

    static StatAccumulator onePass(double[] runs) {
        StatAccumulator a = new StatAccumulator();
        feed(a, runs, 0, runs.length);
        return a;
    }

    /** Asserts that two accumulators report the same bits for every statistic. */
    static void assertSameBits(StatAccumulator want, StatAccumulator got, String context) {
        assertEquals(want.count(), got.count(), context + ": count");
        assertBits(want.mean(), got.mean(), context + ": mean");
        assertBits(want.variance(), got.variance(), context + ": variance");
        assertBits(want.min(), got.min(), context + ": min");
        assertBits(want.max(), got.max(), context + ": max");
        double[] a = new double[LEVELS.length];
        double[] b = new double[LEVELS.length];
        want.quantiles(LEVELS, a);
        got.quantiles(LEVELS, b);
        for (int k = 0; k < LEVELS.length; k++) {
            assertBits(a[k], b[k], context + ": quantile " + LEVELS[k]);
        }
    }

    private static void assertBits(double want, double got, String context) {
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(got), () -> context + ": " + want
                + " in one pass, " + got + " merged");
    }

    /**
     * Cuts the runs into chunks, deals the chunks to {@code groups} accumulators at random, lets each group process
     * its chunks in a random order, and merges the groups pairwise in a random tree.
     */
    static StatAccumulator dealtAndMerged(double[] runs, int groups, Random rng) {
        int chunks = (runs.length + CHUNK - 1) / CHUNK;
        List<List<Integer>> dealt = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            dealt.add(new ArrayList<>());
        }
        for (int c = 0; c < chunks; c++) {
            dealt.get(rng.nextInt(groups)).add(c);
        }
        List<StatAccumulator> parts = new ArrayList<>();
        for (List<Integer> group : dealt) {
            Collections.shuffle(group, rng);
            StatAccumulator a = new StatAccumulator();
            for (int c : group) {
                feed(a, runs, c * CHUNK, Math.min(runs.length, (c + 1) * CHUNK));
            }
            parts.add(a);
        }
        while (parts.size() > 1) {
            StatAccumulator a = parts.remove(rng.nextInt(parts.size()));
            StatAccumulator b = parts.remove(rng.nextInt(parts.size()));
            a.add(b);
            parts.add(a);
        }
        return parts.get(0);
    }

    /** Engine-shaped: contiguous blocks of a random multiple of CHUNK runs, merged in block order. */
    static StatAccumulator inBlocks(double[] runs, int blockSize) {
        StatAccumulator total = new StatAccumulator();
        StatAccumulator block = new StatAccumulator();
        for (int first = 0; first < runs.length; first += blockSize) {
            block.clear();
            feed(block, runs, first, Math.min(runs.length, first + blockSize));
            total.add(block);
        }
        return total;
    }

    @Provide
    Arbitrary<List<Double>> runValues() {
        Arbitrary<Double> ordinary = Arbitraries.doubles().between(-1e3, 1e3);
        Arbitrary<Double> offset = Arbitraries.doubles().between(-1, 1).map(x -> 1e8 + x);
        Arbitrary<Double> any = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> edge = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE,
                1e200, -1e200, Double.NaN);
        return Arbitraries.frequencyOf(
                Tuple.of(6, ordinary), Tuple.of(2, offset),
                Tuple.of(1, any), Tuple.of(1, edge))
                .list().ofMaxSize(700);
    }

    private static double[] toArray(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Property(tries = 300, seed = "20260505")
    void mergeOfChunkAlignedGroupsEqualsOnePass(@ForAll("runValues") List<Double> values,
                                                @ForAll @IntRange(min = 1, max = 9) int groups,
                                                @ForAll long seed) {
        double[] runs = toArray(values);
        StatAccumulator one = onePass(runs);
        assertSameBits(one, dealtAndMerged(runs, groups, new Random(seed)),
                "seed " + seed + ", " + groups + " groups, " + runs.length + " runs");
        int blockSize = CHUNK * (1 + new Random(seed).nextInt(4));
        assertSameBits(one, inBlocks(runs, blockSize), "seed " + seed + ", blocks of " + blockSize);
    }

    /** The exact mean and variance (two passes, 60 significant digits) of the values. */
    static double[] exactMeanAndVariance(double[] xs) {
        MathContext mc = new MathContext(60);
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : xs) {
            sum = sum.add(new BigDecimal(x));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(xs.length), mc);
        BigDecimal squares = BigDecimal.ZERO;
        for (double x : xs) {
            BigDecimal d = new BigDecimal(x).subtract(mean);
            squares = squares.add(d.multiply(d, mc));
        }
        return new double[] {mean.doubleValue(), squares.divide(BigDecimal.valueOf(xs.length - 1), mc).doubleValue()};
    }

    /**
     * Mean and variance of location-scale data (location up to 1e12 standard deviations away from zero, scales
     * from 1e-140 to 1e100, normal or heavy-tailed) agree with BigDecimal to 1e-12 relative.
     */
    @Property(tries = 200, seed = "20260506")
    void meanAndVarianceAgreeWithBigDecimal(@ForAll @IntRange(min = 2, max = 3000) int n,
                                            @ForAll @IntRange(min = -140, max = 100) int scaleExponent,
                                            @ForAll @IntRange(min = -12, max = 12) int locationExponent,
                                            @ForAll boolean heavyTailed, @ForAll long seed) {
        Random rng = new Random(seed);
        double sd = Math.pow(10, scaleExponent);
        double location = (rng.nextBoolean() ? 1 : -1) * Math.pow(10, locationExponent) * sd;
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            double z = heavyTailed ? rng.nextGaussian() / (1e-3 + Math.abs(rng.nextGaussian())) : rng.nextGaussian();
            xs[i] = location + sd * z;
        }
        StatAccumulator a = onePass(xs);
        double[] exact = exactMeanAndVariance(xs);
        String context = "seed " + seed + ", n " + n + ", location " + location + ", sd " + sd;
        double spread = Math.sqrt(exact[1]);
        assertTrue(Math.abs(a.mean() - exact[0]) <= 1e-12 * (Math.abs(exact[0]) + spread),
                () -> context + ": mean " + a.mean() + ", exact " + exact[0]);
        assertTrue(Math.abs(a.variance() - exact[1]) <= 1e-12 * exact[1],
                () -> context + ": variance " + a.variance() + ", exact " + exact[1]);
    }

    @Test
    void identicalValuesHaveZeroVariance() {
        double[] values = {0.1, 1e8 + 0.1, -3.7e-300, 1e150, -Math.PI, Double.MIN_VALUE, 0x1p500};
        for (double v : values) {
            for (int n : new int[] {2, 63, 64, 65, 1000}) {
                double[] xs = new double[n];
                Arrays.fill(xs, v);
                StatAccumulator a = onePass(xs);
                assertEquals(0.0, a.variance(), 0.0, n + " times " + v);
                assertEquals(v, a.mean(), Math.ulp(v), n + " times " + v);
                assertEquals(v, a.min(), 0.0);
                assertEquals(v, a.max(), 0.0);
                double[] q = new double[LEVELS.length];
                a.quantiles(LEVELS, q);
                for (double x : q) {
                    assertEquals(v, x, 0.0, "quantiles of " + n + " times " + v + " are clamped to the value");
                }
            }
        }
    }

    @Test
    void varianceSurvivesCancellation() {
        // mean 1e8 and standard deviation 1e-3: the naive sum of squares loses every digit here
        for (long seed = 1; seed <= 5; seed++) {
            Random rng = new Random(seed);
            double[] xs = new double[100_000];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = 1e8 + 1e-3 * rng.nextGaussian();
            }
            double[] exact = exactMeanAndVariance(xs);
            StatAccumulator a = onePass(xs);
            assertEquals(exact[1], a.variance(), 1e-12 * exact[1], "seed " + seed);
            assertEquals(exact[0], a.mean(), 1e-12 * exact[0], "seed " + seed);
            // the variance of the doubles near 1e8 (spacing 1.5e-8) is close to 1e-6
            assertEquals(1e-6, a.variance(), 2e-8, "seed " + seed);
            double naive = 0;
            double sum = 0;
            for (double x : xs) {
                naive += x * x;
                sum += x;
            }
            naive = (naive - sum * sum / xs.length) / (xs.length - 1);
            assertTrue(Math.abs(naive - exact[1]) > 1e-3 * exact[1], "the test data should defeat the naive formula");
        }
    }

    @Test
    void emptyAndOneValue() {
        StatAccumulator empty = new StatAccumulator();
        empty.flush();
        assertEquals(0, empty.count());
        assertTrue(Double.isNaN(empty.mean()));
        assertTrue(Double.isNaN(empty.variance()));
        assertTrue(Double.isNaN(empty.min()));
        assertTrue(Double.isNaN(empty.max()));
        double[] q = new double[LEVELS.length];
        empty.quantiles(LEVELS, q);
        for (double x : q) {
            assertTrue(Double.isNaN(x));
        }
        StatAccumulator one = new StatAccumulator();
        one.accept(-2.5);
        one.flush();
        one.add(empty);
        assertEquals(1, one.count());
        assertEquals(-2.5, one.mean(), 0.0);
        assertTrue(Double.isNaN(one.variance()), "no variance from one value");
        assertEquals(-2.5, one.min(), 0.0);
        assertEquals(-2.5, one.max(), 0.0);
        one.quantiles(LEVELS, q);
        for (double x : q) {
            assertEquals(-2.5, x, 0.0);
        }
        StatAccumulator merged = new StatAccumulator();
        merged.add(one);
        assertSameBits(one, merged, "one value merged into empty");
        StatAccumulator two = new StatAccumulator();
        two.accept(1);
        two.accept(3);
        two.flush();
        assertEquals(2.0, two.mean(), 0.0);
        assertEquals(2.0, two.variance(), 0.0);
        two.clear();
        assertEquals(0, two.count());
        assertTrue(Double.isNaN(two.mean()));
        two.accept(7);
        two.flush();
        assertEquals(7.0, two.mean(), 0.0);
    }

    @Test
    void signedZerosGiveTheSameExtremesInAnyOrder() {
        StatAccumulator a = onePass(new double[] {0.0, -0.0});
        StatAccumulator b = onePass(new double[] {-0.0, 0.0});
        StatAccumulator c = onePass(new double[] {0.0});
        c.add(onePass(new double[] {-0.0}));
        for (StatAccumulator s : List.of(a, b, c)) {
            assertEquals(Double.doubleToLongBits(-0.0), Double.doubleToLongBits(s.min()));
            assertEquals(Double.doubleToLongBits(0.0), Double.doubleToLongBits(s.max()));
        }
    }

    @Test
    void hugeValuesKeepAnExactMeanAndGiveAnInfiniteVariance() {
        SplittableRandom rng = new SplittableRandom(21);
        for (int trial = 0; trial < 20; trial++) {
            int n = 1 + rng.nextInt(300);
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) {
                switch (rng.nextInt(3)) {
                    case 0 -> xs[i] = (rng.nextBoolean() ? 1 : -1) * Double.MAX_VALUE * rng.nextDouble();
                    case 1 -> xs[i] = 1e200 * rng.nextDouble();
                    default -> xs[i] = rng.nextDouble();
                }
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (double x : xs) {
                sum = sum.add(new BigDecimal(x));
            }
            double want = sum.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
            StatAccumulator a = onePass(xs);
            assertEquals(want, a.mean(), Math.ulp(want), "seed 21, trial " + trial);
            boolean anyHuge = Arrays.stream(xs).anyMatch(x -> Math.abs(x) > StatAccumulator.SQUARE_LIMIT);
            if (n >= 2 && anyHuge) {
                assertEquals(Double.POSITIVE_INFINITY, a.variance(), "seed 21, trial " + trial);
            }
        }
        // shifted values x - x0 overflow here, and so does the chunk's 64 * x0
        double big = 0.9 * Double.MAX_VALUE;
        assertEquals(1.0 / 3, onePass(new double[] {big, -big, 1.0}).mean(), 0.0);
        double[] same = new double[200];
        Arrays.fill(same, 1e307);
        assertEquals(1e307, onePass(same).mean(), Math.ulp(1e307));
        StatAccumulator a = onePass(new double[] {1e200, 2e200, 3e200});
        assertEquals(2e200, a.mean(), Math.ulp(2e200));
        assertEquals(Double.POSITIVE_INFINITY, a.variance());
        StatAccumulator b = onePass(new double[] {1e150, 2e150, 3e150});
        assertEquals(1e300, b.variance(), 1e300 * 1e-15);
    }
}
