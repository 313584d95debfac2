package org.rsisim.scenario.docs;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The worked example of {@code explosion} in docs/models.md: its code is this class's, and its output is what
 * this code prints, to the last digit.
 */
class ExplosionExampleTest {

    static void example(PrintStream out) {
        // example explosion begins
        Experiment e = ScenarioCatalog.get("software-explosion").experiment().withRuns(2_000);
        Result r = Engine.withThreads(2).run(e);
        out.printf("%d runs: %d completed, %d diverged, %d failed%n", e.runs(), r.completed(), r.diverged(),
                r.failed());
        for (String name : new String[] {"years_compressed_into_one", "peak_speed_up"}) {
            MetricSummary m = r.metric(name);
            Quantiles q = m.quantiles();
            out.printf("%s n=%d mean %.3f (s.e. %.3f) p05 %.3f p25 %.3f p50 %.3f p75 %.3f p90 %.3f p95 %.3f%n",
                    name, m.count(), m.mean().value(), m.mean().stderr(), q.at(0.05), q.at(0.25), q.at(0.5),
                    q.at(0.75), q.at(0.9), q.at(0.95));
        }
        for (String name : new String[] {"sustained_speed_up", "ceiling_reached", "blow_up"}) {
            EventSummary ev = r.event(name);
            out.printf("%s: happened in %d of %d runs%n", name, ev.occurred(), ev.runs());
            for (double t : ev.times()) {
                Proportion p = ev.probabilityBy(t);
                out.printf("  P(by %.2f years) = %.3f [%.3f, %.3f]%n", t, p.p(), p.lower(), p.upper());
            }
        }
        // example explosion ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(ExplosionExampleTest.class, "explosion", ExplosionExampleTest::example);
    }
}
