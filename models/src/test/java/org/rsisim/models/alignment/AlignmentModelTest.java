package org.rsisim.models.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.models.ModelProvider;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.models.ModelCatalog;

class AlignmentModelTest {

    @Test
    void finalFidelityMatchesClosedFormWithAwarenessThroughTheEngine() {
        Model model = new AlignmentModel().withSettings(Map.of("generations", 30.0));
        double p = 0.995;
        double d = 0.8;
        double c = 0.6;
        double awareness = 0.5;
        double growth = 0.3;
        Experiment e = Experiment.builder(model).runs(100_000).seed(31).blockSize(12_800)
                .parameter("fidelity_per_generation", p).parameter("fidelity_dispersion", 0.05)
                .parameter("detection_probability", d).parameter("correction_fraction", c)
                .parameter("evaluation_awareness", awareness).parameter("capability_ooms_per_generation", growth)
                .build();
        MetricSummary f = Engine.withThreads(2).run(e).metric("final_fidelity");
        double expected = 1;
        for (int g = 1; g <= 30; g++) {
            double dEff = d * Math.exp(-awareness * g * growth);
            // E[q] = p and oversight is independent of q, so E[q_eff] = dEff (1 - (1 - p)(1 - c)) + (1 - dEff) p
            expected *= dEff * (1 - (1 - p) * (1 - c)) + (1 - dEff) * p;
        }
        // 5 standard errors: false-failure rate 5.7e-7
        assertEquals(expected, f.mean().value(), 5 * f.mean().stderr(), "seed 31: " + f);
    }

    @Test
    void moreOversightNeverLowersExpectedFidelityWithCommonRandomNumbers() {
        Model model = new AlignmentModel().withSettings(Map.of("generations", 100.0));
        double previous = 0;
        for (double d : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            Experiment e = Experiment.builder(model).runs(5_000).seed(77).blockSize(2560)
                    .parameter("fidelity_dispersion", 0.2).parameter("fidelity_per_generation", 0.99)
                    .parameter("detection_probability", d).parameter("correction_fraction", 0.5)
                    .parameter("evaluation_awareness", 0.2).build();
            double mean = Engine.withThreads(2).run(e).metric("final_fidelity").mean().value();
            assertTrue(mean >= previous, "seed 77: d = " + d + " gave " + mean + " < " + previous);
            previous = mean;
        }
    }

    @Test
    void sameSeedAndRunGiveTheSameTrajectory() {
        Model model = AlignmentModel.of(60, 0.9);
        double[] params = {0.99, 0.2, 0.5, 0.5, 0.3, 0.5};
        double[] a = RecordingSink.runOnce(model, params, 9, 1234).series(model, "fidelity");
        double[] b = RecordingSink.runOnce(model, params, 9, 1234).series(model, "fidelity");
        double[] c = RecordingSink.runOnce(model, params, 9, 1235).series(model, "fidelity");
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c), "another run index must give another trajectory");
    }

    @Test
    void badSettingsAreRefusedWithNameValueAndRange() {
        ModelProvider provider = ModelProvider.of(new AlignmentModel());
        var e = assertThrows(IllegalArgumentException.class, () -> provider.create(Map.of("generations", 0.0)));
        assertEquals("setting generations = 0.0 is outside its allowed range [1.0, 100000.0]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> provider.create(Map.of("generations", 2.5)));
        assertEquals("setting generations = 2.5 is not a whole number in [1.0, 100000.0]", e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> provider.create(Map.of("fidelity_threshold", Double.NaN)));
        assertTrue(e.getMessage().startsWith("setting fidelity_threshold = NaN is outside"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> provider.create(Map.of("generation", 5.0)));
        assertTrue(e.getMessage().contains("no setting 'generation'") && e.getMessage().contains("generations"),
                e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> AlignmentModel.of(10, 1.5));
        assertEquals("setting fidelity_threshold = 1.5 is outside its allowed range [0.0, 1.0]", e.getMessage());
        Model model = provider.create();
        e = assertThrows(IllegalArgumentException.class,
                () -> Experiment.builder(model).parameter("fidelity_per_generation", 1.2).build());
        assertTrue(e.getMessage().contains("fidelity_per_generation"), e.getMessage());
    }

    @Test
    void catalogHasTheModel() {
        assertEquals(AlignmentModel.NAME, ModelCatalog.get("alignment-fidelity").name());
        Model m = ModelCatalog.get("alignment-fidelity").create();
        assertEquals(500, ((AlignmentModel) m).generations());
        for (var p : m.parameters()) {
            assertTrue(p.allows(p.defaultValue()), p.toString());
        }
    }
}
