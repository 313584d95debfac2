package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;

/**
 * The arbitraries generate only valid inputs and cover the edge regimes of every parameter often, as the
 * {@code coverage} checks show (each regime's expected share is at least 1/12 = 8.3 %; the checks ask for 3 % over
 * 1,000 tries, a binomial deviation of more than 6 standard deviations, so they fail by chance with probability
 * below 1e-9).
 */
class ModelArbitrariesTest {

    private static final Parameter FIDELITY = new Parameter("fidelity_per_generation", "1", 0, 1, 0.999, "p");
    private static final Parameter CEILING = new Parameter("ceiling_ooms", "OOM", 0.1, Double.POSITIVE_INFINITY,
            9.8, "distance to the limits; +Infinity keeps returns constant");
    private static final Parameter SPEED = new Parameter("speed", "x", 1, 1e9, 52, "a wide positive range");

    @Provide
    Arbitrary<Double> fidelity() {
        return ModelArbitraries.value(FIDELITY);
    }

    @Property(tries = 1000, seed = "20260504")
    void everyRegimeOfABoundedParameterIsCovered(@ForAll("fidelity") double p) {
        Regime r = Regime.of(FIDELITY, p);
        assertTrue(FIDELITY.allows(p), "not allowed: " + p);
        Statistics.label("regime").collect(r);
        Statistics.label("regime").coverage(c -> {
            for (Regime each : new Regime[] {Regime.LOWER_BOUND, Regime.NEAR_LOWER, Regime.DEFAULT,
                    Regime.INTERIOR, Regime.NEAR_UPPER, Regime.UPPER_BOUND}) {
                c.check(each).percentage(share -> share >= 3);
            }
            c.check(Regime.OUTSIDE).count(n -> n == 0);
        });
    }

    @Provide
    Arbitrary<Double> ceiling() {
        return ModelArbitraries.value(CEILING);
    }

    @Property(tries = 1000, seed = "20260504")
    void anInfiniteBoundIsGeneratedAndOtherValuesAreFinite(@ForAll("ceiling") double x) {
        assertTrue(CEILING.allows(x), "not allowed: " + x);
        Regime r = Regime.of(CEILING, x);
        if (r != Regime.UPPER_BOUND) {
            assertTrue(x <= ModelArbitraries.finiteUpper(CEILING), "beyond the stand-in: " + x);
        }
        Statistics.label("regime").collect(r);
        Statistics.label("regime").coverage(c -> {
            c.check(Regime.UPPER_BOUND).percentage(share -> share >= 3);
            c.check(Regime.NEAR_UPPER).percentage(share -> share >= 3);
            c.check(Regime.INTERIOR).percentage(share -> share >= 20);
        });
    }

    @Example
    void infiniteBoundsHaveDocumentedFiniteStandIns() {
        assertEquals(9.8 + 1e6 * 9.8, ModelArbitraries.finiteUpper(CEILING), 1e-6);
        assertEquals(0.1, ModelArbitraries.finiteLower(CEILING));
        Parameter both = new Parameter("x", "1", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, "x");
        assertEquals(-1e6, ModelArbitraries.finiteLower(both));
        assertEquals(1e6, ModelArbitraries.finiteUpper(both));
    }

    @Provide
    Arbitrary<Double> speed() {
        return ModelArbitraries.value(SPEED);
    }

    @Property(tries = 1000, seed = "20260504")
    void wideRangesAreSampledOnALogScaleToo(@ForAll("speed") double s) {
        assertTrue(SPEED.allows(s));
        Statistics.label("decade").collect(s < 10 ? "[1, 10)" : s < 1e8 ? "[10, 1e8)" : "[1e8, 1e9]");
        // log-uniform draws (weight 3 of 12) put 1/9 of theirs below 10; with the lower edges, more than 3 %
        Statistics.label("decade").coverage(c -> c.check("[1, 10)").percentage(share -> share >= 3));
    }

    @Provide
    Arbitrary<Model> anyModel() {
        return Arbitraries.of(ModelCatalog.all()).flatMap(ModelArbitraries::models);
    }

    @Property(tries = 200, seed = "20260504")
    void everyCatalogModelGetsValidParameters(@ForAll("anyModel") Model model) {
        double[] p = ModelArbitraries.parameters(model).sample();
        List<Parameter> list = model.parameters();
        assertEquals(list.size(), p.length);
        for (int i = 0; i < p.length; i++) {
            assertTrue(list.get(i).allows(p[i]), list.get(i).name() + " = " + p[i] + " not in " + list.get(i).range());
        }
        Statistics.label("model").collect(model.name());
    }

    @Provide
    Arbitrary<Map<String, Double>> alignmentSettings() {
        return ModelArbitraries.settings(ModelCatalog.get("alignment-fidelity"));
    }

    @Property(tries = 500, seed = "20260504")
    void wholeNumberSettingsAreWholeAndCoverTheirBounds(@ForAll("alignmentSettings") Map<String, Double> s) {
        double g = s.get("generations");
        assertEquals(Math.rint(g), g, "generations " + g);
        assertTrue(g >= 1 && g <= 100_000, "generations " + g);
        Statistics.label("generations").collect(g == 1 ? "1" : g == 2 ? "2" : g == 100_000 ? "100000"
                : g == 99_999 ? "99999" : g == 500 ? "default" : "inside");
        Statistics.label("generations").coverage(c -> {
            for (String each : new String[] {"1", "2", "100000", "99999", "default", "inside"}) {
                c.check(each).percentage(share -> share >= 3);
            }
        });
    }

    @Provide
    Arbitrary<Map<String, Double>> rsiSettings() {
        return ModelArbitraries.settings(ModelCatalog.get("rsi-chain"));
    }

    @Property(tries = 300, seed = "20260504")
    void settingsThatTheProviderRefusesTogetherAreFilteredOut(@ForAll("rsiSettings") Map<String, Double> s) {
        ModelProvider rsi = ModelCatalog.get("rsi-chain");
        assertEquals(rsi.settings().size(), s.size());
        rsi.create(s);
        assertTrue(s.get("horizon") > s.get("start_date"));
        assertTrue(s.get("takeoff_to") > s.get("takeoff_from"));
        Statistics.label("takeoff_to").collect(s.get("takeoff_to") == 1 ? "bound" : "inside");
        Statistics.label("takeoff_to").coverage(c -> c.check("bound").percentage(share -> share >= 3));
    }

    @Example
    void narrowKeepsTheOrderAndRefusesAWiderRange() {
        List<Parameter> declared = ModelCatalog.get("alignment-fidelity").settings();
        List<Parameter> narrowed = ModelArbitraries.narrow(declared, "generations", 1, 50);
        assertEquals(declared.get(1), narrowed.get(1));
        assertEquals(50, narrowed.get(0).upper());
        assertEquals(50, narrowed.get(0).defaultValue(), "default clamped into the sub-range");
        assertThrows(IllegalArgumentException.class, () -> ModelArbitraries.narrow(declared, "generations", 0, 5));
        assertThrows(IllegalArgumentException.class, () -> ModelArbitraries.narrow(declared, "nope", 1, 5));
    }

    @Property(tries = 300, seed = "20260504")
    void runIndicesAreValidAndOftenSmall(@ForAll("runs") long run) {
        assertTrue(run >= 0 && run < org.rsisim.core.Experiment.MAX_RUNS);
        Statistics.label("run").collect(run < 10_000 ? "small" : "large");
        Statistics.label("run").coverage(c -> c.check("small").percentage(share -> share >= 30));
    }

    @Provide
    Arbitrary<Long> runs() {
        return ModelArbitraries.runIndices();
    }

    @Property(tries = 1000, seed = "20260504")
    void elasticitiesCoverTheirLimits(@ForAll("sigma") double sigma) {
        assertTrue(sigma >= 0);
        Statistics.label("sigma").collect(sigma == 0 ? "Leontief" : sigma < 1e-3 ? "near 0" : sigma == 1
                ? "Cobb-Douglas" : Double.isInfinite(sigma) ? "perfect substitutes" : "other");
        Statistics.label("sigma").coverage(c -> {
            for (String each : new String[] {"Leontief", "near 0", "Cobb-Douglas", "perfect substitutes"}) {
                c.check(each).percentage(share -> share >= 3);
            }
        });
    }

    @Provide
    Arbitrary<Double> sigma() {
        return BottleneckArbitraries.elasticities();
    }

    @Property(tries = 300, seed = "20260504")
    void weightsAreSharesSummingToOne(@ForAll("shares") double[] w) {
        double sum = 0;
        for (double v : w) {
            assertTrue(v >= 0 && v <= 1, "share " + v);
            sum += v;
        }
        assertEquals(1, sum, 1e-12);
    }

    @Provide
    Arbitrary<double[]> shares() {
        return Arbitraries.integers().between(1, 6).flatMap(BottleneckArbitraries::weights);
    }
}
