package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.RunStreams;
import org.rsisim.core.stat.Estimate;
import org.rsisim.testkit.Invariants.Direction;

/**
 * Monotonicity in a parameter, statistical assertions with a stated false-failure rate and a floor, and agreement on
 * common random numbers, on {@link TrialsModel} whose closed forms are known (the share of successes has mean
 * {@code p}; on common random numbers every count is non-decreasing in {@code p}).
 */
class StatisticalInvariantsTest {
    private static final TrialsModel MODEL = new TrialsModel();
    private static final int TRIES = 200;
    /** The property below fails by chance with probability at most 1e-6 over its 200 tries. */
    private static final MonteCarloTolerance TOLERANCE = MonteCarloTolerance.of(1e-6, TRIES);

    @Provide
    Arbitrary<Tuple2<ModelCase, Double>> caseAndOtherP() {
        return Combinators.combine(ModelArbitraries.cases(MODEL), ModelArbitraries.value(MODEL.parameters().get(0)))
                .as(Tuple::of);
    }

    @Property(tries = TRIES, seed = "20261202")
    void moreSuccessProbabilityNeverLowersTheCountsNorDelaysTheFirstSuccess(
            @ForAll("caseAndOtherP") Tuple2<ModelCase, Double> t) {
        ModelCase c = t.get1();
        Invariants.monotoneInParameter(c, "p", t.get2(), "share", Direction.NON_DECREASING);
        Invariants.monotoneInParameter(c, "p", t.get2(), "successes", Direction.NON_DECREASING);
        Invariants.monotoneInParameter(c, "p", t.get2(), "first_success", Direction.NON_INCREASING);
    }

    @Example
    void aWrongDirectionIsReportedWithBothValuesAndTheCase() {
        ModelCase c = new ModelCase("trials", java.util.Map.of(), MODEL, new double[] {0.2, 30}, 5, 3);
        AssertionError e = assertThrows(AssertionError.class,
                () -> Invariants.monotoneInParameter(c, "p", 0.9, "first_success", Direction.NON_DECREASING));
        assertTrue(e.getMessage().startsWith("first_success is not non-decreasing in p: p = 0.2 gives "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith(" on the same random numbers; " + c), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Invariants.monotoneInParameter(c, "p", 1.5, "share", Direction.NON_DECREASING));
    }

    @Provide
    Arbitrary<ModelCase> cases() {
        return ModelArbitraries.cases(MODEL);
    }

    /**
     * The share of successes in 1,000 engine runs against its closed form {@code p}, at every generated {@code p}
     * including 0, 1 and {@code nextUp(0)}. The runs' shares are proportions of {@code 1000 trials} Bernoulli
     * trials together, so the check counts them and uses the exact proportion check; a mean check would see a
     * standard error of 0 at {@code p = 4.9e-324} (no success in any run) and fail, as a normal approximation must
     * for an outcome rarer than one in the number of runs.
     */
    @Property(tries = TRIES, seed = "20261202")
    void theShareOfSuccessesIsTheSuccessProbability(@ForAll("cases") ModelCase c) {
        Result r = Engine.withThreads(1).run(Invariants.experimentAt(MODEL, c.parameters(), 1_000, c.seed()));
        long trials = 1_000L * (long) c.parameter("trials");
        long successes = Math.round(r.metric("share").mean().value() * trials);
        TOLERANCE.assertProbability(successes, trials, c.parameter("p"), c.toString());
    }

    /** Where a mean check fits: the mean share at interior values of p, against p. */
    @Property(tries = TRIES, seed = "20261202")
    void theMeanShareIsTheSuccessProbabilityInside(@ForAll("cases") ModelCase c) {
        double p = c.parameter("p");
        if (Regime.of(MODEL.parameters().get(0), p) != Regime.INTERIOR || 1_000 * Math.min(p, 1 - p) < 10) {
            return;
        }
        Result r = Engine.withThreads(1).run(Invariants.experimentAt(MODEL, c.parameters(), 1_000, c.seed()));
        TOLERANCE.assertMean(r.metric("share"), p, c.toString());
    }

    @Example
    void zIsTheNormalQuantileOfTheRatePerCheck() {
        assertEquals(Estimate.Z95, MonteCarloTolerance.of(0.05, 1).z(), 1e-8);
        // Phi^-1(1 - 1e-9) and Phi^-1(1 - 2.5e-9), from Python's statistics.NormalDist().inv_cdf
        assertEquals(5.997807019601638, MonteCarloTolerance.of(2e-9, 1).z(), 1e-8);
        assertEquals(5e-9, TOLERANCE.perCheckRate(), 1e-20);
        assertEquals(5.847172146111125, TOLERANCE.z(), 1e-8);
    }

    @Example
    void theFloorPassesRoundingWhereTheStandardErrorVanishes() {
        double expected = 0.951206;
        double rounded = expected * (1 + 4e-16);
        TOLERANCE.assertMean(rounded, 4e-18, expected, "rounding only");
        assertThrows(AssertionError.class,
                () -> TOLERANCE.withFloor(0, 0).assertMean(rounded, 4e-18, expected, "no floor"));
        AssertionError e = assertThrows(AssertionError.class,
                () -> TOLERANCE.assertMean(0.5 + 10 * 0.01, 0.01, 0.5, "ten standard errors off"));
        assertTrue(e.getMessage().startsWith("ten standard errors off: mean 0.6 differs from 0.5 by "),
                e.getMessage());
    }

    @Example
    void proportionsAreCheckedForAnyCountIncludingCertainEvents() {
        TOLERANCE.assertProbability(0, 10, 0, "never");
        TOLERANCE.assertProbability(10, 10, 1, "always");
        TOLERANCE.assertProbability(5_030, 10_000, 0.5, "a coin");
        assertThrows(AssertionError.class, () -> TOLERANCE.assertProbability(1, 1_000_000, 0, "impossible"));
        assertThrows(AssertionError.class, () -> TOLERANCE.assertProbability(5_400, 10_000, 0.5, "biased"));
        assertThrows(IllegalArgumentException.class, () -> TOLERANCE.assertProbability(3, 2, 0.5, "bad count"));
        assertThrows(IllegalArgumentException.class, () -> MonteCarloTolerance.of(0, 10));
    }

    /**
     * The false-failure rates as measured: 20,000 correct means (of 1,000 uniforms each) and 20,000 correct
     * proportions (binomial, n = 200, p = 0.1) checked at a per-check rate of 1 %. The mean check is a normal
     * approximation, so it fails in about 1 % of checks; the proportion check is a bound, so it fails in at most 1 %.
     * With 20,000 checks the standard deviation of a 1 % share is 0.07 percentage points; the limits below are 5 of
     * them away, so the test fails by chance with probability below 1e-6 (and the seed is fixed).
     */
    @Example
    void theStatedFalseFailureRateIsKept() {
        MonteCarloTolerance perCheck = MonteCarloTolerance.of(0.01, 1).withFloor(0, 0);
        UniformRandomProvider rng = RunStreams.create(20261202).component(0);
        int checks = 20_000;
        int meanFailures = 0;
        int proportionFailures = 0;
        for (int i = 0; i < checks; i++) {
            double sum = 0;
            double sumSquares = 0;
            for (int k = 0; k < 1_000; k++) {
                double u = rng.nextDouble();
                sum += u;
                sumSquares += u * u;
            }
            double mean = sum / 1_000;
            double stderr = Math.sqrt((sumSquares - 1_000 * mean * mean) / 999 / 1_000);
            try {
                perCheck.assertMean(mean, stderr, 0.5, "uniform mean");
            } catch (AssertionError e) {
                meanFailures++;
            }
            int hits = 0;
            for (int k = 0; k < 200; k++) {
                hits += rng.nextDouble() < 0.1 ? 1 : 0;
            }
            try {
                perCheck.assertProbability(hits, 200, 0.1, "binomial");
            } catch (AssertionError e) {
                proportionFailures++;
            }
        }
        double sd = Math.sqrt(0.01 * 0.99 / checks);
        double meanRate = (double) meanFailures / checks;
        double proportionRate = (double) proportionFailures / checks;
        assertTrue(Math.abs(meanRate - 0.01) <= 5 * sd, "mean checks failed in " + meanRate);
        assertTrue(proportionRate <= 0.01 + 5 * sd, "proportion checks failed in " + proportionRate);
    }

    @Example
    void twoEqualModelsAgreeRunByRunAndALeakDoesNot() {
        double[] p = {0.4, 20};
        Invariants.agreeOnCommonRandomNumbers(MODEL, p, new TrialsModel(), p.clone(), 7, 0, 500, "successes", 0);
        AssertionError e = assertThrows(AssertionError.class, () -> Invariants.agreeOnCommonRandomNumbers(MODEL, p,
                new TrialsModel(TrialsModel.Fault.LEAKED_FIELD), p.clone(), 7, 0, 500, "share", 0));
        assertTrue(e.getMessage().startsWith("share differs on common random numbers in run 1: "), e.getMessage());
        assertTrue(e.getMessage().contains("second: model trials-leaked-field, seed 7"), e.getMessage());
    }

    /**
     * Two scenarios of one model on common random numbers: p = 0.3 and p = 0.5. The paired difference of the share
     * has mean 0.2 exactly, and a standard error well below that of two independent estimates, since the two share
     * their uniforms.
     */
    @Example
    void thePairedDifferenceOfTwoScenariosHasTheClosedFormMean() {
        Estimate d = Invariants.pairedDifference(MODEL, new double[] {0.3, 20}, MODEL, new double[] {0.5, 20}, 11,
                20_000, "share");
        MonteCarloTolerance.of(1e-6, 1).assertMean(d.value(), d.stderr(), 0.2, "share(p = 0.5) - share(p = 0.3)");
        double independent = Math.sqrt((0.3 * 0.7 + 0.5 * 0.5) / 20 / 20_000);
        assertTrue(d.stderr() < 0.7 * independent, d.stderr() + " against " + independent);
    }
}
