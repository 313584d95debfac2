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
}
