package org.rsisim.models.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.models.explosion.TrajectorySink;

class BottleneckTest {

    /** Task shares summing to 1 with speed-ups, for CES properties. */
    record Tasks(double[] w, double[] s) {
    }

    @Provide
    Arbitrary<Tasks> tasks() {
        Arbitrary<double[]> raw = Arbitraries.doubles().between(0.001, 1).ofScale(4).array(double[].class).ofMinSize(1)
                .ofMaxSize(6);
        return raw.flatMap(r -> Arbitraries.doubles().between(1, 1e6).array(double[].class).ofSize(r.length)
                .map(s -> {
                    double sum = 0;
                    for (double v : r) {
                        sum += v;
                    }
                    double[] w = new double[r.length];
                    for (int i = 0; i < r.length; i++) {
                        w[i] = r[i] / sum;
                    }
                    return new Tasks(w, s);
                }));
    }

    @Property(seed = "20260504")
    void amdahlNeverExceedsItsCeilingOrTheSpeedUp(@ForAll @DoubleRange(min = 0, max = 1, maxIncluded = false)
                                                  double f, @ForAll @DoubleRange(min = 1, max = 1e9) double s) {
        double speedUp = Amdahl.speedUp(f, s);
        assertTrue(speedUp <= 1 / (1 - f), () -> "f=" + f + " s=" + s + " speed-up " + speedUp);
        assertTrue(speedUp <= s * (1 + 1e-15), () -> "f=" + f + " s=" + s + " speed-up " + speedUp);
        assertTrue(speedUp >= 1 - 1e-15, () -> "f=" + f + " s=" + s + " speed-up " + speedUp);
    }

    @Property(seed = "20260504")
    void cesAtSigmaZeroIsAmdahlAndTendsToItAsSigmaFalls(@ForAll("tasks") Tasks t) {
        double amdahl = Amdahl.speedUp(t.w(), t.s());
        assertEquals(amdahl, Ces.speedUp(t.w(), t.s(), 0), amdahl * 1e-14);
        assertEquals(amdahl, Ces.speedUp(t.w(), t.s(), 1e-9), amdahl * 1e-6);
        // Leontief output at sigma = 0 is the minimum, and the rho form tends to it
        double min = Double.POSITIVE_INFINITY;
        for (double v : t.s()) {
            min = Math.min(min, v);
        }
        assertEquals(min, Ces.output(t.w(), t.s(), 0), 0);
        assertEquals(min, Ces.output(t.w(), t.s(), 1e-4), min * 1e-2);
    }

    @Property(seed = "20260504")
    void cesAtSigmaOneIsCobbDouglas(@ForAll("tasks") Tasks t) {
        double log = 0;
        for (int i = 0; i < t.w().length; i++) {
            log += t.w()[i] * Math.log(t.s()[i]);
        }
        double geometric = Math.exp(log);
        assertEquals(geometric, Ces.speedUp(t.w(), t.s(), 1), geometric * 1e-12);
        assertEquals(geometric, Ces.output(t.w(), t.s(), 1), geometric * 1e-12);
        // continuous through sigma = 1 on both sides
        assertEquals(geometric, Ces.speedUp(t.w(), t.s(), 1 + 1e-9), geometric * 1e-6);
        assertEquals(geometric, Ces.speedUp(t.w(), t.s(), 1 - 1e-9), geometric * 1e-6);
    }

    @Property(seed = "20260504")
    void cesSpeedUpRisesWithSigmaBetweenSlowestAndFastest(@ForAll("tasks") Tasks t,
                                                         @ForAll @DoubleRange(min = 0, max = 50) double a,
                                                         @ForAll @DoubleRange(min = 0, max = 50) double b) {
        double lo = Math.min(a, b);
        double hi = Math.max(a, b);
        double sLo = Ces.speedUp(t.w(), t.s(), lo);
        double sHi = Ces.speedUp(t.w(), t.s(), hi);
        assertTrue(sLo <= sHi * (1 + 1e-12), () -> "sigma " + lo + " -> " + sLo + ", " + hi + " -> " + sHi);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double v : t.s()) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        assertTrue(sLo >= min * (1 - 1e-12) && sHi <= max * (1 + 1e-12));
        assertEquals(max, Ces.speedUp(t.w(), t.s(), Double.POSITIVE_INFINITY), 0);
    }

    @Test
    void limitsAndEdgeValues() {
        double[] w = {0.25, 0.75};
        assertEquals(0.25 * 2 + 0.75 * 8, Ces.output(w, new double[] {2, 8}, Double.POSITIVE_INFINITY), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, Ces.speedUp(w, new double[] {2, Double.POSITIVE_INFINITY}, 2));
        assertEquals(1 / (0.25 / 2), Ces.speedUp(w, new double[] {2, Double.POSITIVE_INFINITY}, 0), 1e-12);
        assertEquals(8, Ces.powerMean(new double[] {0, 1}, new double[] {1e300, 8}, 3), 1e-12);
        assertTrue(Double.isNaN(Ces.speedUp(w, new double[] {2, Double.NaN}, 0.5)));
        // sigma = 0 time share of research: Amdahl's (w_r / s_r) / total
        double[] s = {52, 1};
        double[] wr = {0.99, 0.01};
        assertEquals(0.01 / (0.01 + 0.99 / 52), Ces.workShare(wr, s, 0, 1), 1e-12);
        // large sigma does not overflow
        assertEquals(1e6, Ces.speedUp(wr, new double[] {1e6, 1}, 1000), 1e6 * 1e-2);
        // a fast task whose weight is lost in rounding (1 - w == 1) leaves the slow task's speed-up, not 0:
        // (w 10^99 + 1)^(1/99) with w = 4.9e-324 is 1 to double precision
        double tiny = Double.MIN_VALUE;
        assertEquals(1.0, Ces.speedUp(new double[] {tiny, 1 - tiny}, new double[] {10, 1}, 100), 1e-15);
        // and where the fast task's weight does count, the same form keeps it: w = 1e-90, 10^99 w = 1e9
        double expected = Math.pow(1e-90 * 1e99 + (1 - 1e-90), 1.0 / 99);
        assertEquals(expected, Ces.speedUp(new double[] {1e-90, 1 - 1e-90}, new double[] {10, 1}, 100),
                expected * 1e-12);
    }

    @Test
    void aiResearchPipelineIsCappedAtOneHundred() {
        Pipeline p = Pipeline.aiResearch();
        assertEquals(100, p.ceiling(), 1e-9);
        assertEquals(Amdahl.speedUp(0.99, 52), p.speedUp(52), 1e-12);
        assertTrue(Pipeline.economy().ceiling() < 1 / 0.30);
        assertEquals(p.speedUp(52), p.withSigma(0).speedUp(52, new double[2]), 0);
        assertTrue(p.withSigma(0.5).speedUp(52) > p.speedUp(52));
    }

    @Test
    void badInputIsNamedWithItsRange() {
        var e1 = assertThrows(IllegalArgumentException.class, () -> new Stage("trials", 0.5, 1.5, 2));
        assertTrue(e1.getMessage().contains("automatedShare = 1.5") && e1.getMessage().contains("[0, 1]"),
                e1.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> new Stage("trials", Double.NaN, 0.5, 2));
        assertTrue(e2.getMessage().contains("weight = NaN") && e2.getMessage().contains("(0, 1]"), e2.getMessage());
        var e3 = assertThrows(IllegalArgumentException.class, () -> new Stage("trials", 0.5, 0.5, 0.5));
        assertTrue(e3.getMessage().contains("speedCap = 0.5"), e3.getMessage());
        var e4 = assertThrows(IllegalArgumentException.class,
                () -> Pipeline.of("p", new Stage("a", 0.5, 1, 2), new Stage("b", 0.4, 0, 1)));
        assertTrue(e4.getMessage().contains("sum to 0.9"), e4.getMessage());
        var e5 = assertThrows(IllegalArgumentException.class, () -> Pipeline.aiResearch().withSigma(-1));
        assertTrue(e5.getMessage().contains("sigma = -1.0"), e5.getMessage());
        var e6 = assertThrows(IllegalArgumentException.class, () -> Pipeline.aiResearch().speedUp(0.5));
        assertTrue(e6.getMessage().contains("aiSpeed = 0.5"), e6.getMessage());
        var e7 = assertThrows(IllegalArgumentException.class,
                () -> new BottleneckModel().withSettings(java.util.Map.of("sigma", 1.0)));
        assertTrue(e7.getMessage().contains("'sigma'"), e7.getMessage());
    }

    @Test
    void singleRunMatchesAmdahl() {
        BottleneckModel m = new BottleneckModel();
        TrajectorySink run = TrajectorySink.run(m, TrajectorySink.defaults(m), 1, 0);
        assertEquals(1 / (0.01 + 0.99 / 52), run.get("speed_up"), 1e-12);
        assertEquals(100, run.get("ceiling"), 1e-9);
        double[] curve = run.series("speed_up_by_engineering_speed");
        assertEquals(1, curve[0], 1e-15);
        assertEquals(Amdahl.speedUp(0.99, 1e6), curve[24], 1e-9);
    }

    /**
     * Monte Carlo mean of the speed-up against its expectation by quadrature, engineering speed uniform on
     * [10, 100]. The check at 4.5 standard errors fails falsely with probability about 7e-6.
     */
    @Test
    void engineMeanMatchesQuadrature() {
        long seed = 7;
        Experiment e = Experiment.builder(new BottleneckModel()).runs(20_000).seed(seed)
                .parameter("engineering_speed", Distributions.uniform(10, 100)).build();
        Result r = Engine.withThreads(2).run(e);
        MetricSummary m = r.metric("speed_up");
        int n = 100_000;
        double h = 90.0 / n;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double s = 10 + i * h;
            double weight = i == 0 || i == n ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += weight * Amdahl.speedUp(0.99, s);
        }
        double exact = sum * h / 3 / 90;
        assertEquals(20_000, r.completed());
        assertEquals(exact, m.mean().value(), 4.5 * m.mean().stderr(), "seed " + seed);
        assertEquals(List.of(), r.failures());
    }
}
