package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RunProbeTest {

    @Test
    void reproducesTheEnginesRuns() {
        // one run of 64 through the engine has the same product as the probe's run 0 with the default parameters
        Experiment e = Experiment.builder(new ProductModel(25)).runs(64).seed(77).build();
        Result r = Engine.withThreads(1).run(e.toBuilder().runs(64).build());
        RunProbe probe = RunProbe.of(e);
        double sum = 0;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 64; i++) {
            assertTrue(probe.run(i, probe.defaults()));
            sum += probe.metric("product");
            max = Math.max(max, probe.metric("product"));
        }
        assertEquals(r.metric("product").mean().value(), sum / 64, 1e-12);
        assertEquals(r.metric("product").max(), max);
    }

    @Test
    void sameRunSameTrajectory() {
        RunProbe a = RunProbe.of(new ProductModel(25), 5);
        RunProbe b = RunProbe.of(new ProductModel(25), 5);
        a.run(3, a.defaults());
        a.run(12, a.defaults());
        double[] first = a.series("value");
        b.run(12, b.defaults());
        assertArrayEquals(first, b.series("value"));
        assertEquals(a.eventTime("crossed"), b.eventTime("crossed"));
    }

    @Test
    void checksItsInput() {
        RunProbe p = RunProbe.of(new ProductModel(5), 1);
        assertThrows(IllegalArgumentException.class, () -> p.run(0, new double[1]));
        assertThrows(IllegalArgumentException.class, () -> p.run(-1, p.defaults()));
        p.run(0, p.defaults());
        assertThrows(IllegalArgumentException.class, () -> p.metric("crossed"));
        assertThrows(IllegalArgumentException.class, () -> p.series("nope"));
    }
}
