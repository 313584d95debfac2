package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;

/** The bundled scenarios, run through the engine: the figures their files' comments state. */
class BundledScenarioTest {

    /**
     * The full clark-2028 scenario, 10^6 runs with its own seed, through the engine on every core. Both estimates
     * and their 95 % Wilson intervals must lie inside the calibration bands. At the calibrated values the estimates
     * sit within 0.002 of the targets with a standard error of 0.0005, so a false failure needs a 30-sigma
     * deviation.
     */
    @Test
    void clark2028HitsTheEssaysProbabilitiesAtAMillionRuns() {
        NamedScenario s = ScenarioCatalog.get("clark-2028");
        assertEquals(1_000_000, s.experiment().runs());
        Result r = Engine.create().run(s.experiment());
        assertEquals(1_000_000, r.completed());
        Proportion by2028 = r.event("automated_ai_rd").probabilityBy(2028.0);
        Proportion by2029 = r.event("automated_ai_rd").probabilityBy(2029.0);
        String seed = "seed " + s.experiment().seed() + ": " + by2028 + " " + by2029;
        assertTrue(by2028.lower() >= 0.28 && by2028.upper() <= 0.32, seed);
        assertTrue(by2029.lower() >= 0.58 && by2029.upper() <= 0.62, seed);
    }

    @Test
    void takeoffAlignmentShowsRiskBeforeAndAfterAutomation() {
        NamedScenario s = ScenarioCatalog.get("takeoff-alignment");
        Result r = Engine.withThreads(2).run(s.experiment().withRuns(50_000));
        assertEquals(50_000, r.completed());
        double before = r.metric("misaligned_before_automation").mean().value();
        double after = r.metric("misaligned_after_automation").mean().value();
        assertEquals(50_000, r.metric("misaligned_before_automation").count());
        // fidelity only falls, so most misalignment comes after automation, when generations are many and fast
        assertTrue(before > 0 && after > before && before + after <= 1, before + " " + after);
        double f = r.metric("fidelity_at_automation").mean().value();
        assertTrue(f > 0.9 && f < 1, "fidelity at automation " + f);
    }

    @Test
    void everyBundledScenarioIsNamedAndDescribedAsItsFile() {
        assertEquals(List.of("clark-2028", "alignment-compounding", "oversight-race", "takeoff-alignment",
                "ai-rd-amdahl", "horizon-superexponential", "software-explosion", "machine-economy", "sie-2025",
                "sie-2025-compute-growth", "sie-2025-retraining", "sie-2025-constant-r", "ai-futures-2025",
                "ftm-2023"),
                ScenarioCatalog.names());
        for (NamedScenario s : ScenarioCatalog.all()) {
            assertEquals(s.name(), s.experiment().name());
            assertTrue(s.description().length() > 50, s.name());
            assertTrue(s.text().contains("name: " + s.name() + "\n"), s.name());
        }
    }

    @Test
    void bundledScenariosKeepTheirRunCountsAndSeeds() {
        Object[][] expected = {
            {"clark-2028", 1_000_000L, 2028L}, {"alignment-compounding", 10_000L, 455L},
            {"oversight-race", 100_000L, 2026L}, {"takeoff-alignment", 200_000L, 2027L},
            {"ai-rd-amdahl", 100_000L, 2026L}, {"horizon-superexponential", 100_000L, 2026L},
            {"software-explosion", 10_000L, 2026L}, {"machine-economy", 100_000L, 2026L},
            {"sie-2025", 1_000_000L, 2025L}, {"sie-2025-compute-growth", 1_000_000L, 2025L},
            {"sie-2025-retraining", 1_000_000L, 2025L}, {"sie-2025-constant-r", 1_000_000L, 2025L},
            {"ai-futures-2025", 10_000L, 2025L}, {"ftm-2023", 10_000L, 2023L}};
        for (Object[] row : expected) {
            var e = ScenarioCatalog.get((String) row[0]).experiment();
            assertEquals(row[1], e.runs(), (String) row[0]);
            assertEquals(row[2], e.seed(), (String) row[0]);
        }
        assertEquals(6400, ScenarioCatalog.get("oversight-race").experiment().blockSize());
    }

    @Test
    void alignmentCompoundingGivesPowerOfPThroughTheEngine() {
        NamedScenario scenario = ScenarioCatalog.get("alignment-compounding");
        Result r = Engine.withThreads(2).run(scenario.experiment().withRuns(2_000));
        SeriesBands fidelity = r.series("fidelity");
        assertEquals(501, fidelity.length());
        for (int n = 0; n <= 500; n++) {
            double exact = Math.pow(0.999, n);
            assertEquals(2_000, fidelity.count()[n]);
            assertEquals(exact, fidelity.mean()[n], 1e-9, "mean at generation " + n);
            // every run has the same value, so the quantiles are clamped to the exact minimum and maximum
            assertEquals(exact, fidelity.p05()[n], 1e-9, "p05 at generation " + n);
            assertEquals(exact, fidelity.p95()[n], 1e-9, "p95 at generation " + n);
            assertEquals(n >= 106 ? 1 : 0, r.series("below_threshold").mean()[n], "below 0.9 at " + n);
        }
        assertEquals(0.951206, fidelity.mean()[50], 1e-6);
        assertEquals(0.606379, fidelity.mean()[500], 1e-6);
        EventSummary first = r.event("first_below_threshold");
        assertEquals(0, first.probabilityBy(100).p());
        assertEquals(1, first.probabilityBy(106).p());
        assertEquals(Math.pow(0.999, 500), r.metric("final_fidelity").mean().value(), 1e-9);
    }

    @Test
    void oversightRaceRunsAndMisalignmentOnlyAccumulates() {
        NamedScenario scenario = ScenarioCatalog.get("oversight-race");
        Result r = Engine.withThreads(2).run(scenario.experiment().toBuilder().runs(20_000).blockSize(5120).build());
        assertEquals(20_000, r.completed());
        double[] below = r.series("below_threshold").mean();
        for (int n = 1; n < below.length; n++) {
            assertTrue(below[n] >= below[n - 1], "P(below) must not fall, generation " + n);
        }
        // awareness lets fidelity fall below 0.9 in a sizeable share of runs, but oversight keeps most above 0.9
        // for 50 generations, where without oversight p^50 = 0.951 is the mean
        assertTrue(below[200] > 0.3 && below[50] < 0.5, Arrays.toString(new double[] {below[50], below[200]}));
    }

    @Test
    void bottleneckCapabilityAndEconomyScenariosRun() {
        for (String name : List.of("ai-rd-amdahl", "horizon-superexponential", "machine-economy")) {
            var s = ScenarioCatalog.get(name);
            Result r = Engine.withThreads(2).run(s.experiment().withRuns(2048));
            assertEquals(2048, r.completed(), name + " " + r.failures());
        }
    }

    /** The published priors through the engine: every run completes and the metric summaries are consistent. */
    @Test
    void softwareExplosionRunsThroughTheEngine() {
        NamedScenario s = ScenarioCatalog.get("software-explosion");
        Result r = Engine.withThreads(2).run(s.experiment().withRuns(512));
        assertEquals(512, r.completed(), () -> "failures " + r.failures());
        assertEquals(List.of(), r.failures());
        MetricSummary years = r.metric("years_compressed_into_one");
        assertEquals(512, years.count());
        assertTrue(years.min() > 0 && years.max() >= years.mean().value(), years.toString());
        assertEquals(0, r.diverged());
        var sustained = r.event("sustained_speed_up");
        assertTrue(sustained.probabilityBy(0.25).p() <= sustained.probabilityBy(5).p());
        // with the published priors the ceiling (at most 16 orders of magnitude) is near within ten years for
        // some runs and not for others
        double ceiling = r.event("ceiling_reached").probabilityBy(10).p();
        assertTrue(ceiling > 0 && ceiling < 1, "P(ceiling by 10 years) " + ceiling);
    }
}
