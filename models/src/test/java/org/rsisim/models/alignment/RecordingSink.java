package org.rsisim.models.alignment;

import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.RunProbe;

/** One run of a model outside the engine, read by observable name: a thin reading of {@link RunProbe}. */
public final class RecordingSink {
    private final Model model;
    private final RunProbe probe;

    private RecordingSink(Model model, RunProbe probe) {
        this.model = model;
        this.probe = probe;
    }

    /**
     * Runs one run of a model at a given seed and run index, outside the engine.
     *
     * @return the recorded observations
     */
    public static RecordingSink runOnce(Model model, double[] parameters, long seed, long run) {
        RunProbe probe = RunProbe.of(model, seed);
        probe.run(run, parameters);
        return new RecordingSink(model, probe);
    }

    public double metric(Model model, String name) {
        return probe.metric(name);
    }

    public double event(Model model, String name) {
        return probe.eventTime(name);
    }

    public double[] series(Model model, String name) {
        return probe.series(name);
    }

    /** @return every metric's value by observable index, NaN for other observables and unrecorded metrics */
    public double[] metrics() {
        return scalars(Observable.Kind.METRIC);
    }

    /** @return every event's time by observable index, NaN for other observables and censored events */
    public double[] events() {
        return scalars(Observable.Kind.EVENT);
    }

    private double[] scalars(Observable.Kind kind) {
        double[] out = new double[model.observables().size()];
        for (int i = 0; i < out.length; i++) {
            Observable o = model.observables().get(i);
            out[i] = o.kind() != kind ? Double.NaN
                    : kind == Observable.Kind.METRIC ? probe.metric(o.name()) : probe.eventTime(o.name());
        }
        return out;
    }
}
