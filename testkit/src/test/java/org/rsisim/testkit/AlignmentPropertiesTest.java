package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.Engine;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.testkit.Invariants.Direction;

/**
 * Alignment fidelity in the two models that compound it ({@code alignment-fidelity} and {@code rsi-chain}): it stays
 * in [0, 1] and never rises; stronger oversight never lowers it, run by run on common random numbers and so in
 * expectation; the first generation below a threshold comes no later for a higher threshold. Generation counts are
 * narrowed to at most 300 to keep the engine runs cheap.
 */
class AlignmentPropertiesTest {

    private static ModelProvider provider(String name) {
        return ModelCatalog.get(name);
    }

    private static List<Parameter> fewGenerations(ModelProvider p) {
        return ModelArbitraries.narrow(p.settings(), "generations", 1, 300);
    }

    @Provide
    Arbitrary<ModelCase> fidelityCases() {
        return Arbitraries.of("alignment-fidelity", "rsi-chain").map(AlignmentPropertiesTest::provider)
                .flatMap(p -> ModelArbitraries.cases(p, fewGenerations(p)));
    }

    @Property(tries = 100, seed = "20260504")
    void fidelityStaysInTheUnitIntervalAndNeverRises(@ForAll("fidelityCases") ModelCase c) {
        boolean oversight = c.parameter("detection_probability") > 0 && c.parameter("correction_fraction") > 0;
        Statistics.label("oversight").collect(oversight);
        Statistics.label("oversight").coverage(k -> {
            k.check(true).percentage(share -> share >= 10);
            k.check(false).percentage(share -> share >= 10);
        });
        Invariants.monotoneSeries(c, "fidelity", Direction.NON_INCREASING);
        if (c.provider().equals("alignment-fidelity")) {
            Invariants.withinUnitInterval(c, "fidelity", "below_threshold", "final_fidelity");
        } else {
            Invariants.withinUnitInterval(c, "fidelity", "automation", "fidelity_at_automation",
                    "misaligned_before_automation", "misaligned_after_automation");
        }
    }

    /** A case and a second parameter vector with oversight at least as strong. */
    record Pair(ModelCase weaker, double[] stronger) {
        @Override
        public String toString() {
            return weaker + "; stronger " + Invariants.describe(weaker.model(), stronger);
        }
    }

    @Provide
    Arbitrary<Pair> oversightPairs() {
        Arbitrary<Double> unit = ModelArbitraries.value(new Parameter("u", "1", 0, 1, 0.5, "step towards the limit"));
        return Combinators.combine(fidelityCases(), unit, unit, unit).as((c, u, v, w) -> {
            Model m = c.model();
            double[] s = c.parameters().clone();
            int d = m.parameterIndex("detection_probability");
            int k = m.parameterIndex("correction_fraction");
            int a = m.parameterIndex("evaluation_awareness");
            s[d] = Math.min(1, s[d] + u * (1 - s[d]));
            s[k] = Math.min(1, s[k] + v * (1 - s[k]));
            s[a] = s[a] * w;
            return new Pair(c, s);
        });
    }

    @Property(tries = 100, seed = "20260504")
    void strongerOversightNeverLowersFidelityOnTheSameRandomNumbers(@ForAll("oversightPairs") Pair pair) {
        ModelCase c = pair.weaker();
        RunProbe weak = RunProbe.of(c.model(), c.seed());
        RunProbe strong = RunProbe.of(c.model(), c.seed());
        weak.run(c.run(), c.parameters());
        strong.run(c.run(), pair.stronger());
        double[] fw = weak.series("fidelity");
        double[] fs = strong.series("fidelity");
        for (int n = 0; n < fw.length; n++) {
            if (!Double.isNaN(fw[n]) && !Double.isNaN(fs[n])) {
                assertTrue(fs[n] >= fw[n], "generation " + n + ": stronger oversight gives " + fs[n] + " < "
                        + fw[n] + "; " + pair);
            }
        }
    }

    @Property(tries = 15, seed = "20260504")
    void strongerOversightNeverLowersExpectedFidelity(@ForAll("oversightPairs") Pair pair) {
        ModelCase c = pair.weaker();
        String metric = c.provider().equals("alignment-fidelity") ? "final_fidelity" : "fidelity_at_automation";
        Engine engine = Engine.withThreads(1);
        var weak = engine.run(Invariants.experimentAt(c.model(), c.parameters(), 256, c.seed())).metric(metric);
        var strong = engine.run(Invariants.experimentAt(c.model(), pair.stronger(), 256, c.seed())).metric(metric);
        // run by run the stronger oversight is at least as high (previous property) and the engine sums exactly,
        // so the means are ordered without statistical slack; this cannot fail by chance
        if (weak.count() == strong.count() && weak.count() > 0) {
            assertTrue(strong.mean().value() >= weak.mean().value(), "mean " + metric + " " + strong.mean()
                    + " < " + weak.mean() + "; " + pair);
        }
    }

    @Provide
    Arbitrary<double[]> thresholdPairs() {
        Arbitrary<Double> t = Arbitraries.doubles().between(0, 1).ofScale(6);
        return Combinators.combine(t, t).as((a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
    }

    @Provide
    Arbitrary<ModelCase> alignmentCases() {
        ModelProvider p = provider("alignment-fidelity");
        return ModelArbitraries.cases(p, fewGenerations(p));
    }

    @Property(tries = 100, seed = "20260504")
    void aHigherFidelityThresholdIsCrossedNoLater(@ForAll("alignmentCases") ModelCase c,
                                                  @ForAll("thresholdPairs") double[] t) {
        Invariants.eventMonotoneInSetting(provider(c.provider()), c.settings(), "fidelity_threshold", t[0], t[1],
                "first_below_threshold", Direction.NON_INCREASING, c.seed(), c.run(), c.parameters());
    }
}
