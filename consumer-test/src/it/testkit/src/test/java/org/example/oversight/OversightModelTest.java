package org.example.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Model;
import org.rsisim.core.RunProbe;
import org.rsisim.testkit.Invariants;
import org.rsisim.testkit.Invariants.Direction;
import org.rsisim.testkit.Invariants.Divergence;
import org.rsisim.testkit.ModelArbitraries;
import org.rsisim.testkit.ModelCase;

class OversightModelTest {
    private final Model model = new OversightModel();

    @Provide
    Arbitrary<ModelCase> cases() {
        return ModelArbitraries.cases(model);
    }

    @Provide
    Arbitrary<Double> oversight() {
        return ModelArbitraries.value(model.parameters().get(model.parameterIndex("oversight")));
    }

    @Property(tries = 200, seed = "42")
    void runsAreReproducibleAndFinite(@ForAll("cases") ModelCase c) {
        Invariants.completes(c, Divergence.FORBIDDEN);
        Invariants.sameTrajectory(c);
    }

    @Property(tries = 200, seed = "42")
    void fidelityIsAShareAndNeverRises(@ForAll("cases") ModelCase c) {
        Invariants.withinUnitInterval(c, "fidelity", "fidelity_by_generation");
        Invariants.monotoneSeries(c, "fidelity_by_generation", Direction.NON_INCREASING);
    }

    @Property(tries = 200, seed = "42")
    void moreOversightNeverLowersFidelity(@ForAll("cases") ModelCase c, @ForAll("oversight") double other) {
        Invariants.monotoneInParameter(c, "oversight", other, "fidelity", Direction.NON_DECREASING);
    }

    @Test
    void fullOversightKeepsFidelityWhole() {
        RunProbe probe = RunProbe.of(model, 1);
        probe.run(0, new double[] {1, 0.1});
        assertEquals(1.0, probe.metric("fidelity"));
    }
}
