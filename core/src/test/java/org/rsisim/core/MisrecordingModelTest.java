package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A model that records an observation with the index of an observable of another kind, or a series step beyond the
 * series, has those runs counted as failed with a message naming the observable, in the engine and in
 * {@link RunProbe} alike; nothing it recorded in such a run reaches the statistics.
 */
class MisrecordingModelTest {

    /** Odd runs record the metric through {@code series}, runs 4k+2 write step 3 of a 3-step series. */
    private static final class MisrecordingModel implements Model {
        @Override
        public String name() {
            return "misrecording";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of();
        }

        @Override
        public List<Observable> observables() {
            return List.of(Observable.metric("m", "1", "a metric"),
                    Observable.series("s", "1", 3, 0, 1, "step", "a series"));
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            return (p, sink) -> {
                long run = streams.run();
                sink.series(Ids.series(1), 0, 1.0);
                if (run % 2 == 1) {
                    sink.series(Ids.series(0), 0, 5.0);
                } else if (run % 4 == 2) {
                    sink.series(Ids.series(1), 3, 5.0);
                }
                sink.metric(Ids.metric(0), 1.0);
            };
        }
    }

    @Test
    void misrecordedRunsFailWithTheirMessage() {
        Result r = Engine.withThreads(2).run(Experiment.builder(new MisrecordingModel()).runs(640).build());
        assertEquals(160, r.completed());
        assertEquals(480, r.failed());
        assertEquals(1.0, r.metric("m").mean().value());
        assertEquals(1.0, r.metric("m").max());
        assertEquals(160, r.series("s").count()[0]);
        assertEquals("run 1: java.lang.IllegalArgumentException: observable 0 ('m') is a metric, not a series",
                r.failures().stream().filter(f -> f.startsWith("run 1:")).findFirst().orElseThrow());
        assertEquals("run 2: java.lang.IndexOutOfBoundsException: step 3 is outside series 1 ('s'), whose steps are"
                + " 0 to 2", r.failures().stream().filter(f -> f.startsWith("run 2:")).findFirst().orElseThrow());
    }

    @Test
    void theProbeThrowsTheSameErrors() {
        RunProbe probe = RunProbe.of(new MisrecordingModel(), 1);
        probe.run(0, probe.defaults());
        assertEquals(1.0, probe.metric("m"));
        IllegalArgumentException wrongKind = assertThrows(IllegalArgumentException.class,
                () -> probe.run(1, probe.defaults()));
        assertEquals("observable 0 ('m') is a metric, not a series", wrongKind.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> probe.run(2, probe.defaults()));
    }
}
