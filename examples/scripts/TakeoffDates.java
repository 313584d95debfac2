// When is AI R&D automated? The flagship chain with an uncertain capability step, run until the probability of
// automation by 2029 is known to +/-0.01 (95 % CI half-width), then reported by year.
//
// Run from the repository root, after ./rsisim has built the jar once:
//   java -cp cli/target/rsisim.jar examples/scripts/TakeoffDates.java
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.core.Target;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.ModelCatalog;

public class TakeoffDates {
    public static void main(String[] args) {
        Model model = ModelCatalog.get("rsi-chain").create();
        double[] years = {2027, 2028, 2029, 2030, 2032, 2035};
        Experiment e = Experiment.builder(model)
                .name("takeoff dates")
                .runs(200_000)
                .seed(2026)
                .parameter("capability_step_ooms", Distributions.uniform(0.4, 1.2))
                .eventTimes("automated_ai_rd", years)
                .target(Target.eventProbability("automated_ai_rd", 2029, 0.01))
                .build();
        Result r = Engine.create().run(e);
        EventSummary s = r.event("automated_ai_rd");
        System.out.println("runs = " + r.manifest().runs() + ", target met = " + r.convergence().met());
        for (double y : years) {
            Proportion p = s.probabilityBy(y);
            System.out.printf(java.util.Locale.ROOT, "P(automated_ai_rd by %.0f) = %.3f  95%% CI [%.3f, %.3f]%n",
                    y, p.p(), p.lower(), p.upper());
        }
        System.out.printf(java.util.Locale.ROOT, "censored = %.3f%n", s.censoredFraction());
    }
}
