package org.rsisim.examples.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.stat.Estimate;
import org.rsisim.models.ModelProvider;
import org.rsisim.testkit.Invariants;
import org.rsisim.testkit.Invariants.Direction;
import org.rsisim.testkit.Invariants.Divergence;
import org.rsisim.testkit.ModelArbitraries;
import org.rsisim.testkit.ModelCase;

/** The property tests of "Writing a model" in docs/models.md. */
class FidelityChainTest {
    private static final ModelProvider CHAIN = ModelProvider.of(new FidelityChain());

    @Provide
    Arbitrary<ModelCase> cases() {
        return ModelArbitraries.cases(CHAIN);
    }

    @Property(tries = 200, seed = "42")
    void fidelityIsAShareThatNeverRises(@ForAll("cases") ModelCase c) {
        Invariants.completes(c, Divergence.FORBIDDEN);
        Invariants.sameTrajectory(c);
        Invariants.withinUnitInterval(c, "final_fidelity", "fidelity");
        Invariants.monotoneSeries(c, "fidelity", Direction.NON_INCREASING);
    }

    /**
     * With {@code p + w <= 1} no draw is clipped, the draws are independent with mean {@code p}, so the mean final
     * fidelity is {@code p^n} exactly. Fails with probability about 1e-5 (4.4 standard errors) when the model is
     * right.
     */
    @Test
    void meanFinalFidelityIsPToTheN() {
        long seed = 7;
        Experiment e = Experiment.builder(new FidelityChain()).runs(100_000).seed(seed)
                .parameter("fidelity_per_generation", 0.99).parameter("fidelity_spread", 0.005).build();
        Estimate mean = Engine.create().run(e).metric("final_fidelity").mean();
        double exact = Math.pow(0.99, 50);
        assertTrue(Math.abs(mean.value() - exact) <= 4.4 * mean.stderr(), "seed " + seed + ": mean " + mean.value()
                + " +/- " + mean.stderr() + " against p^n = " + exact);
    }
}
