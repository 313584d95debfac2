package org.rsisim.core.rare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.hipparchus.special.Erf;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distributions;

/**
 * Importance sampling against closed forms and against plain Monte Carlo.
 *
 * <p>Each closed-form test asserts three things: at most {@code 10^6} model runs in all, a relative error below
 * 10 %, and the estimate within {@value #Z_CLOSED} standard errors of the exact value. For a normal estimate the
 * last fails by chance with probability {@code 1e-5} per test (two-sided); every message names the seed, so a
 * failure can be replayed. The comparison with plain Monte Carlo is a two-sample z-test at {@value #Z_COMPARE}
 * (false-failure rate {@code 6.3e-5}).
 */
class ImportanceSamplingTest {
    /** The two-sided 1e-5 quantile of the standard normal. */
    private static final double Z_CLOSED = 4.417;
    /** The two-sided 6.3e-5 quantile of the standard normal. */
    private static final double Z_COMPARE = 4.0;
    private static final long BUDGET = 1_000_000;

    /** {@code P(Z > x)} for a standard normal {@code Z}. */
    private static double upperTail(double x) {
        return 0.5 * Erf.erfc(x / Math.sqrt(2));
    }

    private static Experiment.Builder tail(long seed) {
        return Experiment.builder(new TailModel()).name("tail").seed(seed).runs(1000);
    }

    private static RareEstimate closedForm(ImportanceSampling is, double exact, int threads) {
        RareEstimate r = is.estimate(Engine.withThreads(threads));
        String where = is + ": estimate " + r.probability() + " +/- " + r.stderr() + " (relative error "
                + r.relativeError() + ", ESS " + r.effectiveSampleSize() + ", " + r.evaluations()
                + " runs), exact " + exact + ", seed " + r.seed() + ", steps " + r.steps();
        assertTrue(r.converged(), where);
        assertTrue(r.evaluations() <= BUDGET, where);
        assertTrue(r.relativeError() < 0.1, where);
        assertTrue(Math.abs(r.probability() - exact) <= Z_CLOSED * r.stderr(), where);
        assertTrue(r.effectiveSampleSize() >= 100, where);
        return r;
    }

    @Test
    void lognormalTailOf1e9() {
        long seed = 20_261_202L;
        Experiment e = tail(seed).parameter("x1", Distributions.lognormal(0, 1)).build();
        // P(exp(Z) >= e^6) = P(Z >= 6) = 9.8659e-10
        ImportanceSampling is = ImportanceSampling.builder(e, RareEvent.metricAtLeast("first", Math.exp(6)))
                .runs(100_000).pilotRuns(10_000).build();
        closedForm(is, upperTail(6), 2);
    }

    @Test
    void productOfThreeUniformTailsOf1e9() {
        long seed = 7;
        Experiment e = tail(seed).parameter("x1", Distributions.uniform(0, 1))
                .parameter("x2", Distributions.uniform(0, 1)).parameter("x3", Distributions.uniform(0, 1)).build();
        // P(U1, U2, U3 >= 1 - 1e-3) = 1e-9, a product of three independent tails
        ImportanceSampling is = ImportanceSampling.builder(e, RareEvent.metricAtLeast("min", 1 - 1e-3))
                .runs(200_000).pilotRuns(20_000).build();
        RareEstimate r = closedForm(is, 1e-9, 2);
        // the shift is symmetric in the three coordinates, near the corner's normal score 3.09
        for (double m : r.shift().values()) {
            assertTrue(m > 2.5 && m < 4, "shift " + r.shift() + ", seed " + seed);
        }
    }

    @Test
    void correlatedSumThroughTheCopula() {
        long seed = 99;
        double rank = 0.5;
        double pearson = 2 * Math.sin(Math.PI * rank / 6);
        double c = 5.2 * Math.sqrt(2 + 2 * pearson);
        Experiment e = tail(seed).parameter("x1", Distributions.normal(0, 1))
                .parameter("x2", Distributions.normal(0, 1))
                .correlation(new Correlation(List.of("x1", "x2"), new double[][] {{1, rank}, {rank, 1}})).build();
        // X1 + X2 ~ N(0, 2 + 2 r): P(X1 + X2 >= c) = P(Z >= 5.2) = 9.96e-8
        ImportanceSampling is = ImportanceSampling.builder(e, RareEvent.metricAtLeast("sum", c)).build();
        closedForm(is, upperTail(5.2), 2);
    }

    @Test
    void theModelsOwnRandomnessIsNotTiltedAndStaysUnbiased() {
        long seed = 3;
        Experiment e = tail(seed).parameter("x1", Distributions.normal(0, 1)).build();
        // x1 + 0.3 e with e ~ N(0, 1) from the model's stream: P(x1 + 0.3 e >= 5.5) = P(Z >= 5.5 / sqrt 1.09),
        // 6.9e-8; only x1 is shifted, and the estimate stays unbiased
        ImportanceSampling is = ImportanceSampling.builder(e, RareEvent.metricAtLeast("noisy", 5.5)).build();
        closedForm(is, upperTail(5.5 / Math.sqrt(1.09)), 2);
    }

    @Test
    void anEventByATimeWithCensoredRuns() {
        long seed = 11;
        Experiment e = tail(seed).parameter("x1", Distributions.normal(0, 1)).build();
        // late at -x1 when x1 > 0: by time -4.5 means x1 >= 4.5, P = 3.40e-6; half the runs are censored
        ImportanceSampling is = ImportanceSampling.builder(e, RareEvent.eventBy("late", -4.5)).build();
        closedForm(is, upperTail(4.5), 2);
    }

    @Test
    void agreesWithPlainMonteCarloWhereBothSeeTheEvent() {
        long seed = 5;
        Experiment e = tail(seed).parameter("x1", Distributions.lognormal(0, 1))
                .parameter("x2", Distributions.normal(0, 1)).build();
        RareEvent event = RareEvent.metricAtLeast("sum", 15);
        RareEstimate is = ImportanceSampling.builder(e, event).runs(40_000).pilotRuns(2_000).build()
                .estimate(Engine.withThreads(2));
        RareEstimate mc = ImportanceSampling.builder(e, event).runs(1_000_000).maxIterations(0).seed(seed + 1)
                .build().estimate(Engine.withThreads(2));
        assertEquals(mc.hits(), Math.round(mc.probability() * mc.runs()), "plain Monte Carlo weighs every run 1");
        assertEquals(0, mc.steps().size());
        double z = (is.probability() - mc.probability()) / Math.hypot(is.stderr(), mc.stderr());
        String where = "importance sampling " + is.probability() + " +/- " + is.stderr() + " (seed " + is.seed()
                + ") against plain Monte Carlo " + mc.probability() + " +/- " + mc.stderr() + " (seed " + mc.seed()
                + "): z = " + z;
        assertTrue(mc.hits() > 500, where);
        assertTrue(Math.abs(z) <= Z_COMPARE, where);
        assertTrue(is.stderr() < mc.stderr(), "importance sampling with a twentieth of the runs is more precise; " + where);
    }

    @Test
    void sameBitsOnAnyThreadCount() {
        Experiment e = tail(42).parameter("x1", Distributions.normal(0, 1))
                .parameter("x2", Distributions.uniform(-1, 1)).build();
        ImportanceSampling is = ImportanceSampling.builder(e, RareEvent.metricAtLeast("noisy", 4)).runs(5_000)
                .pilotRuns(3_000).build();
        RareEstimate one = is.estimate(Engine.withThreads(1));
        RareEstimate two = is.estimate(Engine.withThreads(2));
        RareEstimate five = is.estimate(Engine.withThreads(5));
        assertEquals(one, two);
        assertEquals(one, five);
        assertFalse(one.steps().isEmpty());
        RareEstimate other = ImportanceSampling.builder(e, RareEvent.metricAtLeast("noisy", 4)).runs(5_000)
                .pilotRuns(3_000).seed(43).build().estimate(Engine.withThreads(2));
        assertTrue(other.probability() != one.probability(), "another seed draws other numbers");
    }

    @Test
    void aGivenShiftSkipsTheIterations() {
        Experiment e = tail(8).parameter("x1", Distributions.normal(0, 1)).build();
        RareEstimate r = ImportanceSampling.builder(e, RareEvent.metricAtLeast("first", 5)).runs(50_000)
                .shift(Map.of("x1", 5.2)).build().estimate(Engine.withThreads(2));
        assertTrue(r.steps().isEmpty());
        assertEquals(50_000, r.evaluations());
        assertEquals(Map.of("x1", 5.2), r.shift());
        assertTrue(Math.abs(r.probability() - upperTail(5)) <= Z_CLOSED * r.stderr(), r + ", seed 8");
    }

    @Test
    void failedRunsAreCountedAndNotInTheEvent() {
        Experiment e = tail(9).parameter("x1", Distributions.normal(0, 1)).parameter("fail_above", 5.5).build();
        RareEstimate r = ImportanceSampling.builder(e, RareEvent.metricAtLeast("first", 5)).runs(20_000)
                .shift(Map.of("x1", 5.0)).build().estimate(Engine.withThreads(2));
        assertTrue(r.failedRuns() > 0, r.toString());
        // the estimate is P(5 <= x1 <= 5.5)
        double exact = upperTail(5) - upperTail(5.5);
        assertTrue(Math.abs(r.probability() - exact) <= Z_CLOSED * r.stderr(), r + ", seed 9");
    }

    @Test
    void badInputIsRefusedWithItsName() {
        Experiment e = tail(1).parameter("x1", Distributions.normal(0, 1)).build();
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> ImportanceSampling.builder(e, RareEvent.metricAtMost("nope", 1)).build());
        assertTrue(unknown.getMessage().contains("nope") && unknown.getMessage().contains("first"),
                unknown.getMessage());
        IllegalArgumentException kind = assertThrows(IllegalArgumentException.class,
                () -> ImportanceSampling.builder(e, RareEvent.eventBy("first", 1)).build());
        assertTrue(kind.getMessage().contains("is a metric") && kind.getMessage().contains("late"),
                kind.getMessage());
        IllegalArgumentException fixed = assertThrows(IllegalArgumentException.class,
                () -> ImportanceSampling.builder(tail(1).build(), RareEvent.metricAtMost("first", 1)).build());
        assertTrue(fixed.getMessage().contains("no uncertain parameter"), fixed.getMessage());
        IllegalArgumentException shift = assertThrows(IllegalArgumentException.class,
                () -> ImportanceSampling.builder(e, RareEvent.metricAtMost("first", 1)).shift(Map.of("x2", 1.0))
                        .build());
        assertTrue(shift.getMessage().contains("x2") && shift.getMessage().contains("[x1]"), shift.getMessage());
        ImportanceSampling.Builder b = ImportanceSampling.builder(e, RareEvent.metricAtMost("first", 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.runs(99)).getMessage()
                .contains("runs = 99"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.eliteFraction(Double.NaN)).getMessage()
                .contains("elite fraction = NaN"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.pilotRuns(10)).getMessage()
                .contains("pilot runs = 10"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.maxIterations(-1)).getMessage()
                .contains("max iterations = -1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RareEvent.metricAtMost("first",
                Double.POSITIVE_INFINITY)).getMessage().contains("first"));
    }

    @Test
    void scoresAndCanonicalForms() {
        assertEquals(2.0, RareEvent.metricAtMost("m", 3).score(1));
        assertEquals(-2.0, RareEvent.metricAtLeast("m", 3).score(1));
        assertEquals(Double.NEGATIVE_INFINITY, RareEvent.eventBy("e", 3).score(Double.NaN));
        assertEquals("m <= 3.0", RareEvent.metricAtMost("m", 3).toString());
        assertEquals("e by 500.0", RareEvent.eventBy("e", 500).toString());
    }
}
