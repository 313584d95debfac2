package org.rsisim.models.explosion;

import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.RunProbe;

/** One run of a model outside the engine, read by observable name: a thin reading of {@link RunProbe}. */
public final class TrajectorySink {
    private final Model model;
    private final RunProbe probe;

    private TrajectorySink(Model model, RunProbe probe) {
        this.model = model;
        this.probe = probe;
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
        RunProbe probe = RunProbe.of(model, seed);
        probe.run(run, params);
        return new TrajectorySink(model, probe);
    }

    /**
     * Returns the defaults of a model's parameters.
     *
     * @param model the model
     * @return one value per parameter
     */
    public static double[] defaults(Model model) {
        return RunProbe.of(model, 0).defaults();
    }

    /**
     * @param name a metric or event name
     * @return its value, or NaN if not recorded
     */
    public double get(String name) {
        Observable o = model.observables().get(model.observableIndex(name));
        return o.kind() == Observable.Kind.EVENT ? probe.eventTime(name) : probe.metric(name);
    }

    /**
     * @param name a metric or event name
     * @return whether it was recorded
     */
    public boolean has(String name) {
        return !Double.isNaN(get(name));
    }

    /**
     * @param name a series name
     * @return its values, NaN where not recorded
     */
    public double[] series(String name) {
        return probe.series(name);
    }

    /** @return whether the model marked the run as diverged */
    public boolean diverged() {
        return probe.divergedStep() >= 0;
    }
}
