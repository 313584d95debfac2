package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs that produce NaN or infinity, or signal a blow-up, are counted as diverged and never averaged. */
class DivergenceTest {

    /** Run i writes series values 1..10; every third run blows up to infinity at step 4, every fifth signals a blow-up at step 7;
     * the earlier step counts. */
    static final class BlowUpModel implements Model {
        @Override
        public String name() {
            return "blow-up";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public List<Observable> observables() {
            return List.of(Observable.series("x", "1", 10, 0, 1, "step", "value"),
                    Observable.metric("last", "1", "last value"),
                    Observable.event("big", "step", 0, "value above 5"));
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            return (p, sink) -> {
                long run = streams.run();
                for (int k = 0; k < 10; k++) {
                    double v = run % 3 == 0 && k >= 4 ? Double.POSITIVE_INFINITY : k + 1;
                    sink.series(Ids.series(0), k, v);
                    if (run % 5 == 0 && k == 7) {
                        sink.diverged(7);
                        return;
                    }
                    if (k == 5) {
                        sink.event(Ids.event(2), k);
                    }
                }
                sink.metric(Ids.metric(1), 10);
            };
        }
    }

    @Test
    void divergedRunsAreCountedWithTheirStep() {
        Result r = Engine.withThreads(2).run(Experiment.builder(new BlowUpModel()).runs(3000).build());
        long third = 1000; // runs 0, 3, ..., 2997
        long fifthNotThird = 600 - 200; // multiples of 5 that are not multiples of 15
        assertEquals(third + fifthNotThird, r.diverged());
        assertEquals(3000 - third - fifthNotThird, r.completed());
        assertEquals(third, r.divergedAtStep().get(4));
        assertEquals(fifthNotThird, r.divergedAtStep().get(7));
        assertEquals(10.0, r.metric("last").mean().value());
        assertEquals(r.completed(), r.series("x").count()[9]);
        assertEquals(r.completed(), r.event("big").occurred());
        assertEquals(0.0, r.event("big").censoredFraction());
        for (double m : r.series("x").mean()) {
            assertTrue(Double.isFinite(m), "no diverged value in any mean");
        }
    }
}
