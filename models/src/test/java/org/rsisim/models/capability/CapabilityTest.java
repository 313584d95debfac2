package org.rsisim.models.capability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.explosion.TrajectorySink;

class CapabilityTest {
    private static final double LOG2 = Math.log(2);

    @Test
    void bundledDataHoldsTheEssayFigures() {
        List<IndicatorPoint> all = IndicatorData.all();
        assertEquals(9, all.size());
        List<IndicatorPoint> metr = IndicatorData.of("metr_horizon_50");
        assertEquals(2, metr.size());
        assertEquals(30.0 / 3600, metr.get(0).hours(), 1e-15);
        assertEquals(12, metr.get(1).hours(), 1e-12);
        assertEquals(93.9, IndicatorData.of("swe_bench").get(1).value(), 0);
        assertEquals(64.4, IndicatorData.of("mle_bench").get(1).value(), 0);
        assertEquals(95.5, IndicatorData.of("core_bench").get(1).value(), 0);
    }

    @Test
    void doublingTimeFitMatchesTheClosedForm() {
        List<IndicatorPoint> metr = IndicatorData.of("metr_horizon_50");
        TrendFits.DoublingTimeFit fit = TrendFits.doublingTime(metr);
        double doublings = Math.log(43200.0 / 30) / LOG2;
        double elapsed = metr.get(1).date() - metr.get(0).date();
        assertEquals(elapsed / doublings, fit.doublingTimeYears(), 1e-9);
        double se = Math.hypot(metr.get(0).dateSd(), metr.get(1).dateSd()) / doublings;
        assertEquals(se, fit.standardError(), 1e-9);
        assertEquals(0, fit.degreesOfFreedom());
        assertEquals(0, fit.chiSquare(), 1e-12);
        // 30 s in 2022.5 and 12 h in 2026.17: 10.49 doublings in 3.67 years
        assertEquals(0.3498, fit.doublingTimeYears(), 5e-4);
    }

    @Test
    void threePointFitHasAResidualAndIsPulledByTheExtraPoint() {
        List<IndicatorPoint> points = new java.util.ArrayList<>(IndicatorData.of("metr_horizon_50"));
        points.addAll(IndicatorData.of("ai2027_horizon"));
        TrendFits.DoublingTimeFit fit = TrendFits.doublingTime(points);
        assertEquals(1, fit.degreesOfFreedom());
        assertTrue(fit.chiSquare() > 0);
        assertTrue(fit.doublingTimeYears() > 0 && Double.isFinite(fit.standardError()));
    }

    @Test
    void logisticFitPassesThroughTwoPoints() {
        for (String name : List.of("swe_bench", "core_bench", "mle_bench")) {
            List<IndicatorPoint> pts = IndicatorData.of(name);
            TrendFits.LogisticFit fit = TrendFits.logistic(pts);
            for (IndicatorPoint p : pts) {
                assertEquals(p.value() / 100, fit.score(p.date()), 1e-8, name);
            }
            double l1 = Math.log(pts.get(0).value() / (100 - pts.get(0).value()));
            double l2 = Math.log(pts.get(1).value() / (100 - pts.get(1).value()));
            assertEquals((l2 - l1) / (pts.get(1).date() - pts.get(0).date()), fit.rate(), 1e-6, name);
            assertEquals(pts.get(1).date(), fit.dateReaching(pts.get(1).value() / 100), 1e-6, name);
        }
    }

    @Test
    void fitsRejectBadInput() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> TrendFits.doublingTime(IndicatorData.of("metr_horizon_50").subList(0, 1)));
        assertTrue(e.getMessage().contains("1 given"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> TrendFits.logistic(List.of(
                new IndicatorPoint("x", 2024, 0.1, 100, "percent", "s", "t"),
                new IndicatorPoint("x", 2025, 0.1, 50, "percent", "s", "t"))));
        assertTrue(e2.getMessage().contains("score 100.0") && e2.getMessage().contains("(0, 100)"),
                e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> new IndicatorPoint("x", 2024, Double.NaN, 1, "seconds", "s", "t"));
        assertTrue(e3.getMessage().contains("date_sd = NaN"), e3.getMessage());
    }

    @Property(seed = "20260504")
    void doublingsAndYearsAreInverse(@ForAll @DoubleRange(min = 0, max = 40) double n,
                                     @ForAll @DoubleRange(min = 0.05, max = 2) double td,
                                     @ForAll @DoubleRange(min = -0.5, max = 0.5) double delta) {
        double years = TimeHorizon.yearsForDoublings(n, td, delta);
        // recovering n from 1 - u = (1 - delta)^n loses about 1e-16 / ((1 - delta)^n |ln(1 - delta)|) to rounding
        double remaining = Math.exp(n * Math.log1p(-delta));
        double tolerance = 1e-9 * Math.max(1, n)
                + (delta == 0 ? 0 : 1e-14 / (remaining * Math.abs(Math.log1p(-delta))));
        assertEquals(n, TimeHorizon.doublings(years, td, delta), tolerance);
        if (delta > 0) {
            assertTrue(years < td / delta);
        }
    }

    @Test
    void exponentialHorizonWithoutNoiseMatchesTheClosedForm() {
        CapabilityModel m = new CapabilityModel(2026.17, 2036, 167);
        double[] p = {0.35, 0, 0, 12};
        TrajectorySink run = TrajectorySink.run(m, p, 11, 3);
        double[] series = run.series("log10_horizon_hours");
        for (int k = 0; k < series.length; k++) {
            double closed = TimeHorizon.log10Hours(2026.17 + k, 2026.17, 12, 0.35, 0);
            assertEquals(Math.log10(12) + k / 0.35 * Math.log10(2), closed, 1e-12);
            assertEquals(closed, series[k], 1e-9, "year " + k);
        }
        assertEquals(2026.17 + 0.35 * Math.log(167.0 / 12) / LOG2, run.get("horizon_reaches_threshold"), 1e-9);
        assertFalse(run.has("blow_up"));
        assertEquals(TimeHorizon.log10Hours(2036, 2026.17, 12, 0.35, 0), run.get("log10_horizon_hours_at_end"),
                1e-9);
    }

    @Property(tries = 200, seed = "20260504")
    void superexponentialBlowUpDateIsStartPlusDoublingTimeOverDelta(
            @ForAll @DoubleRange(min = 0.05, max = 1) double td,
            @ForAll @DoubleRange(min = 0.02, max = 0.9) double delta) {
        CapabilityModel m = new CapabilityModel(2026.17, 2200, 167);
        TrajectorySink run = TrajectorySink.run(m, new double[] {td, delta, 0, 12}, 5, 0);
        double expected = TimeHorizon.blowUpDate(2026.17, td, delta);
        assertEquals(2026.17 + td / delta, expected, 1e-12);
        assertEquals(expected, run.get("blow_up"), 1e-9, () -> "td " + td + " delta " + delta);
        assertTrue(run.get("horizon_reaches_threshold") < expected);
        assertFalse(run.has("log10_horizon_hours_at_end"));
        for (double v : run.series("log10_horizon_hours")) {
            assertFalse(Double.isInfinite(v));
        }
    }

    @Property(tries = 100, seed = "20260504")
    void reachingDatesAreMonotoneInTheThreshold(@ForAll @DoubleRange(min = 0.01, max = 1e5) double h1,
                                               @ForAll @DoubleRange(min = 0.01, max = 1e5) double h2,
                                               @ForAll @LongRange(min = 0, max = 1000) long run) {
        double lo = Math.min(h1, h2);
        double hi = Math.max(h1, h2);
        double[] p = {0.4, 0.05, 0.3, 12};
        TrajectorySink a = TrajectorySink.run(new CapabilityModel(2026.17, 2060, lo), p, 99, run);
        TrajectorySink b = TrajectorySink.run(new CapabilityModel(2026.17, 2060, hi), p, 99, run);
        if (b.has("horizon_reaches_threshold")) {
            assertTrue(a.has("horizon_reaches_threshold"));
            assertTrue(a.get("horizon_reaches_threshold") <= b.get("horizon_reaches_threshold"),
                    () -> "run " + run + ": " + lo + " h at " + a.get("horizon_reaches_threshold") + ", " + hi
                            + " h at " + b.get("horizon_reaches_threshold"));
        }
    }

    @Test
    void sameSeedAndRunGiveTheSameTrajectory() {
        CapabilityModel m = new CapabilityModel();
        double[] p = {0.35, 0.08, 0.5, 12};
        TrajectorySink a = TrajectorySink.run(m, p, 123, 77);
        TrajectorySink b = TrajectorySink.run(m, p, 123, 77);
        TrajectorySink c = TrajectorySink.run(m, p, 123, 78);
        assertArrayEquals(a.series("log10_horizon_hours"), b.series("log10_horizon_hours"));
        assertEquals(a.get("horizon_reaches_threshold"), b.get("horizon_reaches_threshold"));
        assertFalse(a.get("horizon_reaches_threshold") == c.get("horizon_reaches_threshold"));
    }

    @Test
    void badSettingsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new CapabilityModel(2026, 2026.5, 167));
        assertTrue(e.getMessage().contains("end_year = 2026.5"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> new CapabilityModel(2026, 2030, Double.NaN));
        assertTrue(e2.getMessage().contains("threshold_hours = NaN") && e2.getMessage().contains("[1.0E-4, 1.0E9]"),
                e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class,
                () -> new CapabilityModel().withSettings(Map.of("threshold", 1.0)));
        assertTrue(e3.getMessage().contains("'threshold'"), e3.getMessage());
    }

    /**
     * P(blow-up by the end) with T_d uniform on [0.2, 0.8] and delta uniform on [-0.1, 0.3], no noise: the run
     * blows up by 2036 when delta >= T_d / L with L = 2036 - 2026.17, so P = (0.3 - E[T_d] / L) / 0.4. The check at
     * 4.5 standard errors fails falsely with probability about 7e-6.
     */
    @Test
    void engineBlowUpProbabilityMatchesTheClosedForm() {
        long seed = 31;
        Experiment e = Experiment.builder(new CapabilityModel()).runs(10_000).seed(seed)
                .parameter("doubling_time_years", Distributions.uniform(0.2, 0.8))
                .parameter("superexponential_factor", Distributions.uniform(-0.1, 0.3))
                .eventTimes("blow_up", 2036).build();
        Result r = Engine.withThreads(2).run(e);
        double exact = (0.3 - 0.5 / (2036 - 2026.17)) / 0.4;
        Proportion p = r.event("blow_up").probabilityBy(2036);
        assertEquals(10_000, r.completed());
        assertEquals(exact, p.p(), 4.5 * Math.sqrt(exact * (1 - exact) / 10_000), "seed " + seed);
        assertEquals(10, r.series("log10_horizon_hours").length());
    }
}
