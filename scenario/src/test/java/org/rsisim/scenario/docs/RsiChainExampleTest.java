package org.rsisim.scenario.docs;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.rsi.RsiChain;

/**
 * The worked example of {@code rsi-chain} in docs/models.md: its code is this class's, and its output is what this
 * code prints, to the last digit.
 */
class RsiChainExampleTest {

    static void example(PrintStream out) {
        // example rsi-chain begins
        double a0 = RsiChain.automationLevel(0, 1.5, 0.4);
        double l90 = 1.5 + 0.4 * Math.log(9);
        out.printf("defaults: A_0 = %.3f, S_0 = %.3f; A = 0.9 at L = %.2f OOM, where S = %.2f%n", a0,
                RsiChain.researchSpeedUp(a0, 0.99, 10, 0.5, 0), l90, RsiChain.researchSpeedUp(0.9, 0.99, 10, 0.5, l90));

        Model model = new RsiChain();
        Experiment e = Experiment.builder(model).runs(100_000).seed(1)
                .eventTimes("automated_ai_rd", 2028.0, 2029.0, 2030.0).build();
        Result r = Engine.withThreads(2).run(e);
        EventSummary ev = r.event("automated_ai_rd");
        for (double t : ev.times()) {
            Proportion p = ev.probabilityBy(t);
            out.printf("P(automated by %.1f) = %.4f [%.4f, %.4f]%n", t, p.p(), p.lower(), p.upper());
        }
        for (String name : new String[] {"generations_per_year", "takeoff_years", "fidelity_at_automation"}) {
            MetricSummary s = r.metric(name);
            out.printf("%s mean %.4f (s.e. %.4f) [%.4f, %.4f] p50 %.4f n=%d%n", name, s.mean().value(),
                    s.mean().stderr(), s.mean().lower(), s.mean().upper(), s.quantiles().at(0.5), s.count());
        }
        // example rsi-chain ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(RsiChainExampleTest.class, "rsi-chain", RsiChainExampleTest::example);
    }
}
