package org.rsisim.scenario.docs;

import java.io.PrintStream;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.models.alignment.AlignmentFidelity;
import org.rsisim.models.alignment.AlignmentModel;

/**
 * The worked example of {@code alignment-fidelity} in docs/models.md: its code is this class's, and its output is
 * what this code prints, to the last digit. Deterministic: a fixed seed, and results that do not depend on the
 * thread count.
 */
class AlignmentExampleTest {

    static void example(PrintStream out) {
        // example alignment-fidelity begins
        out.println(AlignmentFidelity.afterGenerations(0.999, 50));
        out.println(AlignmentFidelity.afterGenerations(0.999, 500));

        Model model = new AlignmentModel().withSettings(Map.of("generations", 100.0, "fidelity_threshold", 0.95));
        Experiment e = Experiment.builder(model).runs(100_000).seed(1).blockSize(6400)
                .parameter("fidelity_per_generation", 0.999)
                .parameter("fidelity_dispersion", 0.1)
                .parameter("detection_probability", 0.8)
                .parameter("correction_fraction", 0.9)
                .parameter("evaluation_awareness", 0.5)
                .parameter("capability_ooms_per_generation", 0.2)
                .eventTimes("first_below_threshold", 25, 50, 100)
                .build();
        Result r = Engine.withThreads(2).run(e);
        SeriesBands f = r.series("fidelity");
        SeriesBands below = r.series("below_threshold");
        for (int n : new int[] {10, 50, 100}) {
            out.printf("n=%d mean=%.5f p05=%.4f p50=%.4f P(below 0.95)=%.4f%n", n, f.mean()[n], f.p05()[n],
                    f.p50()[n], below.mean()[n]);
        }
        EventSummary ev = r.event("first_below_threshold");
        for (double t : ev.times()) {
            Proportion p = ev.probabilityBy(t);
            out.printf("P(first_below_threshold <= %.0f) = %.5f [%.5f, %.5f]%n", t, p.p(), p.lower(), p.upper());
        }
        Estimate m = r.metric("final_fidelity").mean();
        out.printf("final_fidelity mean %.6f, standard error %.6f, 95 %% CI [%.6f, %.6f]%n", m.value(),
                m.stderr(), m.lower(), m.upper());

        // the mean in closed form: each generation's expected q_eff, multiplied over the 100 generations
        double expected = 1;
        for (int n = 1; n <= 100; n++) {
            double d = AlignmentFidelity.effectiveDetection(0.8, 0.5, 0.2 * n);
            expected *= d * AlignmentFidelity.corrected(0.999, 0.9) + (1 - d) * 0.999;
        }
        out.printf("closed form E[F_100] = %.6f; without oversight 0.999^100 = %.6f%n", expected,
                AlignmentFidelity.afterGenerations(0.999, 100));
        // example alignment-fidelity ends
    }

    @Test
    void theDocsShowThisCodeAndItsOutput() {
        ModelsDoc.check(AlignmentExampleTest.class, "alignment-fidelity", AlignmentExampleTest::example);
    }
}
