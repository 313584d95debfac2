package org.rsisim.models.sie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelCatalog;

/** {@link SieModel} and {@link SieDynamics}: closed forms, the source's definitions, settings and the binding. */
class SieModelTest {

    @Test
    void constantReturnsOfOneGiveConstantDoublingTimes() {
        // r = 1 and constant: a(r) = 0, so every doubling takes 3 / f months; 0.375 months at f = 8, exact in
        // binary, so the 48-month cap is reached after exactly 128 doublings (the ceiling, 800 doublings, is far).
        SieDynamics d = new SieDynamics(false, false, true, 48);
        int n = d.simulate(8, 1, 100, 0.3, 0.5);
        assertEquals(128, n);
        for (int i = 1; i <= n; i++) {
            assertEquals(0.375, d.doublingTime(i), 0);
        }
        // 32 doublings take exactly 12 months, which is not less than 12: the most within 12 months is 31.
        assertEquals(31, d.maxDoublingsWithin(12));
        assertEquals(31 / 8.0, d.yearsCompressedIntoOne(), 0);
        assertEquals(10, d.maxDoublingsWithin(4));
        assertTrue(d.condition(SieDynamics.SPEEDUP_3X_12MO));
        assertFalse(d.condition(SieDynamics.SPEEDUP_10X_4MO));
        assertFalse(d.condition(SieDynamics.SPEEDUP_10X_12MO));
        assertFalse(d.condition(SieDynamics.SPEEDUP_30X_4MO));
    }

    @Test
    void theCeilingStopsTheRunAtFourLOverSDoublings() {
        // Constant r > 1 accelerates without end; the ceiling (2^8)^11 = 2^88 stops it after 88 doublings.
        SieDynamics d = new SieDynamics(false, false, true, 48);
        assertEquals(88, d.simulate(8, 2, 11, 0.3, 0.5));
        // Each doubling is 2^(0.3 (1/2 - 1)) = 2^-0.15 times the last.
        for (int i = 2; i <= 88; i++) {
            assertEquals(Math.pow(2, -0.15), d.doublingTime(i) / d.doublingTime(i - 1), 1e-9);
        }
    }

    @Test
    void anInfiniteCeilingStopsAtTheOverflowOfSoftware() {
        // (2^(4 / 0.01))^100 overflows to infinity, so k = 0; with constant r = 2 the doublings shrink geometrically
        // and the time converges to about 3.8 months, far from the cap: software's overflow ends the run.
        SieDynamics d = new SieDynamics(false, false, false, 48);
        assertEquals(SieDynamics.MAX_DOUBLINGS, d.simulate(8, 2, 100, 0.3, 0.01));
        assertTrue(d.time(SieDynamics.MAX_DOUBLINGS) < 4, "time " + d.time(SieDynamics.MAX_DOUBLINGS));
    }

    @Test
    void fallingReturnsReachZeroAtTheCeiling() {
        // Returns 0.5 shrink by 0.5 / 24 per doubling at L = 3 (24 doublings); the doubling time grows by
        // 2^(lambda (1/r - 1)) with r after the decrement, so a run stops at the cap or when r reaches 0.
        SieDynamics d = new SieDynamics(false, false, false, 1200);
        int n = d.simulate(8, 0.5, 3, 0.3, 0.5);
        assertTrue(n <= 24, "at most the ceiling's 24 doublings, got " + n);
        double r = 0.5;
        for (int i = 2; i <= n; i++) {
            r -= 0.5 / (Math.log(Math.pow(Math.pow(2, 8), 3)) / Math.log(2));
            assertEquals(Math.pow(2, 0.3 * (1 / r - 1)), d.doublingTime(i) / d.doublingTime(i - 1), 1e-9);
        }
    }

    @Test
    void requiredDoublingsAreTheSourcesTruncations() {
        assertEquals(24, SieDynamics.requiredDoublings(12, 3, 0.5));
        assertEquals(26, SieDynamics.requiredDoublings(4, 10, 0.5));
        assertEquals(80, SieDynamics.requiredDoublings(12, 10, 0.5));
        assertEquals(80, SieDynamics.requiredDoublings(4, 30, 0.5));
    }

    @Test
    void theBindingRecordsWhatTheDynamicsCompute() {
        Model model = ModelCatalog.get("sie").create(Map.of("retraining_cost", 1.0));
        double[] p = {20, 2.5, 9, 0.5, 0.5};
        RunProbe probe = RunProbe.of(model, 1);
        assertTrue(probe.run(0, p));
        SieDynamics d = new SieDynamics(false, true, false, 48);
        int n = d.simulate(20, 2.5, 9, 0.5, 0.5);
        String[] names = {"speedup_3x_12mo", "speedup_10x_4mo", "speedup_10x_12mo", "speedup_30x_4mo"};
        for (int c = 0; c < SieDynamics.CONDITIONS; c++) {
            assertEquals(d.condition(c) ? 1.0 : 0.0, probe.metric(names[c]), names[c]);
        }
        assertEquals(d.yearsCompressedIntoOne(), probe.metric("years_compressed_into_one"));
        assertEquals(n, probe.metric("doublings"));
    }

    @Test
    void theCurveSeriesIsOnlyThereWithItsSettingAndItsMeanIsTheCurve() {
        assertEquals(6, ModelCatalog.get("sie").create().observables().size());
        Model model = ModelCatalog.get("sie").create(Map.of("years_curve", 1.0));
        assertEquals("years_compressed_curve", model.observables().get(6).name());
        Experiment e = Experiment.builder(model).runs(4096).seed(7)
                .parameter("initial_boost", org.rsisim.core.distribution.Distributions.logUniform(2, 32))
                .parameter("r_initial", org.rsisim.core.distribution.Distributions.logUniform(0.4, 3.6))
                .parameter("limit_years", org.rsisim.core.distribution.Distributions.uniform(6, 16))
                .build();
        Result r = Engine.withThreads(2).run(e);
        double[] curve = r.series("years_compressed_curve").mean();
        assertEquals(SieDynamics.CURVE_POINTS, curve.length);
        for (int j = 1; j < curve.length; j++) {
            assertTrue(curve[j] <= curve[j - 1] + 1e-12, "the curve never rises: " + j);
        }
        // At 3 years (24 doublings at s = 0.5, a whole number), the curve is P(speedup_3x_12mo); the grid point
        // nearest 3 years is 0.1 + 29 * 19.9 / 199 = 3.0 up to rounding, so compare at the metric instead.
        SieDynamics d = new SieDynamics(false, false, false, 48);
        d.simulate(8, 1.5, 11, 0.3, 0.5);
        assertEquals(d.condition(SieDynamics.SPEEDUP_3X_12MO) ? 1.0 : 0.0, d.curveShare(3.0), 0);
        assertEquals(d.condition(SieDynamics.SPEEDUP_10X_12MO) ? 1.0 : 0.0, d.curveShare(10.0), 0);
    }

    @Test
    void theCurveCarriesTheStandardErrorOfEachPointExceptUnderAntitheticPairs() {
        Model model = ModelCatalog.get("sie").create(Map.of("years_curve", 1.0));
        Experiment.Builder b = Experiment.builder(model).runs(4096).seed(11)
                .parameter("initial_boost", org.rsisim.core.distribution.Distributions.logUniform(2, 32))
                .parameter("r_initial", org.rsisim.core.distribution.Distributions.logUniform(0.4, 3.6))
                .parameter("limit_years", org.rsisim.core.distribution.Distributions.uniform(6, 16));
        Result r = Engine.withThreads(2).run(b.build());
        double[] mean = r.series("years_compressed_curve").mean();
        double[] se = r.series("years_compressed_curve").stderr();
        long[] count = r.series("years_compressed_curve").count();
        int checked = 0;
        for (int j = 0; j < mean.length; j++) {
            double p = mean[j];
            long n = count[j];
            // values lie in [0, 1], so the variance is at most p (1 - p) n / (n - 1); they are 0 or 1 but where a
            // run crosses, so it is close to that bound
            double bound = Math.sqrt(p * (1 - p) / (n - 1));
            assertTrue(se[j] <= bound * (1 + 1e-9), "step " + j + ": " + se[j] + " > " + bound);
            if (p > 0.1 && p < 0.9) {
                assertTrue(se[j] >= 0.8 * bound, "step " + j + ": " + se[j] + " << " + bound);
                checked++;
            }
        }
        assertTrue(checked > 20, "steps with p in (0.1, 0.9): " + checked);
        Result pairs = Engine.withThreads(2).run(b.antithetic(true).build());
        for (double x : pairs.series("years_compressed_curve").stderr()) {
            assertTrue(Double.isNaN(x), "no standard error from antithetic pairs");
        }
    }

    @Test
    void settingsAreChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelCatalog.get("sie").create(Map.of("compute_growth", 0.5)));
        assertTrue(e.getMessage().contains("compute_growth"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> ModelCatalog.get("sie").create(Map.of("max_time_months", 0.0)));
        assertTrue(e.getMessage().contains("max_time_months") && e.getMessage().contains("0.0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new SieDynamics(false, false, false, Double.NaN));
    }
}
