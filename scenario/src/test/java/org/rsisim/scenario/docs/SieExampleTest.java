package org.rsisim.scenario.docs;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The worked example of {@code sie} in docs/models.md: its code is this class's, and its output is what this code
 * prints, to the last digit.
 */
class SieExampleTest {

    static void example(PrintStream out) {
        // example sie begins
        Experiment e = ScenarioCatalog.get("sie-2025").experiment().withRuns(300_000);
        Result r = Engine.withThreads(2).run(e);
        out.printf("%d runs: %d completed, %d diverged, %d failed%n", e.runs(), r.completed(), r.diverged(),
                r.failed());
        for (String name : new String[] {"speedup_3x_12mo", "speedup_10x_4mo", "speedup_10x_12mo",
                "speedup_30x_4mo"}) {
            Estimate p = r.metric(name).mean();
            out.printf("%s %.4f (s.e. %.4f)%n", name, p.value(), p.stderr());
        }
        MetricSummary y = r.metric("years_compressed_into_one");
        Quantiles q = y.quantiles();
        out.printf("years_compressed_into_one mean %.3f (s.e. %.3f) p10 %.3f p25 %.3f p50 %.3f p75 %.3f p90 %.3f%n",
                y.mean().value(), y.mean().stderr(), q.at(0.1), q.at(0.25), q.at(0.5), q.at(0.75), q.at(0.9));
        // example sie ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(SieExampleTest.class, "sie", SieExampleTest::example);
    }
}
