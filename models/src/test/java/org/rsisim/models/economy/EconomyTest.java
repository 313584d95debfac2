package org.rsisim.models.economy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.bottleneck.Amdahl;
import org.rsisim.models.explosion.TrajectorySink;

class EconomyTest {
    private static final double START = 2026.17;

    private static double[] params(double td, double half, double spread, double b, double s) {
        return new double[] {td, 12, half, spread, b, s};
    }

    @Property(tries = 200, seed = "20260504")
    void shareStaysUnderTheBottleneckAndEventsFollowTheClosedForm(
            @ForAll @DoubleRange(min = 0.1, max = 2) double td,
            @ForAll @DoubleRange(min = 1, max = 1e6) double half,
            @ForAll @DoubleRange(min = 0.1, max = 3) double spread,
            @ForAll @DoubleRange(min = 0, max = 0.95) double b,
            @ForAll @DoubleRange(min = 1, max = 1000) double s) {
        EconomyModel m = new EconomyModel(START, 2076);
        double[] p = params(td, half, spread, b, s);
        TrajectorySink run = TrajectorySink.run(m, p, 1, 0);
        for (double share : run.series("autonomous_share")) {
            assertTrue(share >= 0 && share <= 1 - b + 1e-15, "share " + share + " b " + b);
        }
        assertTrue(run.get("output_multiple_at_end") <= 1 / b * (1 + 1e-12));
        double t10 = EconomyModel.dateShareReaches(0.1, p, START);
        double t50 = EconomyModel.dateShareReaches(0.5, p, START);
        assertTrue(t10 <= t50, "10 % at " + t10 + " after 50 % at " + t50);
        if (run.has("share_passes_50pct")) {
            assertTrue(run.has("share_passes_10pct"));
            assertTrue(run.get("share_passes_10pct") <= run.get("share_passes_50pct"));
        }
        if (b >= 0.5) {
            assertFalse(run.has("share_passes_50pct"));
        }
    }

    @Test
    void eventDateIsWhereTheShareReachesItsLevel() {
        double[] p = params(0.35, 2000, 1, 0.3, 10);
        EconomyModel m = new EconomyModel();
        TrajectorySink run = TrajectorySink.run(m, p, 1, 0);
        double t50 = run.get("share_passes_50pct");
        assertTrue(t50 > START && t50 < 2046);
        // the share at that date, from the adoption formula written out here
        double log10h = Math.log10(12) + (t50 - START) * Math.log10(2) / 0.35;
        double share = 0.7 / (1 + Math.exp(-(log10h - Math.log10(2000))));
        assertEquals(0.5, share, 1e-12);
        double[] shares = run.series("autonomous_share");
        assertEquals(0.7 / (1 + Math.exp(-(Math.log10(12) - Math.log10(2000)))), shares[0], 1e-12);
    }

    @Test
    void outputGrowthIsTheDerivativeOfLogOutput() {
        double[] p = params(0.35, 2000, 1, 0.3, 10);
        EconomyModel m = new EconomyModel();
        double[] growth = TrajectorySink.run(m, p, 1, 0).series("output_growth");
        for (int k = 1; k < growth.length - 1; k++) {
            double t = START + k;
            double h = 1e-5;
            double up = Math.log(Amdahl.speedUp(share(p, t + h), 10));
            double down = Math.log(Amdahl.speedUp(share(p, t - h), 10));
            assertEquals((up - down) / (2 * h), growth[k], 1e-6 * Math.max(1, growth[k]), "year " + k);
        }
    }

    private static double share(double[] p, double t) {
        double log10h = Math.log10(12) + (t - START) * Math.log10(2) / p[0];
        return (1 - p[4]) / (1 + Math.exp(-(log10h - Math.log10(p[2])) / p[3]));
    }

    @Test
    void badSettingsAreNamed() {
        var e = assertThrows(IllegalArgumentException.class, () -> new EconomyModel(2026, 2026.2));
        assertTrue(e.getMessage().contains("end_year = 2026.2"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class,
                () -> new EconomyModel().withSettings(Map.of("start_year", Double.NaN)));
        assertTrue(e2.getMessage().contains("start_year = NaN") && e2.getMessage().contains("[2000.0, 2100.0]"),
                e2.getMessage());
    }

    /**
     * With only the bottleneck share uncertain (uniform on [0.1, 0.9]), autonomous firms reach 50 % within the
     * period exactly when b < 0.5 (but for b within 1e-26 of 0.5, where the date passes 2100), so P = 0.5. The
     * check at 4.5 standard errors fails falsely with probability about 7e-6.
     */
    @Test
    void engineEventProbabilityMatchesTheClosedForm() {
        long seed = 17;
        Experiment e = Experiment.builder(new EconomyModel(START, 2100)).runs(8192).seed(seed)
                .parameter("bottleneck_share", Distributions.uniform(0.1, 0.9))
                .eventTimes("share_passes_50pct", 2100).build();
        Result r = Engine.withThreads(2).run(e);
        Proportion p = r.event("share_passes_50pct").probabilityBy(2100);
        assertEquals(8192, r.completed());
        assertEquals(0.5, p.p(), 4.5 * Math.sqrt(0.25 / 8192), "seed " + seed);
    }

    @Test
    void modelCatalogListsTheseModels() {
        for (String name : List.of("bottleneck", "capability", "explosion", "economy")) {
            assertEquals(name, ModelCatalog.get(name).name());
            assertEquals(name, ModelCatalog.get(name).create().name());
        }
    }
}
