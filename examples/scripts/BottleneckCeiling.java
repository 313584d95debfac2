// Amdahl's ceiling: however fast automated engineering gets, AI R&D as a whole is capped by the part that is not
// automated. Runs the bottleneck model at increasing engineering speeds and prints the mean speed-up next to the
// ceiling 1 / (1 - f) of the engineering share f.
//
// Run from the repository root, after ./rsisim has built the jar once:
//   java -cp cli/target/rsisim.jar examples/scripts/BottleneckCeiling.java
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.models.ModelCatalog;

public class BottleneckCeiling {
    public static void main(String[] args) {
        Model model = ModelCatalog.get("bottleneck").create();
        double share = 0.99;
        Engine engine = Engine.create();
        for (double speed : new double[] {10, 100, 1_000, 10_000}) {
            Experiment e = Experiment.builder(model)
                    .name("bottleneck s=" + speed)
                    .runs(1_024)
                    .seed(1)
                    .parameter("engineering_share", share)
                    .parameter("engineering_speed", speed)
                    .parameter("research_automated_share", 0.0)
                    .parameter("substitution_elasticity", 0.0)
                    .build();
            Result r = engine.run(e);
            System.out.printf(java.util.Locale.ROOT, "speed_up[s=%.0f] = %.4f  ceiling = %.4f%n", speed,
                    r.metric("speed_up").mean().value(), 1 / (1 - share));
        }
    }
}
