package org.rsisim.models.alignment;

import java.util.Arrays;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.core.Sink;

/** A sink that keeps one run's observations, for tests that run a simulation outside the engine. */
public final class RecordingSink implements Sink {
    public final double[] metrics;
    public final double[] events;
    public final double[][] series;
    public int divergedAt = -1;

    public RecordingSink(Model model) {
        int n = model.observables().size();
        metrics = new double[n];
        events = new double[n];
        series = new double[n][];
        for (int i = 0; i < n; i++) {
            Observable o = model.observables().get(i);
            if (o.kind() == Observable.Kind.SERIES) {
                series[i] = new double[o.length()];
            }
        }
        clear();
    }

    /** Forgets every observation: unrecorded values read as NaN. */
    public void clear() {
        Arrays.fill(metrics, Double.NaN);
        Arrays.fill(events, Double.NaN);
        for (double[] s : series) {
            if (s != null) {
                Arrays.fill(s, Double.NaN);
            }
        }
        divergedAt = -1;
    }

    /**
     * Runs one run of a model at a given seed and run index, outside the engine.
     *
     * @return the recorded observations
     */
    public static RecordingSink runOnce(Model model, double[] parameters, long seed, long run) {
        RunStreams streams = RunStreams.create(seed);
        Simulation sim = model.newSimulation(streams);
        streams.moveTo(run);
        RecordingSink sink = new RecordingSink(model);
        sim.run(parameters, sink);
        return sink;
    }

    public double metric(Model model, String name) {
        return metrics[model.observableIndex(name)];
    }

    public double event(Model model, String name) {
        return events[model.observableIndex(name)];
    }

    public double[] series(Model model, String name) {
        return series[model.observableIndex(name)];
    }

    @Override
    public void metric(int observable, double value) {
        metrics[observable] = value;
    }

    @Override
    public void event(int observable, double time) {
        events[observable] = time;
    }

    @Override
    public void series(int observable, int step, double value) {
        series[observable][step] = value;
    }

    @Override
    public void diverged(int step) {
        divergedAt = step;
    }
}
