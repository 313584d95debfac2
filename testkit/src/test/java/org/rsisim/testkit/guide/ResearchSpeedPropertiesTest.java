package org.rsisim.testkit.guide;

import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.Model;
import org.rsisim.core.RunProbe;
import org.rsisim.testkit.Invariants;
import org.rsisim.testkit.Invariants.Direction;
import org.rsisim.testkit.Invariants.Divergence;
import org.rsisim.testkit.ModelArbitraries;
import org.rsisim.testkit.ModelCase;
import org.rsisim.testkit.Regime;

/** The property tests of docs/testing.md, run by the build so that the page cannot rot. */
class ResearchSpeedPropertiesTest {
    private final Model model = new ResearchSpeedModel();

    // step 2: every valid input, with the edges of every parameter generated often
    @Provide
    Arbitrary<ModelCase> cases() {
        return ModelArbitraries.cases(model);
    }

    // step 3: the invariants every model keeps
    @Property(tries = 200, seed = "42")
    void runsAreReproducibleAndFinite(@ForAll("cases") ModelCase c) {
        Invariants.completes(c, Divergence.FORBIDDEN);
        Invariants.sameTrajectory(c);
    }

    // step 4: the invariants this model declares
    @Property(tries = 200, seed = "42")
    void progressNeverFallsAndTheHumanShareIsAShare(@ForAll("cases") ModelCase c) {
        Invariants.monotoneSeries(c, "progress", Direction.NON_DECREASING);
        Invariants.withinUnitInterval(c, "human_time_share");
    }

    // step 5: a closed form, with the regimes it depends on shown to be covered
    @Property(tries = 300, seed = "42")
    void theSpeedUpNeverExceedsAmdahlsCeiling(@ForAll("cases") ModelCase c) {
        double f = c.parameter("automated_share");
        Statistics.label("automated_share").collect(Regime.of(model.parameters().get(0), f));
        Statistics.label("automated_share").coverage(k -> {
            k.check(Regime.UPPER_BOUND).percentage(share -> share >= 3);
            k.check(Regime.NEAR_UPPER).percentage(share -> share >= 3);
        });
        RunProbe probe = RunProbe.of(model, c.seed());
        probe.run(c.run(), c.parameters());
        for (double speedUp : probe.series("speed_up")) {
            assertTrue(speedUp <= 1 / (1 - f), speedUp + " above 1 / (1 - f): " + c);
        }
    }
}
