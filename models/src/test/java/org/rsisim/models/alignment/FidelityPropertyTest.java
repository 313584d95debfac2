package org.rsisim.models.alignment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

class FidelityPropertyTest {
    private static final AlignmentModel MODEL = AlignmentModel.of(60, 0.9);

    /** One setting of the model's parameters plus a second, stronger oversight, and the run to compare. */
    record Case(double p, double dispersion, double d1, double d2, double c1, double c2, double a1, double a2,
                double growth, long seed, long run) {
        double[] weaker() {
            return new double[] {p, dispersion, d1, c1, a1, growth};
        }

        double[] stronger() {
            return new double[] {p, dispersion, d2, c2, a2, growth};
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).withSpecialValue(0.0).withSpecialValue(1.0);
        Arbitrary<Double> p = Arbitraries.doubles().between(0, 1).withSpecialValue(0.999).withSpecialValue(0.0)
                .withSpecialValue(1.0);
        Arbitrary<Double> dispersion = Arbitraries.doubles().between(0, 0.5).withSpecialValue(0.0)
                .withSpecialValue(0.5).withSpecialValue(1e-6);
        Arbitrary<Double> awareness = Arbitraries.doubles().between(0, 10).withSpecialValue(0.0);
        Arbitrary<Double> growth = Arbitraries.doubles().between(0, 10).withSpecialValue(0.0);
        Arbitrary<double[]> pairs = Combinators.combine(unit, unit, unit, unit, awareness, awareness)
                .as((x1, x2, y1, y2, z1, z2) -> new double[] {Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2),
                    Math.max(y1, y2), Math.max(z1, z2), Math.min(z1, z2)});
        return Combinators.combine(p, dispersion, pairs, growth, Arbitraries.longs(),
                Arbitraries.longs().between(0, 1L << 40))
                .as((pp, disp, o, g, seed, run) -> new Case(pp, disp, o[0], o[1], o[2], o[3], o[4], o[5], g, seed,
                        run));
    }

    @Property(tries = 400, seed = "20260504")
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void fidelityStaysInUnitIntervalAndNeverRises(@ForAll("cases") Case c) {
        Statistics.label("dispersion").collect(c.dispersion() == 0 ? "zero" : "positive");
        Statistics.label("p").collect(c.p() == 0 || c.p() == 1 ? "edge" : "inside");
        double[] f = RecordingSink.runOnce(MODEL, c.weaker(), c.seed(), c.run()).series(MODEL, "fidelity");
        for (int g = 0; g < f.length; g++) {
            assertTrue(f[g] >= 0 && f[g] <= 1, "generation " + g + ": " + f[g] + " for " + c);
            if (g > 0) {
                assertTrue(f[g] <= f[g - 1], "fidelity rose at generation " + g + " for " + c);
            }
        }
        // the edge regimes must be generated, not only the interior
        Statistics.label("dispersion").coverage(k -> k.check("zero").percentage(x -> x > 2));
        Statistics.label("p").coverage(k -> k.check("edge").percentage(x -> x > 2));
    }

    @Property(tries = 400, seed = "20260504")
    void strongerOversightNeverLowersFidelityOnTheSameRandomNumbers(@ForAll("cases") Case c) {
        double[] weak = RecordingSink.runOnce(MODEL, c.weaker(), c.seed(), c.run()).series(MODEL, "fidelity");
        double[] strong = RecordingSink.runOnce(MODEL, c.stronger(), c.seed(), c.run()).series(MODEL, "fidelity");
        for (int g = 0; g < weak.length; g++) {
            assertTrue(strong[g] >= weak[g], "generation " + g + ": " + strong[g] + " < " + weak[g] + " for " + c);
        }
    }
}
