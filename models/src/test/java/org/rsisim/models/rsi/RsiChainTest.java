package org.rsisim.models.rsi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.core.Result;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.models.alignment.RecordingSink;

class RsiChainTest {
    private static final ModelProvider PROVIDER = ModelProvider.of(new RsiChain());

    /** The default parameters, by name, so tests can change a few. */
    static double[] params(Model model, Map<String, Double> changes) {
        double[] p = new double[model.parameters().size()];
        for (int i = 0; i < p.length; i++) {
            Parameter q = model.parameters().get(i);
            p[i] = changes.getOrDefault(q.name(), q.defaultValue());
        }
        for (String name : changes.keySet()) {
            model.parameterIndex(name);
        }
        return p;
    }

    @Test
    void withoutNoiseTheDatesAreTheClosedFormSumOfTrainingTimes() {
        RsiChain model = RsiChain.of(2026.337, 30, 2060, 0.9, 0.1, 0.9, 0.99);
        double base = 0.8;
        double share = 0.99;
        double s0 = 7;
        double e = 0.4;
        double k = 0.3;
        double m = 1.2;
        double w = 0.5;
        double p = 0.998;
        Map<String, Double> ch = new HashMap<>(Map.of("base_generation_years", base, "generation_time_spread", 0.0,
                "automatable_share", share, "ai_researcher_speed", s0, "researcher_speed_growth", e,
                "capability_step_ooms", k, "capability_step_spread", 0.0, "automation_midpoint_ooms", m,
                "automation_width_ooms", w));
        ch.put("fidelity_per_generation", p);
        RecordingSink run = RecordingSink.runOnce(model, params(model, ch), 5, 17);

        double t = 0;
        double automatedAt = Double.NaN;
        double from = Double.NaN;
        double takeoff = Double.NaN;
        double rate = Double.NaN;
        double fidelityAtAutomation = Double.NaN;
        int firstAutomated = -1;
        double[] elapsed = run.series(model, "years_since_start");
        for (int g = 0; g < 30; g++) {
            double level = g * k;
            double a = 1 / (1 + Math.exp(-(level - m) / w));
            double f = share * a;
            double speedUp = 1 / ((1 - f) + f / (s0 * Math.pow(10, e * level)));
            assertEquals(t, elapsed[g], 1e-12 * (1 + t), "years since start at generation " + g);
            assertEquals(level, run.series(model, "capability")[g], 1e-12, "capability at " + g);
            assertEquals(a, run.series(model, "automation")[g], 1e-12, "automation at " + g);
            assertEquals(Math.pow(p, g), run.series(model, "fidelity")[g], 1e-12, "fidelity at " + g);
            if (Double.isNaN(from) && a >= 0.1) {
                from = t;
            }
            if (firstAutomated < 0 && a >= 0.9) {
                firstAutomated = g;
                automatedAt = t;
                takeoff = t - from;
                rate = speedUp / base;
                fidelityAtAutomation = Math.pow(p, g);
            }
            t += base / speedUp;
        }
        assertTrue(firstAutomated > 2, "the case must automate after a few generations: " + firstAutomated);
        assertEquals(2026.337 + automatedAt, run.event(model, "automated_ai_rd"), 1e-9);
        assertEquals(takeoff, run.metric(model, "takeoff_years"), 1e-9);
        assertEquals(rate, run.metric(model, "generations_per_year"), 1e-9 * rate);
        assertEquals(fidelityAtAutomation, run.metric(model, "fidelity_at_automation"), 1e-12);
        // fidelity p^g falls below 0.99 at g = 6 (0.998^5 = 0.990, 0.998^6 = 0.988)
        assertEquals(firstAutomated > 5 ? 1 : 0, run.metric(model, "misaligned_before_automation"));
        assertEquals(1, run.metric(model, "misaligned_after_automation"));
    }

    @Test
    void generationsPerYearNeverExceedTheAmdahlCap() {
        // share 0.99 caps the speed-up at 100x: at most 100 / T generations a year without noise
        Model model = PROVIDER.create(Map.of("horizon", 2100.0, "generations", 60.0));
        for (double base : new double[] {0.1, 0.5, 1, 3}) {
            for (double speed : new double[] {1, 10, 1e3, 1e6}) {
                for (double growth : new double[] {0, 0.5, 3}) {
                    double[] p = params(model, Map.of("base_generation_years", base, "generation_time_spread", 0.0,
                            "ai_researcher_speed", speed, "researcher_speed_growth", growth,
                            "automation_midpoint_ooms", 0.5));
                    RecordingSink run = RecordingSink.runOnce(model, p, 3, 0);
                    double rate = run.metric(model, "generations_per_year");
                    assertTrue(rate <= 100 / base * (1 + 1e-12), "rate " + rate + " for T = " + base);
                    double[] t = run.series(model, "years_since_start");
                    for (int g = 1; g < t.length && !Double.isNaN(t[g]); g++) {
                        // dates are stored as calendar years minus the start date: 1e-11 absolute rounding
                        assertTrue(t[g] - t[g - 1] >= base / 100 - 1e-11, "generation " + g + " too fast");
                    }
                }
            }
        }
    }

    @Test
    void researchSpeedUpIsBoundedByItsBottleneckAndByTheResearchers() {
        for (double a = 0; a <= 1; a += 0.125) {
            for (double h : new double[] {0, 0.5, 0.99, 1}) {
                for (double l = 0; l < 5; l += 0.7) {
                    double s = 3 * Math.pow(10, 0.5 * l);
                    double speedUp = RsiChain.researchSpeedUp(a, h, 3, 0.5, l);
                    assertTrue(speedUp >= 1 - 1e-15, "speed-up below 1");
                    assertTrue(speedUp <= s * (1 + 1e-12), "speed-up above the researchers' speed");
                    if (h * a < 1) {
                        assertTrue(speedUp <= 1 / (1 - h * a) * (1 + 1e-12), "speed-up above 1 / (1 - f)");
                    }
                }
            }
        }
    }

    @Test
    void sameSeedAndRunGiveTheSameTrajectory() {
        Model model = PROVIDER.create();
        double[] p = params(model, Map.of("fidelity_dispersion", 0.3, "detection_probability", 0.5,
                "correction_fraction", 0.5));
        RecordingSink a = RecordingSink.runOnce(model, p, 2028, 99_999);
        RecordingSink b = RecordingSink.runOnce(model, p, 2028, 99_999);
        RecordingSink c = RecordingSink.runOnce(model, p, 2028, 100_000);
        for (String s : new String[] {"capability", "automation", "fidelity", "years_since_start"}) {
            assertArrayEquals(a.series(model, s), b.series(model, s), s);
        }
        assertArrayEquals(a.metrics(), b.metrics());
        assertArrayEquals(a.events(), b.events());
        assertFalse(Arrays.equals(a.series(model, "years_since_start"), c.series(model, "years_since_start")));
    }

    @Test
    void strongerOversightNeverLowersFidelityAndLeavesTimingAlone() {
        Model model = PROVIDER.create(Map.of("generations", 80.0, "horizon", 2100.0));
        for (long run = 0; run < 200; run++) {
            double[] weak = params(model, Map.of("fidelity_dispersion", 0.3, "fidelity_per_generation", 0.99,
                    "detection_probability", 0.3, "correction_fraction", 0.4, "evaluation_awareness", 0.5));
            double[] strong = params(model, Map.of("fidelity_dispersion", 0.3, "fidelity_per_generation", 0.99,
                    "detection_probability", 0.8, "correction_fraction", 0.6, "evaluation_awareness", 0.2));
            RecordingSink w = RecordingSink.runOnce(model, weak, 11, run);
            RecordingSink s = RecordingSink.runOnce(model, strong, 11, run);
            assertArrayEquals(w.series(model, "years_since_start"), s.series(model, "years_since_start"));
            double[] fw = w.series(model, "fidelity");
            double[] fs = s.series(model, "fidelity");
            for (int g = 0; g < fw.length && !Double.isNaN(fw[g]); g++) {
                assertTrue(fs[g] >= fw[g], "seed 11, run " + run + ", generation " + g);
                assertTrue(fw[g] >= 0 && fs[g] <= 1);
            }
        }
    }

    @Test
    void eventDatesAreMonotoneInTheirThresholds() {
        double previous = Double.NEGATIVE_INFINITY;
        for (double threshold : new double[] {0.2, 0.5, 0.8, 0.9, 0.99}) {
            Model model = PROVIDER.create(Map.of("automation_threshold", threshold));
            double date = RecordingSink.runOnce(model, params(model, Map.of()), 8, 3).event(model,
                    "automated_ai_rd");
            assertTrue(date >= previous, "threshold " + threshold + ": " + date + " < " + previous);
            previous = date;
        }
    }

    @Test
    void finiteTimeBlowUpStaysFinite() {
        // no bottleneck (share 1) and researchers that speed up ten orders of magnitude per order of capability:
        // training times collapse to 0 within a few generations and the speed-up overflows
        Model model = PROVIDER.create(Map.of("generations", 2000.0, "horizon", 3000.0));
        Experiment e = Experiment.builder(model).runs(640).seed(4)
                .parameter("automatable_share", 1).parameter("ai_researcher_speed", 1e6)
                .parameter("researcher_speed_growth", 10).parameter("capability_step_ooms", 10)
                .parameter("automation_midpoint_ooms", 0).parameter("automation_width_ooms", 0.01).build();
        Result r = Engine.withThreads(2).run(e);
        assertEquals(640, r.completed(), "every run completes: " + r.manifest());
        assertEquals(0, r.diverged());
        double[] elapsed = r.series("years_since_start").mean();
        assertTrue(Double.isFinite(elapsed[1999]) && elapsed[1999] < 2, "dates converge: " + elapsed[1999]);
        assertEquals(640, r.series("capability").count()[1999]);
    }

    @Test
    void runsStopAtTheHorizon() {
        Model model = PROVIDER.create(Map.of("horizon", 2030.0));
        RecordingSink run = RecordingSink.runOnce(model, params(model, Map.of("base_generation_years", 100.0)), 1,
                0);
        double[] elapsed = run.series(model, "years_since_start");
        assertEquals(0, elapsed[0]);
        assertTrue(Double.isNaN(elapsed[1]), "generation 1 comes after the horizon and is not recorded");
        assertTrue(Double.isNaN(run.event(model, "automated_ai_rd")), "censored");
        assertEquals(0, run.metric(model, "misaligned_before_automation"));
        assertEquals(0, run.metric(model, "misaligned_after_automation"));
    }

    @Test
    void badSettingsAreRefusedWithNameValueAndRange() {
        var e = assertThrows(IllegalArgumentException.class, () -> PROVIDER.create(Map.of("horizon", 2020.0)));
        assertTrue(e.getMessage().startsWith("setting horizon = 2020.0 is outside its allowed range (2026.33"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PROVIDER.create(Map.of("takeoff_from", 0.5, "takeoff_to", 0.4)));
        assertEquals("setting takeoff_to = 0.4 is outside its allowed range (0.5 (takeoff_from), 1]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PROVIDER.create(Map.of("automation_threshold", 0.0)));
        assertEquals("setting automation_threshold = 0.0 is outside its allowed range [0.001, 1.0]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PROVIDER.create(Map.of("generations", 4.5)));
        assertTrue(e.getMessage().contains("generations = 4.5 is not a whole number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PROVIDER.create(Map.of("start_date", Double.NaN)));
        assertTrue(e.getMessage().startsWith("setting start_date = NaN is outside"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PROVIDER.create(Map.of("horizn", 2030.0)));
        assertTrue(e.getMessage().contains("no setting 'horizn'"), e.getMessage());
        Model model = PROVIDER.create();
        e = assertThrows(IllegalArgumentException.class,
                () -> Experiment.builder(model).parameter("automatable_share", 1.5).build());
        assertTrue(e.getMessage().contains("automatable_share"), e.getMessage());
    }

    @Test
    void catalogHasTheModelWithDefaultsInRange() {
        Model m = ModelCatalog.get("rsi-chain").create();
        assertEquals(RsiChain.NAME, m.name());
        assertEquals(RsiChain.ESSAY_DATE, ((RsiChain) m).startDate());
        assertEquals(2026.337, RsiChain.ESSAY_DATE, 5e-4);
        for (Parameter p : m.parameters()) {
            assertTrue(p.allows(p.defaultValue()), p.toString());
        }
    }
}
