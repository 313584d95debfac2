package org.rsisim.scenario.docs;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The worked example of {@code economy} in docs/models.md: its code is this class's, and its output is what this
 * code prints, to the last digit.
 */
class EconomyExampleTest {

    static void example(PrintStream out) {
        // example economy begins
        Result r = Engine.withThreads(2).run(ScenarioCatalog.get("machine-economy").experiment());
        for (String name : new String[] {"peak_output_growth", "output_multiple_at_end"}) {
            MetricSummary m = r.metric(name);
            out.printf("%s n=%d mean %.4g (s.e. %.2g) p05 %.4g p50 %.4g p95 %.4g%n", name, m.count(),
                    m.mean().value(), m.mean().stderr(), m.quantiles().at(0.05), m.quantiles().at(0.5),
                    m.quantiles().at(0.95));
        }
        for (String name : new String[] {"share_passes_10pct", "share_passes_50pct"}) {
            EventSummary ev = r.event(name);
            for (double t : ev.times()) {
                Proportion p = ev.probabilityBy(t);
                out.printf("P(%s by %.0f) = %.3f [%.3f, %.3f]%n", name, t, p.p(), p.lower(), p.upper());
            }
        }
        for (String name : new String[] {"autonomous_share", "output_growth"}) {
            SeriesBands b = r.series(name);
            for (int k = 0; k < b.length(); k += 4) {
                out.printf("%s at %.2f: p50 %.3g [p05 %.3g, p95 %.3g]%n", name, b.index()[k], b.p50()[k],
                        b.p05()[k], b.p95()[k]);
            }
        }
        // example economy ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(EconomyExampleTest.class, "economy", EconomyExampleTest::example);
    }
}
