package org.rsisim.models.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.Result;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.core.Sink;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.Estimate;

class PairedComparisonTest {
    /** The 0.9995 normal quantile: a 99.9 % interval, so each check fails with probability 0.001 over seeds. */
    private static final double Z999 = 3.2905;

    private static Experiment side(GrowthModel model, double theta, long seed) {
        return Experiment.builder(model).name("theta=" + theta).runs(20_000).seed(seed).parameter("theta", theta)
                .parameter("rate", Distributions.uniform(1, 2)).eventTimes("takeoff", 2026.0, 2027.0).build();
    }

    /** {@code P(T <= 2025 + s)} with rate ~ U(1, 2): {@code 1 - (exp(-theta s) - exp(-2 theta s)) / (theta s)}. */
    private static double probability(double theta, double s) {
        return 1 - (Math.exp(-theta * s) - Math.exp(-2 * theta * s)) / (theta * s);
    }

    private static void assertCovers(double truth, Estimate e, long seed, String what) {
        assertTrue(Math.abs(e.value() - truth) <= Z999 * e.stderr(), what + ": " + e + " against " + truth
                + ", seed " + seed);
        assertEquals(e.value() - Estimate.Z95 * e.stderr(), e.lower(), 1e-12);
    }

    @Test
    void differenceCoversTheTruthWithALargeVarianceReduction() {
        long seed = 42;
        GrowthModel m = new GrowthModel();
        PairedReport r = PairedComparison.of(side(m, 0.5, seed), side(m, 0.6, seed)).compare(Engine.withThreads(2));
        assertEquals(20_000, r.completedPairs());
        assertEquals(List.of("growth", "takeoff<=2026.0", "takeoff<=2027.0"),
                r.differences().stream().map(PairedDifference::quantity).toList());

        PairedDifference g = r.difference("growth");
        double truth = Math.exp(0.18) - Math.exp(0.125);
        assertCovers(truth, g.difference(), seed, "growth difference");
        assertCovers(Math.exp(0.125), g.a(), seed, "growth A");
        // closed form: Var A = e^0.5 - e^0.25, Var B = e^0.72 - e^0.36, Cov = e^0.605 - e^0.305, factor 27.1
        double va = Math.exp(0.5) - Math.exp(0.25);
        double vb = Math.exp(0.72) - Math.exp(0.36);
        double cov = Math.exp(0.605) - Math.exp(0.305);
        double factor = (va + vb) / (va + vb - 2 * cov);
        assertTrue(g.varianceReductionFactor() > 5, "factor " + g.varianceReductionFactor() + ", seed " + seed);
        // the sample ratio of variances of log-normal data converges slowly: within 25 % of the closed form
        assertEquals(factor, g.varianceReductionFactor(), 0.25 * factor, "seed " + seed);

        for (double t : new double[] {2026.0, 2027.0}) {
            PairedDifference p = r.eventDifference("takeoff", t);
            assertTrue(p.isEvent());
            assertCovers(probability(0.6, t - 2025) - probability(0.5, t - 2025), p.difference(), seed,
                    "P difference at " + t);
            assertCovers(probability(0.5, t - 2025), p.a(), seed, "P A at " + t);
            assertTrue(p.varianceReductionFactor() > 5, "factor " + p.varianceReductionFactor() + " at " + t);
        }
    }

    @Test
    void eachSideIsExactlyItsOwnExperiment() {
        long seed = 7;
        GrowthModel m = new GrowthModel();
        Experiment a = side(m, 0.5, seed).withRuns(4096);
        Experiment b = side(m, 0.9, seed).withRuns(4096);
        PairedReport r = PairedComparison.of(a, b).compare(Engine.withThreads(1));
        Result ra = Engine.withThreads(1).run(a);
        Result rb = Engine.withThreads(1).run(b);
        assertEquals(ra.metric("growth").mean(), r.difference("growth").a());
        assertEquals(rb.metric("growth").mean(), r.difference("growth").b());
        assertEquals(ra.event("takeoff").probabilityBy(2027.0).p(), r.eventDifference("takeoff", 2027.0).a()
                .value(), 1e-15);
    }

    /** GrowthModel whose simulation accepts a draw only when {@code rate < 1.5}. */
    private static Model gated(GrowthModel m) {
        return new Model() {
            @Override
            public String name() {
                return "gated-growth";
            }

            @Override
            public List<Parameter> parameters() {
                return m.parameters();
            }

            @Override
            public List<Observable> observables() {
                return m.observables();
            }

            @Override
            public Simulation newSimulation(RunStreams streams) {
                Simulation inner = m.newSimulation(streams);
                int rate = m.parameterIndex("rate");
                return new Simulation() {
                    @Override
                    public void run(double[] parameters, Sink sink) {
                        inner.run(parameters, sink);
                    }

                    @Override
                    public boolean accepts(double[] parameters) {
                        return parameters[rate] < 1.5;
                    }
                };
            }
        };
    }

    @Test
    void eachSideRedrawsAsTheEngineDoes() {
        long seed = 8;
        Model g = gated(new GrowthModel());
        Experiment a = Experiment.builder(g).runs(4096).seed(seed).parameter("theta", 0.5)
                .parameter("rate", Distributions.uniform(1, 2)).eventTimes("takeoff", 2027.0)
                .redraw(100, List.of()).build();
        Experiment b = a.toBuilder().parameter("theta", 0.9).build();
        PairedReport r = PairedComparison.of(a, b).compare(Engine.withThreads(2));
        Result ra = Engine.withThreads(1).run(a);
        Result rb = Engine.withThreads(1).run(b);
        assertTrue(ra.rejectedDraws() > 1000, "rejected " + ra.rejectedDraws());
        assertEquals(ra.metric("growth").mean(), r.difference("growth").a());
        assertEquals(rb.metric("growth").mean(), r.difference("growth").b());
        assertEquals(ra.event("takeoff").probabilityBy(2027.0).p(), r.eventDifference("takeoff", 2027.0).a()
                .value(), 1e-15);
    }

    @Test
    void independentNoiseGivesNoReduction() {
        // B's model draws its noise from other stream components: the pairs are independent and the factor is
        // near 1 (the ratio of sample variances over 20000 pairs lies within 10 % of its value with overwhelming
        // probability for these light-tailed data; 0.8 to 1.25 leaves room for the log-normal metric).
        long seed = 11;
        PairedReport r = PairedComparison.of(side(new GrowthModel(0), 0.5, seed), side(new GrowthModel(10), 0.5,
                seed)).compare(Engine.withThreads(2));
        double f = r.difference("growth").varianceReductionFactor();
        assertTrue(f > 0.8 && f < 1.25, "factor " + f + ", seed " + seed);
        assertCovers(0, r.difference("growth").difference(), seed, "growth difference");
        // the parameter rate is still shared, so the event indicators stay slightly correlated
        double fe = r.eventDifference("takeoff", 2026.0).varianceReductionFactor();
        assertTrue(fe > 0.8 && fe < 1.5, "factor " + fe + ", seed " + seed);
    }

    @Test
    void sameBitsOnAnyThreadCountAndIdenticalSidesDifferByNothing() {
        GrowthModel m = new GrowthModel();
        Experiment a = side(m, 0.5, 3).withRuns(3000);
        PairedComparison c = PairedComparison.of(a, side(m, 0.7, 3).withRuns(3000)).withEventTimes("takeoff", 2030);
        PairedReport one = c.compare(Engine.withThreads(1));
        PairedReport three = c.compare(Engine.withThreads(3));
        assertEquals(one.differences(), three.differences());
        // the given times replace the requested ones for that event
        assertEquals(List.of("growth", "takeoff<=2030.0"),
                c.model().quantities());
        PairedDifference same = PairedComparison.of(a, a).compare(Engine.withThreads(1)).difference("growth");
        assertEquals(0, same.difference().value());
        assertEquals(Double.POSITIVE_INFINITY, same.varianceReductionFactor());
    }

    @Test
    void refusesMismatchedExperiments() {
        GrowthModel m = new GrowthModel();
        Experiment a = side(m, 0.5, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(a, side(m, 0.6, 2)));
        assertTrue(e.getMessage().contains("seed"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(a, a.withRuns(100)));
        assertTrue(e.getMessage().contains("run counts"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(a, a).withEventTimes("growth", 1.0));
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(a, a).withEventTimes("takeoff", Double.NaN));
        Experiment other = Experiment.builder(new IshigamiModel()).seed(1).runs(20_000).build();
        e = assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(a, other));
        assertTrue(e.getMessage().contains("nothing to compare"), e.getMessage());
    }
}
