package org.rsisim.models.explosion;

import org.rsisim.core.RunProbe;
import org.rsisim.core.Model;
import java.util.Map;
import java.time.Duration;
import org.rsisim.core.distribution.Distributions;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.stat.MetricSummary;

class ExplosionTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** Parameters: initial speed-up, returns, ceiling in OOMs, lambda, alpha, baseline doubling time. */
    private static double[] params(double f0, double r, double ceiling, double lambda) {
        return new double[] {f0, r, ceiling, lambda, 1, 0.25};
    }

    @Test
    void constantReturnsOfOneGrowExactlyExponentially() {
        ExplosionModel m = new ExplosionModel(10, 3, 12);
        TrajectorySink run = TrajectorySink.run(m, params(8, 1, INF, 0.3), 1, 0);
        double g0 = 8 * Math.log(2) / 0.25;
        double[] series = run.series("log10_software");
        assertEquals(41, series.length);
        for (int k = 0; k < series.length; k++) {
            double t = k * 0.25;
            assertEquals(g0 * t / Math.log(10), series[k], 1e-8 * Math.max(1, series[k]), "t = " + t);
        }
        assertEquals(8, run.get("years_compressed_into_one"), 1e-7);
        assertEquals(8, run.get("peak_speed_up"), 1e-12);
        assertEquals(0, run.get("sustained_speed_up"), 0);
        assertFalse(run.has("blow_up"));
        assertFalse(run.has("ceiling_reached"));
    }

    @Property(tries = 40, seed = "20260504")
    void returnsBelowOneNeverBlowUp(@ForAll @DoubleRange(min = 0.02, max = 0.999) @Scale(3) double r,
                                    @ForAll @DoubleRange(min = 1, max = 1000) double f0,
                                    @ForAll @DoubleRange(min = 0.15, max = 1) double lambda,
                                    @ForAll @DoubleRange(min = 0.5, max = 40) double ceiling) {
        ExplosionModel m = new ExplosionModel(10, 3, 12);
        for (double x : new double[] {ceiling, INF}) {
            TrajectorySink run = TrajectorySink.run(m, params(f0, r, x, lambda), 3, 0);
            assertFalse(run.has("blow_up"), () -> "r " + r + " f0 " + f0 + " ceiling " + x);
            assertTrue(Double.isFinite(run.get("years_compressed_into_one")));
            assertEquals(f0, run.get("peak_speed_up"), 1e-9 * f0);
            double previous = 0;
            for (double v : run.series("log10_software")) {
                assertTrue(Double.isFinite(v) && v >= previous - 1e-12);
                previous = v;
            }
        }
    }

    @Property(tries = 30, seed = "20260504")
    void constantReturnsAboveOneBlowUpAtTheClosedFormDate(@ForAll @DoubleRange(min = 1.1, max = 5) double r,
                                                         @ForAll @DoubleRange(min = 2, max = 32) double f0,
                                                         @ForAll @DoubleRange(min = 0.15, max = 0.6) double lambda) {
        ExplosionModel m = new ExplosionModel(100, 3, 12);
        TrajectorySink run = TrajectorySink.run(m, params(f0, r, INF, lambda), 3, 0);
        double g0 = f0 * Math.log(2) / 0.25;
        double expected = 1 / (lambda * (1 - 1 / r) * g0);
        assertTrue(run.has("blow_up"), () -> "r " + r + " f0 " + f0 + " lambda " + lambda);
        assertEquals(expected, run.get("blow_up"), 1e-6 * expected, () -> "r " + r + " f0 " + f0);
        assertFalse(run.has("years_compressed_into_one"));
        // x(t) = -ln(1 - k g0 t) / k, g(t) = g0 / (1 - k g0 t): the rate passes 3 times the baseline at
        // (1 - g0 / (3 g_b)) / (k g0), and a period above it that runs into the blow-up is sustained
        double k = lambda * (1 - 1 / r);
        double crossing = f0 >= 3 ? 0 : (1 - f0 / 3) / (k * g0);
        assertEquals(crossing, run.get("sustained_speed_up"), 1e-8 * Math.max(1, crossing));
    }

    @Test
    void fallingReturnsApproachTheCeiling() {
        ExplosionModel m = new ExplosionModel(10, 3, 12);
        TrajectorySink run = TrajectorySink.run(m, params(8, 2, 6, 0.5), 1, 0);
        assertTrue(run.has("ceiling_reached"));
        double[] s = run.series("log10_software");
        assertTrue(s[s.length - 1] < 6 && s[s.length - 1] > 6 - Math.log10(2));
        double x = 6 * Math.log(10) * (1 - 1 / 2.0);
        double peak = ExplosionModel.growthRate(x, 8, 2, 6 * Math.log(10), 0.5);
        assertEquals(peak, run.get("peak_speed_up"), 1e-9 * peak);
    }

    /**
     * The metric against a brute-force computation: t(x) = integral of dx / g(x) by the midpoint rule on 200,000
     * cells, then the most progress within one year; they must agree within the documented bound 2 dx / g_b.
     */
    @Property(tries = 10, seed = "20260504")
    void yearsCompressedIsWithinItsDocumentedBound(@ForAll @DoubleRange(min = 1.1, max = 3.6) double r,
                                                  @ForAll @DoubleRange(min = 2, max = 32) double f0,
                                                  @ForAll @DoubleRange(min = 6, max = 16) double ooms) {
        double lambda = 0.4;
        ExplosionModel m = new ExplosionModel(10, 3, 12);
        TrajectorySink run = TrajectorySink.run(m, params(f0, r, ooms, lambda), 3, 0);
        double gb = Math.log(2) / 0.25;
        double g0 = f0 * gb;
        double ceiling = ooms * Math.log(10);
        double[] series = run.series("log10_software");
        double xEnd = series[series.length - 1] * Math.log(10);
        int n = 200_000;
        double h = xEnd / n;
        double[] t = new double[n + 1];
        for (int i = 0; i < n; i++) {
            t[i + 1] = t[i] + h / ExplosionModel.growthRate((i + 0.5) * h, g0, r, ceiling, lambda);
        }
        double best = 0;
        for (int i = 0, j = 0; i <= n; i++) {
            j = Math.max(i, j);
            while (j + 1 <= n && t[j + 1] - t[i] <= 1) {
                j++;
            }
            best = Math.max(best, (j - i) * h);
        }
        double dx = Math.max(Math.log(2) / 4, ceiling / ExplosionModel.MAX_LEVELS);
        double got = run.get("years_compressed_into_one");
        double exact = best / gb;
        assertTrue(got <= exact + 1e-3 && got >= exact - 2 * dx / gb - 1e-3,
                () -> "r " + r + " f0 " + f0 + " ooms " + ooms + ": " + got + " against " + exact);
    }

    @Property(tries = 25, seed = "20260504")
    void speedUpDatesAreMonotoneInTheThreshold(@ForAll @DoubleRange(min = 1, max = 200) double k1,
                                              @ForAll @DoubleRange(min = 1, max = 200) double k2,
                                              @ForAll @DoubleRange(min = 0.5, max = 3) double r) {
        double lo = Math.min(k1, k2);
        double hi = Math.max(k1, k2);
        double[] p = params(4, r, 8, 0.4);
        TrajectorySink a = TrajectorySink.run(new ExplosionModel(10, lo, 1), p, 3, 0);
        TrajectorySink b = TrajectorySink.run(new ExplosionModel(10, hi, 1), p, 3, 0);
        if (b.has("sustained_speed_up")) {
            assertTrue(a.has("sustained_speed_up"));
            assertTrue(a.get("sustained_speed_up") <= b.get("sustained_speed_up") + 1e-9,
                    () -> lo + " at " + a.get("sustained_speed_up") + ", " + hi + " at "
                            + b.get("sustained_speed_up"));
        }
    }

    @Test
    void sameSeedAndRunGiveTheSameTrajectory() {
        ExplosionModel m = new ExplosionModel();
        double[] p = params(8, 1.2, 9.8, 0.3);
        TrajectorySink a = TrajectorySink.run(m, p, 5, 9);
        TrajectorySink b = TrajectorySink.run(m, p, 5, 9);
        assertArrayEquals(a.series("log10_software"), b.series("log10_software"));
        assertEquals(a.get("years_compressed_into_one"), b.get("years_compressed_into_one"));
    }

    @Test
    void badInputIsNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new ExplosionModel(0.5, 3, 12));
        assertTrue(e.getMessage().contains("horizon_years = 0.5") && e.getMessage().contains("[1.0, 100.0]"),
                e.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> new ExplosionModel().withSettings(java.util.Map.of("speed_up_threshold", -1.0)));
        assertTrue(e3.getMessage().contains("speed_up_threshold = -1.0"), e3.getMessage());
    }

    /**
     * With returns exactly 1 and no ceiling the rate is constant; when it equals the threshold the switching
     * function is 0 everywhere, which once kept the integrator's event search from advancing. The run must end,
     * and a rate at its threshold counts as reached from the start. The timeout only guards against a hang.
     */
    @Test
    void aConstantRateOnItsThresholdEnds() {
        Map<String, Double> settings = Map.of("horizon_years", 1.0, "speed_up_threshold", 1.0,
                "sustained_months", 0.0);
        Model model = new ExplosionModel().withSettings(settings);
        for (double f0 : new double[] {1.0, Math.nextUp(1.0)}) {
            double[] p = {f0, 1, Double.POSITIVE_INFINITY, 0.01, 1, 0.01};
            RunProbe probe = RunProbe.of(model, -2);
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> probe.run(0, p));
            assertEquals(0.0, probe.eventTime("sustained_speed_up"), "f0 = " + f0);
        }
        // a falling rate that starts on its threshold crosses it at once; that must end too
        double[] falling = {Math.nextUp(1.0), 0.01, Double.POSITIVE_INFINITY, 0.01, 0.01, 0.01};
        RunProbe probe = RunProbe.of(model, -2);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> probe.run(0, falling));
        assertEquals(0.0, probe.eventTime("sustained_speed_up"));
    }
}
