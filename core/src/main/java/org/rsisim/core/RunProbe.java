package org.rsisim.core;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rsisim.core.internal.RunRecorder;

/**
 * Runs one run of a model at a time, outside the engine, and keeps what it recorded: for tests of a model's
 * invariants, for analyses that evaluate the model at chosen parameter values (sensitivity, calibration), and for
 * looking at single trajectories.
 *
 * <p>Run {@code i} of a probe with seed {@code s} sees exactly the random numbers that run {@code i} of an
 * experiment with seed {@code s} sees in its model's stream components, so the probe reproduces the engine's
 * trajectories. Parameters are given explicitly (the probe does not sample them). Not thread-safe: one probe per
 * thread. After the first run, {@link #run} allocates nothing.
 */
public final class RunProbe {
    private final Model model;
    private final List<Observable> observables;
    private final RunStreams streams;
    private final Simulation simulation;
    private final Capture capture;

    private RunProbe(Model model, long seed) {
        this.model = model;
        this.observables = model.observables();
        this.streams = RunStreams.create(seed);
        this.simulation = model.newSimulation(streams);
        this.capture = new Capture(observables);
    }

    /**
     * Creates a probe of a model with a seed.
     *
     * @param model the model
     * @param seed the seed
     * @return the probe
     */
    public static RunProbe of(Model model, long seed) {
        return new RunProbe(Objects.requireNonNull(model, "model"), seed);
    }

    /**
     * Creates a probe of an experiment's model and seed.
     *
     * @param experiment the experiment
     * @return the probe
     */
    public static RunProbe of(Experiment experiment) {
        return of(experiment.model(), experiment.seed());
    }

    /**
     * Runs one run with given parameter values and keeps its observations.
     *
     * @param run the run index, {@code >= 0}
     * @param parameters one value per parameter of the model, in order; not checked against the ranges
     * @return {@code true} if the run completed, {@code false} if it diverged
     * @throws IllegalArgumentException if the parameter count is wrong or the run index is negative
     * @throws RuntimeException whatever the model throws
     */
    public boolean run(long run, double[] parameters) {
        if (parameters.length != model.parameters().size()) {
            throw new IllegalArgumentException("model " + model.name() + " takes " + model.parameters().size()
                    + " parameters, got " + parameters.length);
        }
        if (run < 0) {
            throw new IllegalArgumentException("run = " + run + " is negative");
        }
        streams.moveTo(run);
        capture.begin();
        simulation.run(parameters, capture);
        return !diverged();
    }

    /**
     * Says whether the model accepts a draw of parameters ({@link Simulation#accepts}), as the engine asks it under
     * the redraw option ({@link Experiment.Builder#redraw}); this probe's simulation answers, between runs.
     *
     * @param parameters one value per parameter of the model, in order; not checked against the ranges
     * @return the model's answer
     * @throws IllegalArgumentException if the parameter count is wrong
     * @throws RuntimeException whatever the model throws
     */
    public boolean accepts(double[] parameters) {
        if (parameters.length != model.parameters().size()) {
            throw new IllegalArgumentException("model " + model.name() + " takes " + model.parameters().size()
                    + " parameters, got " + parameters.length);
        }
        return simulation.accepts(parameters);
    }

    /**
     * Returns the default value of every parameter, in order.
     *
     * @return a new array
     */
    public double[] defaults() {
        return model.parameters().stream().mapToDouble(Parameter::defaultValue).toArray();
    }

    /**
     * Returns whether the last run diverged: it signalled a blow-up, or recorded NaN or an infinity.
     *
     * @return the flag
     */
    public boolean diverged() {
        if (capture.divergedStep != Integer.MIN_VALUE) {
            return true;
        }
        for (int i = 0; i < capture.scalar.length; i++) {
            if (capture.set[i] && !Double.isFinite(capture.scalar[i])) {
                return true;
            }
        }
        return capture.nonFiniteSeries;
    }

    /**
     * Returns the step the model signalled a blow-up at, or -1 if it did not.
     *
     * @return the step
     */
    public int divergedStep() {
        return capture.divergedStep == Integer.MIN_VALUE ? -1 : capture.divergedStep;
    }

    /**
     * Returns a metric of the last run.
     *
     * @param name metric name
     * @return its value, or NaN if the run did not record it
     */
    public double metric(String name) {
        return scalar(name, Observable.Kind.METRIC);
    }

    /**
     * Returns when an event happened in the last run.
     *
     * @param name event name
     * @return its time, or NaN if it did not happen (censored)
     */
    public double eventTime(String name) {
        return scalar(name, Observable.Kind.EVENT);
    }

    /**
     * Returns a series of the last run.
     *
     * @param name series name
     * @return one value per step; NaN at steps the run did not record
     */
    public double[] series(String name) {
        int i = index(name, Observable.Kind.SERIES);
        return capture.series[i].clone();
    }

    private double scalar(String name, Observable.Kind kind) {
        int i = index(name, kind);
        return capture.set[i] ? capture.scalar[i] : Double.NaN;
    }

    private int index(String name, Observable.Kind kind) {
        int i = model.observableIndex(name);
        if (observables.get(i).kind() != kind) {
            throw new IllegalArgumentException("'" + name + "' is a " + observables.get(i).kind().name()
                    .toLowerCase() + ", not a " + kind.name().toLowerCase());
        }
        return i;
    }

    /** A sink that keeps the last run's observations. */
    private static final class Capture implements Sink {
        final List<Observable> observables;
        final double[] scalar;
        final boolean[] set;
        final double[][] series;
        final int[] seriesEnd;
        int divergedStep = Integer.MIN_VALUE;
        boolean nonFiniteSeries;

        Capture(List<Observable> observables) {
            this.observables = observables;
            int n = observables.size();
            scalar = new double[n];
            set = new boolean[n];
            series = new double[n][];
            seriesEnd = new int[n];
            for (int i = 0; i < n; i++) {
                if (observables.get(i).kind() == Observable.Kind.SERIES) {
                    series[i] = new double[observables.get(i).length()];
                }
            }
        }

        void begin() {
            Arrays.fill(set, false);
            Arrays.fill(seriesEnd, 0);
            for (double[] s : series) {
                if (s != null) {
                    Arrays.fill(s, Double.NaN);
                }
            }
            divergedStep = Integer.MIN_VALUE;
            nonFiniteSeries = false;
        }

        @Override
        public void metric(MetricId metric, double value) {
            int observable = metric.index();
            check(observable, Observable.Kind.METRIC);
            scalar[observable] = value;
            set[observable] = true;
        }

        @Override
        public void event(EventId event, double time) {
            int observable = event.index();
            check(observable, Observable.Kind.EVENT);
            scalar[observable] = time;
            set[observable] = true;
        }

        @Override
        public void series(SeriesId handle, int step, double value) {
            int observable = handle.index();
            check(observable, Observable.Kind.SERIES);
            if (step < 0 || step >= series[observable].length) {
                throw RunRecorder.stepOutside(observables, observable, step);
            }
            series[observable][step] = value;
            if (!Double.isFinite(value)) {
                nonFiniteSeries = true;
            }
            if (step >= seriesEnd[observable]) {
                seriesEnd[observable] = step + 1;
            }
        }

        private void check(int observable, Observable.Kind kind) {
            if (observables.get(observable).kind() != kind) {
                throw RunRecorder.wrongKind(observables, observable, kind);
            }
        }

        @Override
        public void diverged(int step) {
            if (divergedStep == Integer.MIN_VALUE) {
                divergedStep = step;
            }
        }
    }
}
