package org.rsisim.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * ExactSum against BigDecimal arithmetic: the sum is exact, rounds once, and does not depend on order, grouping or
 * when carries happen. None of these tests is statistical: each fails only on a wrong sum.
 */
class ExactSumTest {
    private static final double HUGE = Double.MAX_VALUE / (1 << 20);

    /** A finite double of any exponent and sign: about a quarter subnormal or near zero, a quarter huge. */
    static double wild(SplittableRandom rng) {
        switch (rng.nextInt(6)) {
            case 0: { // any finite double, uniform over bit patterns
                double x;
                do {
                    x = Double.longBitsToDouble(rng.nextLong());
                } while (!Double.isFinite(x));
                return x;
            }
            case 1: // subnormal
                return Double.longBitsToDouble(rng.nextLong() & 0x800fffffffffffffL);
            case 2: // near MAX_VALUE / 2^20
                return (rng.nextBoolean() ? 1 : -1) * HUGE * (0.5 + rng.nextDouble() / 2);
            case 3: // ordinary magnitudes
                return (rng.nextDouble() - 0.5) * Math.scalb(1.0, rng.nextInt(-60, 60));
            case 4: // extremes
                double[] edges = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE,
                    Double.MIN_NORMAL, -Double.MIN_NORMAL, 0.0, -0.0, 1.0, -1.0, Math.ulp(1.0)};
                return edges[rng.nextInt(edges.length)];
            default: // small integers, which collide with the low digits of other values
                return rng.nextInt(-1000, 1000);
        }
    }

    private static BigDecimal exact(List<Double> xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (double x : xs) {
            s = s.add(new BigDecimal(x));
        }
        return s;
    }

    private static ExactSum sumOf(List<Double> xs, int carryInterval) {
        ExactSum s = new ExactSum(carryInterval);
        for (double x : xs) {
            s.add(x);
        }
        return s;
    }

    private static void assertExact(BigDecimal expected, ExactSum s, String context) {
        assertEquals(0, expected.compareTo(s.bigDecimalValue()), () -> context + ": exact sum " + expected
                + " but got " + s.bigDecimalValue());
        double want = expected.doubleValue();
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(s.doubleValue()),
                () -> context + ": rounded sum " + want + " but got " + s.doubleValue());
        assertEquals(expected.signum() == 0, s.isZero(), context + ": isZero");
    }

    @Test
    void equalsBigDecimalOnWildlyMixedValues() {
        for (long seed = 1; seed <= 40; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            List<Double> xs = new ArrayList<>();
            int n = 1 + rng.nextInt(3000);
            for (int i = 0; i < n; i++) {
                xs.add(wild(rng));
            }
            for (int interval : new int[] {1, 2, 7, 64, 1 << 29}) {
                assertExact(exact(xs), sumOf(xs, interval), "seed " + seed + ", carry interval " + interval);
            }
        }
    }

    @Test
    void cancellationLeavesExactlyTheRemainder() {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            List<Double> xs = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                double x = wild(rng);
                xs.add(x);
                xs.add(-x);
            }
            double small = Double.MIN_VALUE * (1 + rng.nextInt(100));
            Collections.shuffle(xs, new Random(seed));
            ExactSum s = sumOf(xs, 1 << 29);
            assertTrue(s.isZero(), "seed " + seed + ": x + (-x) over all x is not zero: " + s.bigDecimalValue());
            assertEquals(0.0, s.doubleValue(), "seed " + seed);
            s.add(small);
            assertEquals(small, s.doubleValue(), "seed " + seed + ": the remainder after cancellation");
            // the same with a carry after every addition, which takes the digits through negative intermediate sums
            ExactSum c = sumOf(xs, 1);
            assertTrue(c.isZero(), "seed " + seed);
            c.add(-small);
            assertEquals(-small, c.doubleValue(), "seed " + seed);
        }
        ExactSum s = new ExactSum();
        s.add(1e308);
        s.add(Double.MIN_VALUE);
        s.add(-1e308);
        assertEquals(Double.MIN_VALUE, s.doubleValue());
    }

    @Test
    void negativeSumsRoundCorrectly() {
        // many huge negative values take the sum past the 1000-bit fast path of the rounding, and past the range
        // of a double (the rounded value is then -Infinity, as BigDecimal.doubleValue says)
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            List<Double> xs = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                xs.add(-Math.abs(wild(rng)));
            }
            assertExact(exact(xs), sumOf(xs, 3), "seed " + seed);
            List<Double> ys = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                ys.add(-Math.abs(wild(rng)) * 1e-300 * 1e-10);
            }
            assertExact(exact(ys), sumOf(ys, 3), "seed " + seed + ", tiny values");
        }
    }

    @Test
    void roundsHalfwayCasesToEven() {
        // 1 + 2^-53 lies halfway between 1 and its successor: ties go to the even neighbour, 1
        ExactSum s = new ExactSum();
        s.add(1.0);
        s.add(0x1p-53);
        assertEquals(1.0, s.doubleValue());
        // a further 2^-1074 breaks the tie upwards, 1000 bits below the rounding position
        s.add(Double.MIN_VALUE);
        assertEquals(Math.nextUp(1.0), s.doubleValue());
        // the same far above the 1000-bit window: MAX_VALUE + half an ulp of it is a tie that rounds to infinity
        ExactSum t = new ExactSum();
        t.add(Double.MAX_VALUE);
        t.add(Math.ulp(Double.MAX_VALUE) / 2);
        assertEquals(Double.POSITIVE_INFINITY, t.doubleValue());
        ExactSum u = new ExactSum();
        u.add(Double.MAX_VALUE);
        u.add(Math.ulp(Double.MAX_VALUE) / 2);
        u.add(-Double.MIN_VALUE);
        assertEquals(Double.MAX_VALUE, u.doubleValue());
    }

    @Test
    void carriesWithTheRealIntervalWhenMerged() {
        // merging a sum into itself doubles it; 35 doublings take the pending count of additions past
        // 2^29, so the carry of the production interval runs, with digits near their largest allowed values
        double[] starts = {Double.MAX_VALUE / 0x1p40, -Double.MAX_VALUE / 0x1p40, -0.1, 0.1, 3, -Double.MIN_VALUE};
        for (double x : starts) {
            ExactSum s = new ExactSum();
            s.add(x);
            s.add(-x / 3);
            s.add(Math.ulp(x));
            BigDecimal expected = new BigDecimal(x).add(new BigDecimal(-x / 3)).add(new BigDecimal(Math.ulp(x)));
            for (int k = 0; k < 35; k++) {
                s.add(s);
                expected = expected.add(expected);
                assertExact(expected, s, "start " + x + ", doubling " + (k + 1));
            }
        }
    }

    @Test
    void manyLargeValuesCarryExactly() {
        // with a carry every 5 additions, 200000 values whose low digits are all ones make every carry ripple
        ExactSum s = new ExactSum(5);
        double x = Math.nextDown(0x1p-1000); // 53 one bits
        for (int i = 0; i < 200_000; i++) {
            s.add(x);
            s.add(-Double.MIN_VALUE);
        }
        BigDecimal expected = new BigDecimal(x).subtract(new BigDecimal(Double.MIN_VALUE)).multiply(BigDecimal.valueOf(200_000));
        assertExact(expected, s, "ones");
    }

    @Test
    void addProductIsExact() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int i = 0; i < 20_000; i++) {
            int n = rng.nextInt(-(1 << 20), (1 << 20) + 1);
            double x = (rng.nextDouble() - 0.5) * Math.scalb(1.0, rng.nextInt(-1000, 900));
            ExactSum s = new ExactSum();
            s.addProduct(n, x);
            BigDecimal expected = new BigDecimal(x).multiply(BigDecimal.valueOf(n));
            int index = i;
            assertEquals(0, expected.compareTo(s.bigDecimalValue()), () -> "seed 7, draw " + index + ": " + n + " * " + x);
        }
    }

    @Test
    void addProductIsExactWhenTheRoundedProductOverflows() {
        double[] xs = {Double.MAX_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE / 3, 1e307};
        int[] ns = {2, 64, -64, 1 << 20, -(1 << 20)};
        for (double x : xs) {
            for (int n : ns) {
                ExactSum s = new ExactSum();
                s.add(1.0);
                s.addProduct(n, x);
                BigDecimal expected = new BigDecimal(x).multiply(BigDecimal.valueOf(n)).add(BigDecimal.ONE);
                assertExact(expected, s, n + " * " + x + " + 1");
            }
        }
    }

    @Test
    void clearGivesZeroAndCanBeReused() {
        SplittableRandom rng = new SplittableRandom(3);
        ExactSum s = new ExactSum(2);
        for (int i = 0; i < 100; i++) {
            s.add(wild(rng));
        }
        s.clear();
        assertTrue(s.isZero());
        assertEquals(BigInteger.ZERO, s.unscaled());
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            xs.add(wild(rng));
        }
        for (double x : xs) {
            s.add(x);
        }
        assertExact(exact(xs), s, "seed 3, after clear");
        ExactSum empty = new ExactSum();
        assertTrue(empty.isZero());
        assertEquals(0.0, empty.doubleValue());
        empty.add(new ExactSum());
        assertTrue(empty.isZero());
    }

    @Test
    void refusesABadCarryInterval() {
        assertThrows(IllegalArgumentException.class, () -> new ExactSum(0));
        assertThrows(IllegalArgumentException.class, () -> new ExactSum((1 << 29) + 1));
    }

    @Provide
    Arbitrary<List<Double>> wildLists() {
        Arbitrary<Double> any = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> subnormal = Arbitraries.longs().map(b -> Double.longBitsToDouble(b & 0x800fffffffffffffL));
        Arbitrary<Double> huge = Arbitraries.doubles().between(-HUGE, HUGE);
        Arbitrary<Double> ordinary = Arbitraries.doubles().between(-1e6, 1e6);
        Arbitrary<Double> edge = Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, -Double.MAX_VALUE, Double.MAX_VALUE, 1.0);
        return Arbitraries.oneOf(any, subnormal, huge, ordinary, edge).list().ofMaxSize(200);
    }

    /** Sums every part separately, in a shuffled order and with its own carry interval, and merges in any grouping. */
    @Property(tries = 300, seed = "20260504")
    void mergeInAnyOrderAndGroupingGivesTheSameBits(@ForAll("wildLists") List<Double> xs,
                                                     @ForAll @IntRange(min = 1, max = 12) int parts,
                                                     @ForAll long seed) {
        Random rng = new Random(seed);
        ExactSum one = sumOf(xs, 1 << 29);
        List<ExactSum> pieces = new ArrayList<>();
        int[] cuts = new int[parts + 1];
        cuts[parts] = xs.size();
        for (int k = 1; k < parts; k++) {
            cuts[k] = rng.nextInt(xs.size() + 1);
        }
        java.util.Arrays.sort(cuts);
        for (int k = 0; k < parts; k++) {
            List<Double> part = new ArrayList<>(xs.subList(cuts[k], cuts[k + 1]));
            Collections.shuffle(part, rng);
            pieces.add(sumOf(part, 1 + rng.nextInt(4)));
        }
        // merge random pairs until one is left: every grouping (tree shape) can come out
        while (pieces.size() > 1) {
            ExactSum a = pieces.remove(rng.nextInt(pieces.size()));
            ExactSum b = pieces.remove(rng.nextInt(pieces.size()));
            a.add(b);
            pieces.add(a);
        }
        ExactSum merged = pieces.get(0);
        String context = "seed " + seed + ", " + parts + " parts";
        assertEquals(one.unscaled(), merged.unscaled(), context);
        assertEquals(Double.doubleToLongBits(one.doubleValue()), Double.doubleToLongBits(merged.doubleValue()),
                context);
        assertExact(exact(xs), merged, context);
    }
}
