package org.rsisim.core.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The Wilson score interval against published values, its closed forms at the edges, and its invariants. */
class ProportionTest {
    private static final double Z = Estimate.Z95;

    /**
     * Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven methods",
     * Statistics in Medicine 17, 857-872, lists the Wilson score interval (his method 3, without continuity
     * correction) for 81/263, 15/148, 0/20 and 1/29, to four decimals.
     */
    @Test
    void matchesNewcombesExamples() {
        check(81, 263, 0.2553, 0.3662);
        check(15, 148, 0.0624, 0.1605);
        check(0, 20, 0.0000, 0.1611);
        check(1, 29, 0.0061, 0.1718);
    }

    private static void check(long x, long n, double lower, double upper) {
        Proportion p = Proportion.wilson(x, n);
        assertEquals(lower, p.lower(), 5e-5, x + "/" + n + " lower");
        assertEquals(upper, p.upper(), 5e-5, x + "/" + n + " upper");
        assertEquals((double) x / n, p.p(), 0.0);
    }

    /**
     * The Wilson bounds are the roots in p of the score equation (phat - p)^2 = z^2 p (1 - p) / n, that is of
     * (1 + z^2/n) p^2 - (2 phat + z^2/n) p + phat^2 = 0; solved here with the quadratic formula in 50-digit
     * decimal arithmetic, a computation independent of the centre-and-half-width form of the implementation.
     */
    @Property(tries = 1000, seed = "20260508")
    void boundsAreTheRootsOfTheScoreEquation(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long n,
                                             @ForAll @LongRange(min = 0, max = 1_000_000_000L) long k) {
        long x = k % (n + 1);
        MathContext mc = new MathContext(50);
        BigDecimal z2n = new BigDecimal(Z).pow(2).divide(BigDecimal.valueOf(n), mc);
        BigDecimal phat = BigDecimal.valueOf(x).divide(BigDecimal.valueOf(n), mc);
        BigDecimal a = BigDecimal.ONE.add(z2n);
        BigDecimal b = phat.multiply(BigDecimal.valueOf(2)).add(z2n).negate();
        BigDecimal c = phat.multiply(phat, mc);
        BigDecimal root = b.multiply(b).subtract(a.multiply(c).multiply(BigDecimal.valueOf(4))).sqrt(mc);
        BigDecimal twoA = a.multiply(BigDecimal.valueOf(2));
        double lower = b.negate().subtract(root).divide(twoA, mc).doubleValue();
        double upper = b.negate().add(root).divide(twoA, mc).doubleValue();
        Proportion p = Proportion.wilson(x, n);
        assertEquals(lower, p.lower(), 1e-13, x + "/" + n);
        assertEquals(upper, p.upper(), 1e-13, x + "/" + n);
        double ph = (double) x / n;
        assertTrue(0 <= p.lower() && p.lower() <= p.p() && p.p() <= p.upper() && p.upper() <= 1,
                () -> x + "/" + n + ": " + p);
        assertEquals(Math.sqrt(ph * (1 - ph) / n), p.stderr(), 1e-15);
        assertEquals((p.upper() - p.lower()) / 2, p.halfWidth(), 0.0);
        Proportion mirror = Proportion.wilson(n - x, n);
        assertEquals(1 - p.upper(), mirror.lower(), 1e-12, "symmetry " + x + "/" + n);
    }

    @Test
    void noneAndAllSucceed() {
        for (long n : new long[] {1, 2, 10, 100, 12345, 1L << 40}) {
            // with phat = 0 the upper root is z^2 / (n + z^2); with phat = 1 the lower root is n / (n + z^2)
            Proportion none = Proportion.wilson(0, n);
            assertEquals(0.0, none.lower(), 0.0);
            assertEquals(Z * Z / (n + Z * Z), none.upper(), 1e-15 * none.upper() + 1e-300, "0/" + n);
            assertEquals(0.0, none.stderr(), 0.0);
            Proportion all = Proportion.wilson(n, n);
            assertEquals(1.0, all.upper(), 0.0);
            assertEquals(n / (n + Z * Z), all.lower(), 1e-15, n + "/" + n);
        }
        assertEquals(0.2775, Proportion.wilson(0, 10).upper(), 5e-5);
    }

    @Test
    void noTrialsGiveNaN() {
        Proportion p = Proportion.wilson(0, 0);
        assertTrue(Double.isNaN(p.p()) && Double.isNaN(p.lower()) && Double.isNaN(p.upper())
                && Double.isNaN(p.stderr()));
        assertEquals(0, p.trials());
    }

    @Test
    void refusesInconsistentCounts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Proportion.wilson(-1, 10));
        assertTrue(e.getMessage().contains("successes = -1") && e.getMessage().contains("[0, trials = 10]"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Proportion.wilson(11, 10));
        assertTrue(e.getMessage().contains("successes = 11"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Proportion.wilson(0, -3));
        assertTrue(e.getMessage().contains("trials = -3"), e.getMessage());
    }
}
