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
    void reportsDivergence() {
        // a factor above the threshold makes the model throw; a width of 0 keeps every value finite
        RunProbe p = RunProbe.of(new ProductModel(5), 1);
        assertTrue(p.run(0, new double[] {0, 1.2, 2}));
        assertEquals(-1, p.divergedStep());
        Model blowUp = new Model() {
            @Override
            public String name() {
                return "blow-up";
            }

            @Override
            public java.util.List<Parameter> parameters() {
                return java.util.List.of();
            }

            @Override
            public java.util.List<Observable> observables() {
                return java.util.List.of(Observable.series("x", "1", 4, 0, 1, "step", "value"),
                        Observable.metric("m", "1", "a metric"));
            }

            @Override
            public Simulation newSimulation(RunStreams streams) {
                return (q, sink) -> {
                    long run = streams.run();
                    sink.series(Ids.series(0), 0, 1);
                    if (run == 1) {
                        sink.series(Ids.series(0), 1, Double.POSITIVE_INFINITY);
                    } else if (run == 2) {
                        sink.diverged(3);
                    } else if (run == 3) {
                        sink.metric(Ids.metric(1), Double.NaN);
                    }
                };
            }
        };
        RunProbe b = RunProbe.of(blowUp, 1);
        assertTrue(b.run(0, new double[0]));
        assertTrue(!b.run(1, new double[0]) && b.diverged(), "an infinite series value diverges");
        assertTrue(!b.run(2, new double[0]) && b.divergedStep() == 3, "a signalled blow-up diverges at its step");
        assertTrue(!b.run(3, new double[0]), "a NaN metric diverges");
        assertTrue(b.run(0, new double[0]), "the next run starts clean");
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
