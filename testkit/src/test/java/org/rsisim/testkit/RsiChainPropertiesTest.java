package org.rsisim.testkit;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;
import org.rsisim.testkit.Invariants.Direction;

/**
 * Invariants of the recursive self-improvement chain: capability and release dates never go back, and AI R&amp;D
 * counts as automated no earlier for a higher automation threshold.
 */
class RsiChainPropertiesTest {
    private static final ModelProvider RSI = ModelCatalog.get("rsi-chain");

    @Provide
    Arbitrary<ModelCase> rsiCases() {
        List<Parameter> settings = ModelArbitraries.narrow(RSI.settings(), "generations", 1, 300);
        return ModelArbitraries.cases(RSI, settings);
    }

    @Property(tries = 100, seed = "20260504")
    void capabilityAndDatesNeverGoBack(@ForAll("rsiCases") ModelCase c) {
        Invariants.monotoneSeries(c, "capability", Direction.NON_DECREASING);
        Invariants.monotoneSeries(c, "years_since_start", Direction.NON_DECREASING);
    }

    @Provide
    Arbitrary<double[]> levels() {
        Parameter level = RSI.settings().stream().filter(s -> s.name().equals("automation_threshold")).findFirst()
                .orElseThrow();
        Arbitrary<Double> t = ModelArbitraries.value(level);
        return Combinators.combine(t, t).as((a, b) -> new double[] {Math.min(a, b), Math.max(a, b)});
    }

    @Property(tries = 100, seed = "20260504")
    void aHigherAutomationThresholdIsReachedNoEarlier(@ForAll("rsiCases") ModelCase c,
                                                      @ForAll("levels") double[] t) {
        Statistics.label("same threshold").collect(t[0] == t[1]);
        Invariants.eventMonotoneInSetting(RSI, c.settings(), "automation_threshold", t[0], t[1], "automated_ai_rd",
                Direction.NON_DECREASING, c.seed(), c.run(), c.parameters());
    }

    @Property(tries = 20, seed = "20260504")
    void engineResultsAreTheSameOnOneAndTwoThreads(@ForAll("rsiCases") ModelCase c) {
        Invariants.sameResultOnOneAndTwoThreads(Invariants.experimentAt(c.model(), c.parameters(), 128, c.seed()));
    }

}
