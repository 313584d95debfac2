package org.rsisim.models.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.Experiment;
import org.rsisim.core.MetricId;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterDraws;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Sink;
import org.rsisim.core.Simulation;
import org.rsisim.core.distribution.JointDistribution;

/**
 * Two experiments run side by side on common random numbers, as one model the engine can run: run {@code i} of
 * the paired model is run {@code i} of experiment A followed by run {@code i} of experiment B, both with the
 * random numbers that run {@code i} of their own experiment sees on its own.
 *
 * <p>Each side draws its parameters from its own {@link JointDistribution} and runs its own model, on the same
 * {@link RunStreams}: between the sides the streams are moved back to the start of the run, so every stream
 * component (each model component, and each uncertain parameter's stream, keyed by the parameter's name) gives
 * both sides the same numbers. Side A of the paired run {@code i} is therefore exactly run {@code i} of experiment
 * A, and likewise for B. A side whose experiment redraws rejected parameter draws ({@link Experiment#redraw()})
 * draws them as the engine does ({@link ParameterDraws}); a pair in which a side exhausts its draws diverges at
 * step 0. The rejected draws are not counted in the paired result.
 *
 * <p>The paired model has no parameters of its own. For each metric {@code m} that both models have, it records three
 * metrics: {@code a:m}, {@code b:m} and {@code b-a:m = b:m - a:m}. For each event {@code e} both have and each
 * requested time {@code t}, it records the indicators {@code a:e<=t} and {@code b:e<=t} of the event having
 * happened by {@code t} (0 when censored) and their difference {@code b-a:e<=t} in {-1, 0, 1}. A metric is
 * recorded only in runs where both sides recorded it. A paired run diverges when either side diverges, so the
 * engine drops the pair as a whole and the two sides are always compared on the same runs. The per-run loop
 * allocates nothing. Immutable and thread-safe; each worker gets its own simulation.
 */
public final class PairedModel implements Model {
    /** The prefix of side A's observables. */
    public static final String A = "a:";
    /** The prefix of side B's observables. */
    public static final String B = "b:";
    /** The prefix of the differences B - A. */
    public static final String DIFFERENCE = "b-a:";

    private final Experiment a;
    private final Experiment b;
    private final List<Observable> observables;
    /** For each compared quantity {@code q}: the handles of {@code a:q}, {@code b:q} and {@code b-a:q}. */
    private final MetricId[] handles;
    /** For each compared quantity: observable index in A's and B's model. */
    private final int[] indexA;
    private final int[] indexB;
    /** For each compared quantity: the event time, or NaN for a metric. */
    private final double[] times;
    private final List<String> quantities;

    /**
     * Pairs two experiments.
     *
     * @param a experiment A
     * @param b experiment B
     * @param eventTimes the times at which to compare each event's cumulative probability, by event name; every
     *        name must be an event of both models
     * @throws IllegalArgumentException if a named event is not an event of both models, a time is not finite, a
     *         common metric has different units on the two sides, or nothing is compared
     */
    public PairedModel(Experiment a, Experiment b, Map<String, double[]> eventTimes) {
        this.a = Objects.requireNonNull(a, "a");
        this.b = Objects.requireNonNull(b, "b");
        Model ma = a.model();
        Model mb = b.model();
        Declarations obs = new Declarations();
        List<MetricId> ids = new ArrayList<>();
        List<Integer> ia = new ArrayList<>();
        List<Integer> ib = new ArrayList<>();
        List<Double> ts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Observable o : ma.observables()) {
            if (o.kind() != Observable.Kind.METRIC) {
                continue;
            }
            Observable other = find(mb, o.name());
            if (other == null || other.kind() != Observable.Kind.METRIC) {
                continue;
            }
            if (!o.unit().equals(other.unit())) {
                throw new IllegalArgumentException("metric " + o.name() + " is in " + o.unit() + " in "
                        + a.name() + " but in " + other.unit() + " in " + b.name());
            }
            String q = o.name();
            ids.add(obs.metric(A + q, o.unit(), o.description() + " (" + a.name() + ")"));
            ids.add(obs.metric(B + q, o.unit(), o.description() + " (" + b.name() + ")"));
            ids.add(obs.metric(DIFFERENCE + q, o.unit(), "difference B - A of " + q));
            ia.add(ma.observableIndex(q));
            ib.add(mb.observableIndex(q));
            ts.add(Double.NaN);
            names.add(q);
        }
        for (Map.Entry<String, double[]> entry : new LinkedHashMap<>(eventTimes).entrySet()) {
            String e = entry.getKey();
            Observable oa = find(ma, e);
            Observable ob = find(mb, e);
            if (oa == null || ob == null || oa.kind() != Observable.Kind.EVENT || ob.kind() != Observable.Kind.EVENT) {
                throw new IllegalArgumentException("'" + e + "' is not an event of both " + a.name() + " ("
                        + ma.name() + ") and " + b.name() + " (" + mb.name() + ")");
            }
            double[] sorted = entry.getValue().clone();
            Arrays.sort(sorted);
            for (double t : sorted) {
                if (!Double.isFinite(t)) {
                    throw new IllegalArgumentException("event " + e + ": comparison time " + t + " is not finite");
                }
                String q = e + "<=" + t;
                if (names.contains(q)) {
                    continue;
                }
                ids.add(obs.metric(A + q, "1", "1 if " + e + " happened by " + t + " (" + a.name() + ")"));
                ids.add(obs.metric(B + q, "1", "1 if " + e + " happened by " + t + " (" + b.name() + ")"));
                ids.add(obs.metric(DIFFERENCE + q, "1", "difference B - A of the indicator " + q));
                ia.add(ma.observableIndex(e));
                ib.add(mb.observableIndex(e));
                ts.add(t);
                names.add(q);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException(a.name() + " and " + b.name()
                    + " have no metric in common and no event times were requested: nothing to compare");
        }
        this.observables = obs.observables();
        this.handles = ids.toArray(new MetricId[0]);
        this.indexA = ia.stream().mapToInt(Integer::intValue).toArray();
        this.indexB = ib.stream().mapToInt(Integer::intValue).toArray();
        this.times = ts.stream().mapToDouble(Double::doubleValue).toArray();
        this.quantities = List.copyOf(names);
    }

    private static Observable find(Model m, String name) {
        for (Observable o : m.observables()) {
            if (o.name().equals(name)) {
                return o;
            }
        }
        return null;
    }

    /**
     * Returns the compared quantities, in observable order: each common metric's name, then {@code e<=t} for each
     * event and time. Quantity {@code q} is recorded as {@code a:q}, {@code b:q} and {@code b-a:q}.
     *
     * @return an immutable list
     */
    public List<String> quantities() {
        return quantities;
    }

    /**
     * Returns the event time of a compared quantity.
     *
     * @param quantity index in {@link #quantities()}
     * @return the time {@code t} of an event indicator, or NaN for a metric
     */
    public double time(int quantity) {
        return times[quantity];
    }

    /** @return experiment A */
    public Experiment a() {
        return a;
    }

    /** @return experiment B */
    public Experiment b() {
        return b;
    }

    @Override
    public String name() {
        return "paired(" + a.model().name() + ", " + b.model().name() + ")";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of();
    }

    @Override
    public List<Observable> observables() {
        return observables;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        return new PairedSimulation(streams);
    }

    /** Runs both sides of one pair. */
    private final class PairedSimulation implements Simulation {
        private final RunStreams streams;
        private final Side sideA;
        private final Side sideB;

        PairedSimulation(RunStreams streams) {
            this.streams = streams;
            this.sideA = new Side(a, streams);
            this.sideB = new Side(b, streams);
        }

        @Override
        public void run(double[] parameters, Sink sink) {
            long run = streams.run();
            sideA.run();
            streams.moveTo(run);
            sideB.run();
            int step = sideA.divergedStep();
            if (step == Integer.MIN_VALUE) {
                step = sideB.divergedStep();
            }
            if (step != Integer.MIN_VALUE) {
                sink.diverged(step);
                return;
            }
            for (int q = 0; q < times.length; q++) {
                int ja = indexA[q];
                int jb = indexB[q];
                double t = times[q];
                double va;
                double vb;
                if (Double.isNaN(t)) {
                    if (!sideA.set[ja] || !sideB.set[jb]) {
                        continue;
                    }
                    va = sideA.scalar[ja];
                    vb = sideB.scalar[jb];
                } else {
                    va = sideA.set[ja] && sideA.scalar[ja] <= t ? 1 : 0;
                    vb = sideB.set[jb] && sideB.scalar[jb] <= t ? 1 : 0;
                }
                sink.metric(handles[3 * q], va);
                sink.metric(handles[3 * q + 1], vb);
                sink.metric(handles[3 * q + 2], vb - va);
            }
        }
    }

    /** One side: its parameter sampler, simulation and a sink that keeps its scalar observations. */
    private static final class Side implements Sink {
        private final ParameterDraws draws;
        private final Simulation simulation;
        private final double[] parameters;
        final double[] scalar;
        final boolean[] set;
        private int divergedStep;
        /** Whether a series value was NaN or infinite. */
        private boolean nonFinite;

        Side(Experiment e, RunStreams streams) {
            this.simulation = e.model().newSimulation(streams);
            this.draws = ParameterDraws.of(e, streams, simulation);
            this.parameters = new double[e.model().parameters().size()];
            int n = e.model().observables().size();
            this.scalar = new double[n];
            this.set = new boolean[n];
        }

        void run() {
            Arrays.fill(set, false);
            divergedStep = Integer.MIN_VALUE;
            nonFinite = false;
            if (!draws.draw(parameters)) {
                divergedStep = 0;
                return;
            }
            simulation.run(parameters, this);
        }

        /** Returns the step the side diverged at (-1 if unknown), or MIN_VALUE if it completed. */
        int divergedStep() {
            if (divergedStep != Integer.MIN_VALUE) {
                return divergedStep;
            }
            if (nonFinite) {
                return -1;
            }
            for (int i = 0; i < scalar.length; i++) {
                if (set[i] && !Double.isFinite(scalar[i])) {
                    return -1;
                }
            }
            return Integer.MIN_VALUE;
        }

        @Override
        public void metric(MetricId metric, double value) {
            scalar[metric.index()] = value;
            set[metric.index()] = true;
        }

        @Override
        public void event(EventId event, double time) {
            scalar[event.index()] = time;
            set[event.index()] = true;
        }

        @Override
        public void series(SeriesId series, int step, double value) {
            if (!Double.isFinite(value)) {
                nonFinite = true;
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
