// Alignment fidelity compounding: how much does a tenfold smaller per-generation error buy after 500
// generations? Both runs use the same seed (common random numbers), so their difference is not sampling noise.
//
// Run from the repository root, after ./rsisim has built the jar once:
//   java -cp cli/target/rsisim.jar examples/scripts/AlignmentDecay.java
import java.util.Map;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.core.stat.Estimate;
import org.rsisim.models.ModelCatalog;

public class AlignmentDecay {
    public static void main(String[] args) {
        Model model = ModelCatalog.get("alignment-fidelity").create(Map.of("generations", 500.0));
        Engine engine = Engine.create();
        for (double p : new double[] {0.999, 0.9999}) {
            Experiment e = Experiment.builder(model)
                    .name("alignment p=" + p)
                    .runs(20_000)
                    .seed(1)
                    .parameter("fidelity_per_generation", p)
                    .build();
            Result r = engine.run(e);
            Estimate f = r.metric("final_fidelity").mean();
            System.out.printf(java.util.Locale.ROOT, "final_fidelity[p=%s] = %.6f  95%% CI [%.6f, %.6f]  closed form p^500 = %.6f%n",
                    p, f.value(), f.lower(), f.upper(), Math.pow(p, 500));
        }
    }
}
