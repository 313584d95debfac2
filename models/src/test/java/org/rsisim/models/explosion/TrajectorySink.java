package org.rsisim.models.explosion;

import java.util.Arrays;
import java.util.List;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.core.Sink;

/** A sink that keeps one run's observations, for tests that check a trajectory outside the engine. */
public final class TrajectorySink implements Sink {
    private final List<Observable> observables;
    private final double[] scalars;
    private final boolean[] recorded;
    private final double[][] series;
    private int divergedAt = Integer.MIN_VALUE;

    /**
     * @param model the model whose observables are recorded
     */
    public TrajectorySink(Model model) {
        observables = model.observables();
        int n = observables.size();
        scalars = new double[n];
        recorded = new boolean[n];
        series = new double[n][];
        for (int i = 0; i < n; i++) {
            if (observables.get(i).kind() == Observable.Kind.SERIES) {
                series[i] = new double[observables.get(i).length()];
                Arrays.fill(series[i], Double.NaN);
            }
        }
    }

    /**
     * Runs one run of a model, reproduced from (seed, run) as the engine would.
     *
     * @param model the model
     * @param params its parameters
     * @param seed experiment seed
     * @param run run index
     * @return the recorded run
     */
    public static TrajectorySink run(Model model, double[] params, long seed, long run) {
        RunStreams streams = RunStreams.create(seed);
        Simulation sim = model.newSimulation(streams);
        streams.moveTo(run);
        TrajectorySink sink = new TrajectorySink(model);
        sim.run(params, sink);
        return sink;
    }

    /**
     * Returns the defaults of a model's parameters.
     *
     * @param model the model
     * @return one value per parameter
     */
    public static double[] defaults(Model model) {
        return model.parameters().stream().mapToDouble(p -> p.defaultValue()).toArray();
    }

    @Override
    public void metric(int observable, double value) {
        scalars[observable] = value;
        recorded[observable] = true;
    }

    @Override
    public void event(int observable, double time) {
        scalars[observable] = time;
        recorded[observable] = true;
    }

    @Override
    public void series(int observable, int step, double value) {
        series[observable][step] = value;
    }

    @Override
    public void diverged(int step) {
        divergedAt = step;
    }

    /**
     * @param name a metric or event name
     * @return its value, or NaN if not recorded
     */
    public double get(String name) {
        int i = index(name);
        return recorded[i] ? scalars[i] : Double.NaN;
    }

    /**
     * @param name a metric or event name
     * @return whether it was recorded
     */
    public boolean has(String name) {
        return recorded[index(name)];
    }

    /**
     * @param name a series name
     * @return its values, NaN where not recorded
     */
    public double[] series(String name) {
        return series[index(name)].clone();
    }

    /** @return whether the model marked the run as diverged */
    public boolean diverged() {
        return divergedAt != Integer.MIN_VALUE;
    }

    private int index(String name) {
        for (int i = 0; i < observables.size(); i++) {
            if (observables.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no observable " + name);
    }
}
