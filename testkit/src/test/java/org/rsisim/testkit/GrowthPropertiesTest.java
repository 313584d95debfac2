package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.testkit.Invariants.Direction;

/**
 * The growth models: the software intelligence explosion grows exactly exponentially with returns r = 1 (and no
 * ceiling) and never blows up with r &lt; 1; event dates are monotone in their thresholds for the explosion,
 * capability and economy models; the autonomous share of output is a share.
 */
class GrowthPropertiesTest {
    private static final ModelProvider EXPLOSION = ModelCatalog.get("explosion");
    private static final ModelProvider CAPABILITY = ModelCatalog.get("capability");
    private static final ModelProvider ECONOMY = ModelCatalog.get("economy");

    /**
     * Explosion settings with a horizon of at most 5 years: a run's cost grows with the horizon (one fast run,
     * f0 = 579 and a doubling time of 0.01 years, takes 2.7 s at 100 years, 0.4 s at 10), which tries cannot afford.
     */
    private static Arbitrary<java.util.Map<String, Double>> explosionSettings() {
        return ModelArbitraries.settings(EXPLOSION,
                ModelArbitraries.narrow(EXPLOSION.settings(), "horizon_years", 1, 5));
    }

    private static List<Parameter> fixed(List<Parameter> list, String name, double value) {
        return ModelArbitraries.narrow(list, name, value, value);
    }

    @Provide
    Arbitrary<ModelCase> constantReturns() {
        return explosionSettings().flatMap(s -> {
            Model m = EXPLOSION.create(s);
            List<Parameter> p = fixed(fixed(m.parameters(), "returns", 1), "ceiling_ooms", Double.POSITIVE_INFINITY);
            return Combinators.combine(ModelArbitraries.parameters(p), ModelArbitraries.seeds(),
                    ModelArbitraries.runIndices()).as((x, seed, run) -> new ModelCase("explosion", s, m, x, seed, run));
        });
    }

    @Property(tries = 100, seed = "20260504")
    void withReturnsOfOneSoftwareGrowsExactlyExponentially(@ForAll("constantReturns") ModelCase c) {
        RunProbe probe = RunProbe.of(c.model(), c.seed());
        assertTrue(probe.run(c.run(), c.parameters()), "diverged: " + c);
        double g0 = c.parameter("initial_speed_up") * Math.log(2) / c.parameter("baseline_doubling_time_years");
        double[] log10S = probe.series("log10_software");
        for (int k = 0; k < log10S.length; k++) {
            double t = c.model().observables().get(c.model().observableIndex("log10_software")).indexAt(k);
            double expected = g0 * t / Math.log(10);
            // integrator tolerance 1e-10 relative and absolute on ln S (ExplosionModel.TOLERANCE)
            assertEquals(expected, log10S[k], 1e-9 * expected + 1e-9, "t = " + t + ": " + c);
        }
        assertTrue(Double.isNaN(probe.eventTime("blow_up")), "blew up: " + c);
        assertEquals(c.parameter("initial_speed_up"), probe.metric("peak_speed_up"),
                1e-9 * c.parameter("initial_speed_up"), "peak speed-up: " + c);
    }

    @Provide
    Arbitrary<ModelCase> diminishingReturns() {
        return explosionSettings().flatMap(s -> {
            Model m = EXPLOSION.create(s);
            List<Parameter> p = ModelArbitraries.narrow(m.parameters(), "returns", 0.01, Math.nextDown(1.0));
            return Combinators.combine(ModelArbitraries.parameters(p), ModelArbitraries.seeds(),
                    ModelArbitraries.runIndices()).as((x, seed, run) -> new ModelCase("explosion", s, m, x, seed, run));
        });
    }

    @Property(tries = 100, seed = "20260504")
    void withReturnsBelowOneSoftwareNeverBlowsUp(@ForAll("diminishingReturns") ModelCase c) {
        RunProbe probe = RunProbe.of(c.model(), c.seed());
        assertTrue(probe.run(c.run(), c.parameters()), "diverged: " + c);
        assertTrue(Double.isNaN(probe.eventTime("blow_up")), "blew up at " + probe.eventTime("blow_up") + ": " + c);
        double f0 = c.parameter("initial_speed_up");
        assertTrue(probe.metric("peak_speed_up") <= f0 * (1 + 1e-9), "growth rose above the initial "
                + f0 + " to " + probe.metric("peak_speed_up") + ": " + c);
        Invariants.monotoneSeries(c, "log10_software", Direction.NON_DECREASING);
    }

    @Provide
    Arbitrary<ModelCase> explosionCases() {
        return ModelArbitraries.cases(EXPLOSION, ModelArbitraries.narrow(EXPLOSION.settings(), "horizon_years", 1, 5));
    }

    @Provide
    Arbitrary<double[]> ordered() {
        Arbitrary<Double> u = ModelArbitraries.value(new Parameter("u", "1", 0, 1, 0.5, "position in a range"));
        return Combinators.combine(u, u).as((a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
    }

    private static double at(Parameter p, double u) {
        double lo = ModelArbitraries.finiteLower(p);
        return lo + u * (ModelArbitraries.finiteUpper(p) - lo);
    }

    private static Parameter setting(ModelProvider provider, String name) {
        return provider.settings().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Property(tries = 60, seed = "20260504")
    void aSpeedUpThatMustBeHigherOrLastLongerStartsNoEarlier(@ForAll("explosionCases") ModelCase c,
                                                             @ForAll("ordered") double[] u) {
        for (String name : new String[] {"speed_up_threshold", "sustained_months"}) {
            Parameter s = setting(EXPLOSION, name);
            Invariants.eventMonotoneInSetting(EXPLOSION, c.settings(), name, at(s, u[0]), at(s, u[1]),
                    "sustained_speed_up", Direction.NON_DECREASING, c.seed(), c.run(), c.parameters());
        }
    }

    @Provide
    Arbitrary<ModelCase> capabilityCases() {
        return ModelArbitraries.cases(CAPABILITY);
    }

    @Property(tries = 100, seed = "20260504")
    void aLongerHorizonThresholdIsReachedNoEarlier(@ForAll("capabilityCases") ModelCase c,
                                                  @ForAll("ordered") double[] u) {
        Parameter s = setting(CAPABILITY, "threshold_hours");
        double lo = Math.log(s.lower());
        double span = Math.log(s.upper()) - lo;
        Invariants.eventMonotoneInSetting(CAPABILITY, c.settings(), "threshold_hours",
                Math.min(s.upper(), Math.exp(lo + u[0] * span)), Math.min(s.upper(), Math.exp(lo + u[1] * span)),
                "horizon_reaches_threshold", Direction.NON_DECREASING, c.seed(), c.run(), c.parameters());
        Invariants.monotoneSeries(c, "log10_horizon_hours", Direction.NON_DECREASING);
    }

    @Provide
    Arbitrary<ModelCase> economyCases() {
        return ModelArbitraries.cases(ECONOMY);
    }

    @Property(tries = 100, seed = "20260504")
    void theAutonomousShareIsAShareAndPassesTenPercentFirst(@ForAll("economyCases") ModelCase c) {
        Invariants.withinUnitInterval(c, "autonomous_share");
        RunProbe probe = RunProbe.of(c.model(), c.seed());
        probe.run(c.run(), c.parameters());
        double ten = probe.eventTime("share_passes_10pct");
        double half = probe.eventTime("share_passes_50pct");
        if (!Double.isNaN(half)) {
            assertTrue(ten <= half, "10 % passed at " + ten + ", after 50 % at " + half + ": " + c);
        }
    }

    @Property(tries = 5, seed = "20260504")
    void explosionEngineResultsDoNotDependOnThreads(@ForAll("explosionCases") ModelCase c) {
        Invariants.sameResultOnOneAndTwoThreads(Invariants.experimentAt(c.model(), c.parameters(), 64, c.seed()));
    }
}
