package org.rsisim.testkit;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Model;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelCatalog;
import org.rsisim.testkit.Invariants.Divergence;

/**
 * Reproductions of the defects that {@link KnownDefects} excludes from the catalog properties. Each asserts that
 * the defect is still there: when a model is fixed its test here fails, and the test and the exclusion are to be
 * removed together.
 */
class KnownDefectsTest {

    @Test
    void subnormalFidelityDispersionRecordsNaN() {
        for (String name : new String[] {"alignment-fidelity", "rsi-chain"}) {
            Model model = ModelCatalog.get(name).create(Map.of());
            double[] p = RunProbe.of(model, 0).defaults();
            p[model.parameterIndex("fidelity_dispersion")] = Double.MIN_VALUE;
            ModelCase c = new ModelCase(name, Map.of(), model, p, 0, 0);
            assertTrue(KnownDefects.subnormalDispersion(c));
            AssertionError e = assertThrows(AssertionError.class,
                    () -> Invariants.completes(c, Divergence.ALLOWED_IF_SIGNALLED),
                    name + " no longer records NaN at fidelity_dispersion = 4.9E-324: remove this test and"
                            + " KnownDefects.subnormalDispersion");
            assertTrue(e.getMessage().contains("NaN"), e.getMessage());
        }
    }

    @Test
    void cesPowerMeanLosesATinyWeightOfTheFasterTask() {
        Model model = ModelCatalog.get("bottleneck").create(Map.of());
        double[] p = {1e-20, 1, 0, 100};
        ModelCase c = new ModelCase("bottleneck", Map.of(), model, p, 0, 0);
        assertTrue(KnownDefects.cesTinyFastShare(c));
        AssertionError e = assertThrows(AssertionError.class, () -> Invariants.monotoneSeries(c,
                "speed_up_by_engineering_speed", Invariants.Direction.NON_DECREASING),
                "the bottleneck series is monotone at engineering_share = 1e-20, sigma = 100: remove this test and"
                        + " KnownDefects.cesTinyFastShare");
        assertTrue(e.getMessage().contains("= 0.0"), e.getMessage());
    }

    @Test
    void explosionRunOnItsThresholdDoesNotReturn() throws InterruptedException {
        Map<String, Double> settings = Map.of("horizon_years", 1.0, "speed_up_threshold", 1.0,
                "sustained_months", 0.0);
        Model model = ModelCatalog.get("explosion").create(settings);
        double[] p = {Math.nextUp(1.0), 1, Double.POSITIVE_INFINITY, 0.01, 1, 0.01};
        ModelCase c = new ModelCase("explosion", settings, model, p, -2, 0);
        assertTrue(KnownDefects.explosionOnItsThreshold(c));
        Thread run = new Thread(() -> RunProbe.of(model, -2).run(0, p), "explosion-on-threshold");
        run.setDaemon(true);
        run.start();
        run.join(2_000);
        // a run of this model at a 1-year horizon takes well under 0.1 s; this one is still running after 2 s
        assertTrue(run.isAlive(), "the explosion run on its threshold now returns: remove this test and"
                + " KnownDefects.explosionOnItsThreshold");
    }
}
