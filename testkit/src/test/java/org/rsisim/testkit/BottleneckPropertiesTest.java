package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.bottleneck.Amdahl;
import org.rsisim.models.bottleneck.Ces;
import org.rsisim.testkit.Invariants.Direction;

/**
 * Amdahl's law and CES aggregation: the speed-up is at most {@code 1 / (1 - f)} and at most {@code s}; CES tends to
 * Amdahl as sigma goes to 0 and is Cobb-Douglas at sigma = 1; and the {@code bottleneck} model keeps these bounds.
 */
class BottleneckPropertiesTest {

    @Property(tries = 1000, seed = "20260504")
    void amdahlSpeedUpIsAtMostTheCeilingAndTheSpeed(@ForAll("fractions") double f, @ForAll("speeds") double s) {
        Statistics.label("f").collect(f == 0 ? "0" : f == 1 ? "1" : f >= 0.9 ? "near 1" : "inside");
        Statistics.label("s").collect(s == 1 ? "1" : Double.isInfinite(s) ? "infinite" : "finite");
        Statistics.label("s").coverage(c -> {
            c.check("1").percentage(p -> p >= 3);
            c.check("infinite").percentage(p -> p >= 3);
        });
        double speedUp = Amdahl.speedUp(f, s);
        String where = "f = " + f + ", s = " + s + ": speed-up " + speedUp;
        // the denominator (1 - f) + f / s is at least 1 - f in floating point too, so this bound is exact
        assertTrue(speedUp <= Amdahl.ceiling(f), where + " above 1 / (1 - f) = " + Amdahl.ceiling(f));
        // (1 - f) + f / s >= 1 / s holds up to two roundings
        assertTrue(speedUp <= s * (1 + 1e-15), where + " above s");
        assertTrue(speedUp >= 1 - 1e-15, where + " below 1");
    }

    @Provide
    Arbitrary<Double> fractions() {
        return BottleneckArbitraries.fractions();
    }

    @Provide
    Arbitrary<Double> speeds() {
        return BottleneckArbitraries.speeds();
    }

    /** Weights and finite speed-ups of two to five tasks. */
    record Tasks(double[] w, double[] s) {
        @Override
        public String toString() {
            return "w = " + java.util.Arrays.toString(w) + ", s = " + java.util.Arrays.toString(s);
        }
    }

    @Provide
    Arbitrary<Tasks> tasks() {
        return Arbitraries.integers().between(2, 5).flatMap(n -> Combinators.combine(
                BottleneckArbitraries.weights(n),
                BottleneckArbitraries.finiteSpeeds().list().ofSize(n)
                        .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray()))
                .as(Tasks::new));
    }

    @Property(tries = 500, seed = "20260504")
    void cesTendsToAmdahlAsSigmaGoesToZero(@ForAll("tasks") Tasks t) {
        double amdahl = Amdahl.speedUp(t.w(), t.s());
        assertEquals(amdahl, Ces.speedUp(t.w(), t.s(), 0), 1e-12 * amdahl, "sigma = 0 is Amdahl: " + t);
        // the power mean rises with its exponent sigma - 1, so the gap to Amdahl shrinks monotonically as sigma -> 0
        double previous = Double.POSITIVE_INFINITY;
        for (double sigma : new double[] {1e-1, 1e-3, 1e-6, 1e-9, 1e-12}) {
            double ces = Ces.speedUp(t.w(), t.s(), sigma);
            assertTrue(ces >= amdahl * (1 - 1e-12), "sigma = " + sigma + ": " + ces + " below Amdahl " + amdahl
                    + "; " + t);
            assertTrue(ces <= previous * (1 + 1e-12), "sigma = " + sigma + ": " + ces + " above " + previous
                    + " at a larger sigma; " + t);
            previous = ces;
        }
        // the slope in sigma is at most (ln max s - ln min s)^2 / 2 <= 382 times the mean (s <= 1e12)
        assertEquals(amdahl, previous, 1e-8 * amdahl, "sigma = 1e-12 is within 1e-8 of Amdahl: " + t);
    }

    @Property(tries = 500, seed = "20260504")
    void cesIsCobbDouglasAtSigmaOne(@ForAll("tasks") Tasks t) {
        double product = 1;
        for (int i = 0; i < t.w().length; i++) {
            product *= Math.pow(t.s()[i], t.w()[i]);
        }
        assertEquals(product, Ces.output(t.w(), t.s(), 1), 1e-12 * product, "output, " + t);
        assertEquals(product, Ces.speedUp(t.w(), t.s(), 1), 1e-12 * product, "speed-up, " + t);
    }

    @Provide
    Arbitrary<ModelCase> bottleneckCases() {
        return ModelArbitraries.cases(ModelCatalog.get("bottleneck"));
    }

    @Property(tries = 300, seed = "20260504")
    void theModelsSpeedUpRisesWithTheEngineeringSpeedAndStaysUnderItsCeiling(
            @ForAll("bottleneckCases") ModelCase c) {
        Invariants.monotoneSeries(c, "speed_up_by_engineering_speed", Direction.NON_DECREASING);
        Invariants.withinUnitInterval(c, "research_time_share");
        RunProbe probe = RunProbe.of(c.model(), c.seed());
        probe.run(c.run(), c.parameters());
        double speedUp = probe.metric("speed_up");
        double ceiling = probe.metric("ceiling");
        assertTrue(speedUp <= c.parameter("engineering_speed") * (1 + 1e-12), "above the engineering speed: " + c);
        if (!Double.isNaN(ceiling)) {
            assertTrue(speedUp <= ceiling * (1 + 1e-12), speedUp + " above the ceiling " + ceiling + ": " + c);
        }
        if (c.parameter("substitution_elasticity") == 0 && c.parameter("research_automated_share") == 0) {
            assertTrue(speedUp <= Amdahl.ceiling(c.parameter("engineering_share")), "above 1 / (1 - f): " + c);
        }
    }
}
