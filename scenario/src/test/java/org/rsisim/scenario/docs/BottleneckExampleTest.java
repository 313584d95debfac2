package org.rsisim.scenario.docs;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.models.bottleneck.Amdahl;
import org.rsisim.models.bottleneck.Ces;
import org.rsisim.models.bottleneck.Pipeline;

/**
 * The worked example of {@code bottleneck} in docs/models.md: its code is this class's, and its output is what
 * this code prints, to the last digit.
 */
class BottleneckExampleTest {

    static void example(PrintStream out) {
        // example bottleneck begins
        Pipeline rd = Pipeline.aiResearch();
        out.printf("AI R&D at 52x: %.4f, ceiling %.4f, sigma 2/3 at 52x: %.4f%n", rd.speedUp(52), rd.ceiling(),
                rd.withSigma(2.0 / 3).speedUp(52));
        Pipeline eco = Pipeline.economy();
        out.printf("economy at 10x: %.4f, at 1000x: %.4f, ceiling %.4f%n", eco.speedUp(10), eco.speedUp(1000),
                eco.ceiling());
        double[] w = {0.99, 0.01};
        double[] s = {52, 1};
        for (double sigma : new double[] {0, 1.0 / 3, 2.0 / 3, 1, 2}) {
            out.printf("sigma %.3f: speed-up %.4f%n", sigma, Ces.speedUp(w, s, sigma));
        }
        out.printf("Amdahl(0.99, 52) = %.4f%n", Amdahl.speedUp(0.99, 52));

        Result r = Engine.withThreads(2).run(ScenarioCatalog.get("ai-rd-amdahl").experiment());
        for (String name : new String[] {"speed_up", "ceiling", "research_time_share"}) {
            MetricSummary m = r.metric(name);
            out.printf("%s n=%d mean %.4g (s.e. %.2g) p05 %.4g p50 %.4g p95 %.4g%n", name, m.count(),
                    m.mean().value(), m.mean().stderr(), m.quantiles().at(0.05), m.quantiles().at(0.5),
                    m.quantiles().at(0.95));
        }
        SeriesBands b = r.series("speed_up_by_engineering_speed");
        for (int k = 0; k < b.length(); k += 6) {
            out.printf("log10 s = %.1f: p50 %.3g [p05 %.3g, p95 %.3g]%n", b.index()[k], b.p50()[k], b.p05()[k],
                    b.p95()[k]);
        }
        // example bottleneck ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(BottleneckExampleTest.class, "bottleneck", BottleneckExampleTest::example);
    }
}
