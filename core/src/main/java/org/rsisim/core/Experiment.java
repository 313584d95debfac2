package org.rsisim.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.core.distribution.SobolPoints;
import org.rsisim.core.internal.StatAccumulator;

/**
 * An immutable description of a Monte Carlo experiment: a model, the distributions of its parameters, how many
 * runs, the seed, and what to report. Its result is a pure function of the experiment and the library version.
 *
 * <p>Everything is validated by {@link Builder#build()}: an unknown parameter or observable, a distribution whose
 * support leaves a parameter's range, an invalid correlation matrix, a non-positive run count, or a block size that
 * is not a positive multiple of {@value #CHUNK} each give an {@link IllegalArgumentException} that names the
 * offending setting, its value and what is allowed. The checks of values are {@link InvalidValueException}s whose
 * {@link InvalidValueException#name() name} is a parameter's name (its value or distribution), an event's name (its
 * requested times), or one of {@code "runs"}, {@code "blockSize"}, {@code "quasiRandom"}, {@value #TARGET} (the
 * precision target), {@value #OBSERVE} (a target or event times on an observable that is not observed) and
 * {@value #REDRAW} (the {@link Builder#redraw redraw} option).
 * {@code with...} methods return modified copies.
 */
public final class Experiment {
    /** Block sizes must be multiples of this; the engine's exact merging works on chunks of this many runs. */
    public static final int CHUNK = StatAccumulator.CHUNK;
    /** The largest run count an experiment accepts. */
    public static final long MAX_RUNS = 1L << 48;
    /** The {@link InvalidValueException#name() name} of an error in the precision target. */
    public static final String TARGET = "target";
    /** The {@link InvalidValueException#name() name} of an error caused by what is observed. */
    public static final String OBSERVE = "observe";
    /** The {@link InvalidValueException#name() name} of an error in the {@link Builder#redraw redraw} option. */
    public static final String REDRAW = "redraw";

    private final String name;
    private final Model model;
    private final Map<String, Distribution> distributions;
    private final Correlation correlation;
    private final long runs;
    private final long seed;
    private final int blockSize;
    private final Map<String, double[]> eventTimes;
    private final Target target;
    private final JointDistribution joint;
    private final double[][] requestedTimes;
    private final boolean antithetic;
    private final boolean quasiRandom;
    private final Redraw redraw;
    /** Per observable index, whether the engine keeps its statistics. */
    private final boolean[] observed;
    /** The observed names in model order; empty when every observable is observed. */
    private final List<String> observedNames;

    private Experiment(Builder b) {
        this.name = b.name;
        this.model = b.model;
        this.distributions = Collections.unmodifiableMap(new LinkedHashMap<>(b.distributions));
        this.correlation = b.correlation;
        this.runs = b.runs;
        this.seed = b.seed;
        this.target = b.target;
        if (!(runs >= 1 && runs <= MAX_RUNS)) {
            throw new InvalidValueException("runs = " + runs + " is outside the allowed range [1, " + MAX_RUNS
                    + "]", "runs", runs);
        }
        this.blockSize = b.blockSize == 0 ? defaultBlockSize(runs) : b.blockSize;
        if (blockSize < CHUNK || blockSize % CHUNK != 0 || blockSize > (1 << 24)) {
            throw new InvalidValueException("block size = " + blockSize + " must be a multiple of " + CHUNK
                    + " in [" + CHUNK + ", " + (1 << 24) + "]", "blockSize", blockSize);
        }
        this.antithetic = b.antithetic;
        this.quasiRandom = b.quasiRandom;
        if (antithetic && quasiRandom) {
            throw new InvalidValueException("antithetic = true and quasi-random = true cannot be combined: "
                    + "quasi-random points already balance the parameters; choose one", "quasiRandom", 1);
        }
        if (quasiRandom && runs > SobolPoints.MAX_INDEX + 1) {
            throw new InvalidValueException("runs = " + runs + " exceeds " + (SobolPoints.MAX_INDEX + 1)
                    + ", the most quasi-random points available", "runs", runs);
        }
        this.redraw = b.redraw;
        if (redraw != null) {
            checkRedraw(redraw, model, correlation, antithetic, quasiRandom);
        }
        JointDistribution j = JointDistribution.of(model.parameters(), distributions, correlation);
        this.joint = quasiRandom ? j.withQuasiRandom(seed) : j;
        var obs = model.observables();
        observed = new boolean[obs.size()];
        if (b.observe.isEmpty()) {
            Arrays.fill(observed, true);
            observedNames = List.of();
        } else {
            for (String o : b.observe) {
                observed[model.observableIndex(o)] = true;
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < obs.size(); i++) {
                if (observed[i]) {
                    names.add(obs.get(i).name());
                }
            }
            observedNames = List.copyOf(names);
        }
        Map<String, double[]> times = new LinkedHashMap<>();
        requestedTimes = new double[obs.size()][];
        for (String event : b.eventTimes.keySet()) {
            int i = model.observableIndex(event);
            if (obs.get(i).kind() != Observable.Kind.EVENT) {
                throw new InvalidValueException("'" + event + "' is a " + obs.get(i).kind().name().toLowerCase()
                        + ", not an event; times can be requested for events only", event, Double.NaN);
            }
            if (!observed[i]) {
                throw new InvalidValueException("times are requested for event '" + event + "', which is not "
                        + "observed; observed: " + observedNames, OBSERVE, Double.NaN);
            }
        }
        if (target != null) {
            Observable o = obs.get(model.observableIndex(target.observable()));
            Observable.Kind want = target.isEvent() ? Observable.Kind.EVENT : Observable.Kind.METRIC;
            if (o.kind() != want) {
                throw new InvalidValueException("target " + target + ": '" + o.name() + "' is a "
                        + o.kind().name().toLowerCase() + ", not a " + want.name().toLowerCase(), TARGET,
                        target.halfWidth());
            }
            if (!observed[model.observableIndex(target.observable())]) {
                throw new InvalidValueException("target " + target + ": '" + o.name() + "' is not observed; "
                        + "observed: " + observedNames, OBSERVE, Double.NaN);
            }
        }
        for (int i = 0; i < obs.size(); i++) {
            Observable o = obs.get(i);
            if (o.kind() != Observable.Kind.EVENT) {
                continue;
            }
            TreeSet<Double> set = new TreeSet<>();
            double[] given = b.eventTimes.get(o.name());
            if (given != null) {
                for (double t : given) {
                    if (!Double.isFinite(t)) {
                        throw new InvalidValueException("event " + o.name() + ": requested time " + t
                                + " is not finite", o.name(), t);
                    }
                    set.add(t);
                }
            }
            if (target != null && target.isEvent() && target.observable().equals(o.name())) {
                set.add(target.time());
            }
            double[] sorted = set.stream().mapToDouble(Double::doubleValue).toArray();
            requestedTimes[i] = sorted;
            times.put(o.name(), sorted);
        }
        this.eventTimes = Collections.unmodifiableMap(times);
    }

    private static void checkRedraw(Redraw redraw, Model model, Correlation correlation, boolean antithetic,
                                    boolean quasiRandom) {
        if (antithetic) {
            throw new InvalidValueException("redraw and antithetic = true cannot be combined: a redrawn run no longer"
                    + " mirrors its twin; choose one", REDRAW, Double.NaN);
        }
        if (quasiRandom) {
            throw new InvalidValueException("redraw and quasi-random = true cannot be combined: redrawn parameters "
                    + "leave the run's Sobol point; choose one", REDRAW, Double.NaN);
        }
        List<String> known = model.parameters().stream().map(Parameter::name).toList();
        for (String k : redraw.keep()) {
            if (!known.contains(k)) {
                throw new InvalidValueException("redraw keeps '" + k + "', which is not a parameter of model "
                        + model.name() + "; parameters: " + known, REDRAW, Double.NaN);
            }
            if (correlation != null) {
                int i = correlation.names().indexOf(k);
                if (i >= 0) {
                    double[] row = correlation.matrix()[i];
                    for (int j = 0; j < row.length; j++) {
                        if (j != i && row[j] != 0) {
                            throw new InvalidValueException("redraw keeps '" + k + "', which is rank-correlated "
                                    + "with '" + correlation.names().get(j) + "' (" + row[j] + "): redrawing the "
                                    + "others given a kept value would need the copula conditioned on it, which is"
                                    + " not supported; keep only uncorrelated parameters or remove the correlation",
                                    REDRAW, row[j]);
                        }
                    }
                }
            }
        }
    }

    private static int defaultBlockSize(long runs) {
        long perBlock = (runs / 64 + CHUNK - 1) / CHUNK * CHUNK;
        return (int) Math.max(CHUNK, Math.min(4096, perBlock));
    }

    /**
     * Starts building an experiment of a model, with 10,000 runs, seed 1 and every parameter at its default.
     *
     * @param model the model
     * @return a builder
     */
    public static Builder builder(Model model) {
        return new Builder(model);
    }

    /**
     * Returns a builder holding this experiment's settings.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(model).name(name).runs(runs).seed(seed).target(target).correlation(correlation)
                .antithetic(antithetic).quasiRandom(quasiRandom).observe(observedNames);
        b.redraw = redraw;
        b.blockSize = blockSize;
        distributions.forEach(b::parameter);
        eventTimes.forEach(b::eventTimes);
        return b;
    }

    /**
     * Returns a copy with another run count (the run budget, when there is a target).
     *
     * @param newRuns run count
     * @return the copy
     */
    public Experiment withRuns(long newRuns) {
        Builder b = toBuilder().runs(newRuns);
        b.blockSize = 0;
        return b.build();
    }

    /**
     * Returns a copy with another seed.
     *
     * @param newSeed seed
     * @return the copy
     */
    public Experiment withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    /** @return the experiment's name, used in reports */
    public String name() {
        return name;
    }

    /** @return the model */
    public Model model() {
        return model;
    }

    /** @return the distributions the scenario set, by parameter name; other parameters are at their default */
    public Map<String, Distribution> distributions() {
        return distributions;
    }

    /** @return the rank correlation between parameters, or {@code null} */
    public Correlation correlation() {
        return correlation;
    }

    /** @return the joint distribution of all parameters */
    public JointDistribution jointDistribution() {
        return joint;
    }

    /** @return the number of runs, or the run budget when there is a target */
    public long runs() {
        return runs;
    }

    /** @return the seed */
    public long seed() {
        return seed;
    }

    /** @return whether odd runs are the antithetic twins of the even runs before them ({@link Builder#antithetic}) */
    public boolean antithetic() {
        return antithetic;
    }

    /** @return whether uncertain parameters come from scrambled Sobol points ({@link Builder#quasiRandom}) */
    public boolean quasiRandom() {
        return quasiRandom;
    }

    /**
     * Returns the redraw of rejected parameter draws ({@link Builder#redraw}).
     *
     * @return the option, or {@code null} if every draw is run as drawn
     */
    public Redraw redraw() {
        return redraw;
    }

    /** @return runs per block, a multiple of {@link #CHUNK} */
    public int blockSize() {
        return blockSize;
    }

    /** @return the precision target, or {@code null} to run exactly {@link #runs()} runs */
    public Target target() {
        return target;
    }

    /** @return for every event, the sorted times at which its cumulative probability is reported */
    public Map<String, double[]> eventTimes() {
        Map<String, double[]> copy = new LinkedHashMap<>();
        eventTimes.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    /**
     * Returns the observables whose statistics the engine keeps, in the model's order; every observable unless
     * {@link Builder#observe} chose some.
     *
     * @return the observed names
     */
    public List<String> observed() {
        if (observedNames.isEmpty()) {
            return model.observables().stream().map(Observable::name).toList();
        }
        return observedNames;
    }

    /** @return whether each observable, by index, is observed; internal, not copied */
    boolean[] observedByIndex() {
        return observed;
    }

    /** @return requested times by observable index (null for non-events); internal, not copied */
    double[][] requestedTimesByIndex() {
        return requestedTimes;
    }

    /**
     * Returns a SHA-256 hash (hex) of everything that determines the result: model name, parameters and their
     * distributions, correlation, runs, seed, block size (with a target), event times, target, the observed
     * observables and the redraw option. An experiment without the redraw option hashes as it did before the option
     * existed.
     *
     * @return 64 hex digits
     */
    public String hash() {
        StringBuilder s = new StringBuilder();
        s.append("model=").append(model.name()).append('\n');
        for (Parameter p : model.parameters()) {
            s.append("param ").append(p.name()).append('=').append(joint.marginals().get(model.parameterIndex(
                    p.name()))).append('\n');
        }
        s.append("correlation=").append(correlation).append('\n');
        s.append("runs=").append(runs).append(" seed=").append(seed).append('\n');
        if (antithetic) {
            s.append("antithetic\n");
        }
        if (quasiRandom) {
            s.append("quasi-random\n");
        }
        if (redraw != null) {
            s.append("redraw max-draws=").append(redraw.maxDraws()).append(" keep=").append(redraw.keep())
                    .append('\n');
        }
        if (target != null) {
            s.append("target=").append(target).append(" block=").append(blockSize).append('\n');
        }
        eventTimes.forEach((k, v) -> s.append("times ").append(k).append('=').append(Arrays.toString(v))
                .append('\n'));
        if (!observedNames.isEmpty()) {
            s.append("observe=").append(observedNames).append('\n');
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return "Experiment[" + name + ", model " + model.name() + ", runs " + runs + ", seed " + seed + "]";
    }

    /** Collects the settings of an {@link Experiment}; not thread-safe. */
    public static final class Builder {
        private final Model model;
        private String name;
        private final Map<String, Distribution> distributions = new LinkedHashMap<>();
        private Correlation correlation;
        private long runs = 10_000;
        private long seed = 1;
        private int blockSize;
        private final Map<String, double[]> eventTimes = new LinkedHashMap<>();
        private Target target;
        private boolean antithetic;
        private boolean quasiRandom;
        private final Set<String> observe = new LinkedHashSet<>();
        private Redraw redraw;

        private Builder(Model model) {
            this.model = Objects.requireNonNull(model, "model");
            this.name = model.name();
        }

        /**
         * @param value the name shown in reports
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * @param value number of runs (the budget, with a target), in {@code [1, 2^48]}
         * @return this builder
         */
        public Builder runs(long value) {
            this.runs = value;
            return this;
        }

        /**
         * @param value the seed; any value
         * @return this builder
         */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /**
         * Sets the block size. Results do not depend on it, except where a run stops at a precision target, which
         * is checked after each block.
         *
         * @param value runs per block, a positive multiple of {@link #CHUNK}
         * @return this builder
         */
        public Builder blockSize(int value) {
            if (value <= 0 || value % CHUNK != 0) {
                throw new InvalidValueException("block size = " + value + " must be a positive multiple of "
                        + CHUNK, "blockSize", value);
            }
            this.blockSize = value;
            return this;
        }

        /**
         * Sets a parameter's distribution.
         *
         * @param parameter parameter name
         * @param distribution its distribution
         * @return this builder
         */
        public Builder parameter(String parameter, Distribution distribution) {
            model.parameterIndex(parameter);
            distributions.put(parameter, Objects.requireNonNull(distribution, "distribution"));
            return this;
        }

        /**
         * Fixes a parameter at a value.
         *
         * @param parameter parameter name
         * @param value its value in every run
         * @return this builder
         */
        public Builder parameter(String parameter, double value) {
            return parameter(parameter, org.rsisim.core.distribution.Distributions.fixed(value));
        }

        /**
         * @param value rank correlations between parameters, or {@code null} for none
         * @return this builder
         */
        public Builder correlation(Correlation value) {
            this.correlation = value;
            return this;
        }

        /**
         * Requests the cumulative probability of an event at the given times.
         *
         * @param event event name
         * @param times finite times; none withdraws the event's request
         * @return this builder
         */
        public Builder eventTimes(String event, double... times) {
            Objects.requireNonNull(event, "event");
            if (times.length == 0) {
                eventTimes.remove(event);
            } else {
                eventTimes.put(event, times.clone());
            }
            return this;
        }

        /**
         * @param value a precision target, or {@code null} to run exactly {@code runs}
         * @return this builder
         */
        public Builder target(Target value) {
            this.target = value;
            return this;
        }

        /**
         * Sets antithetic variates: run {@code 2k + 1} replays the random streams of run {@code 2k} with every
         * uniform {@code u} replaced by {@code 1 - u}, in the parameters and in every model component (see
         * {@link RunStreams#create(long, boolean)}). A draw by inversion, {@code inverseCdf(u)}, becomes
         * {@code inverseCdf(1 - u)} in the twin run ({@code 1 - u} to within 2^-53, the rounding of uniforms): every distribution of
         * {@link org.rsisim.core.distribution.Distributions} samples so, and is mirrored, except the beta family
         * ({@code beta}, {@code betaMeanConcentration} and {@code pert}), which draws by rejection (a ratio of gamma
         * variates) and is not; a {@code truncated} distribution is mirrored whatever its inner one, since it
         * inverts the inner CDF. Correlated parameters are not mirrored either (their normal scores come from a
         * ziggurat sampler), nor are model components' draws by rejection or ziggurat (normals, exponentials, the
         * gamma and beta samplers); those stay correctly distributed but gain nothing. {@code AntitheticMirrorTest}
         * checks this statement for every form of {@code Distributions}. The estimator is unbiased either way. A metric's mean is still the mean
         * of all completed runs, but its standard error is {@code sd(P) / sqrt(pairs)} computed from the pair
         * averages {@code P_k = (Y_2k + Y_2k+1) / 2} of the pairs whose two runs both recorded the metric, since the
         * two runs of a pair are not independent; an event probability's interval likewise comes from the pairs
         * ({@link org.rsisim.core.stat.Proportion#antitheticPairs}). Quantiles and series bands still treat runs as
         * independent: for an output that is monotone in the uniforms the two runs are negatively correlated and
         * those intervals are conservative. Cannot be combined with
         * {@link #quasiRandom} or {@link #redraw(int, Collection) redraw}.
         *
         * @param value {@code true} for antithetic pairs
         * @return this builder
         */
        public Builder antithetic(boolean value) {
            this.antithetic = value;
            return this;
        }

        /**
         * Sets randomised quasi-Monte Carlo parameter draws: run {@code i}'s uncertain parameters come from point
         * {@code i} of a scrambled Sobol sequence seeded by the experiment seed (see
         * {@link JointDistribution#withQuasiRandom}); the model's own components keep their pseudo-random streams.
         * Estimates stay unbiased; the reported standard errors treat runs as independent, which overstates the
         * error of a quasi-random mean. At most {@code 2^31} runs. Cannot be combined with {@link #antithetic} or
         * {@link #redraw(int, Collection) redraw}.
         *
         * @param value {@code true} for quasi-random parameter draws
         * @return this builder
         */
        public Builder quasiRandom(boolean value) {
            this.quasiRandom = value;
            return this;
        }

        /**
         * Chooses the observables whose statistics the engine keeps; the others are still recorded by the model
         * (and a non-finite value in any of them still makes a run diverged, so the runs counted do not depend on
         * this choice) but are not summarised, and the result omits them. The statistics of the observed ones have
         * the same bits as when every observable is observed. Keeping fewer is faster: a series costs its
         * statistics at every step of every run. The target's observable and every event with requested times must
         * be observed.
         *
         * @param names observable names; none, or an empty collection, observes every observable (the default)
         * @return this builder
         * @throws IllegalArgumentException if a name is not an observable of the model
         */
        public Builder observe(Collection<String> names) {
            Set<String> chosen = new LinkedHashSet<>();
            for (String n : names) {
                model.observableIndex(Objects.requireNonNull(n, "observable name"));
                chosen.add(n);
            }
            observe.clear();
            observe.addAll(chosen);
            return this;
        }

        /**
         * Redraws rejected parameter draws (see {@link Redraw} for what is sampled): for each run the engine draws
         * the parameters, asks the model's {@link Simulation#accepts}, and while it rejects them draws again from
         * the run's own parameter streams, which continue where the rejected draw stopped, so that a run is still a
         * function of (seed, run index) alone and gives the same bits on any thread count and on Spark. The kept
         * parameters are put back to their first draw after each redraw; the others are drawn anew. A run whose
         * {@code maxDraws} draws are all rejected is reported as diverged (at step 0) and enters no statistic. The
         * result counts the rejected draws ({@link Result#rejectedDraws()}), so the acceptance rate can be read.
         * The model's own stream components are not touched by a redraw: its run sees the numbers it would see
         * without the option.
         *
         * <p>{@link #build()} refuses, with an {@link InvalidValueException} named {@value #REDRAW}: a kept name
         * that is not a parameter, antithetic pairs, quasi-random points, and a kept parameter that the
         * {@link #correlation correlation} ties to another with a non-zero rank correlation (the copula would have
         * to be conditioned on the kept value, which is not supported). Without this option nothing changes: the
         * engine never calls {@code accepts} and the results keep their bits.
         *
         * @param maxDraws the most draws of a run's parameters, in {@code [1, }{@value Redraw#MAX_DRAWS}{@code ]}
         * @param keep the parameters whose first draw is kept; empty to redraw every parameter
         * @return this builder
         * @throws InvalidValueException if {@code maxDraws} is outside its range or a name repeats
         */
        public Builder redraw(int maxDraws, Collection<String> keep) {
            this.redraw = Redraw.of(maxDraws, keep);
            return this;
        }

        /**
         * Sets or removes the redraw option; see {@link #redraw(int, Collection)}.
         *
         * @param value the option, or {@code null} to run every draw as drawn (the default)
         * @return this builder
         */
        public Builder redraw(Redraw value) {
            this.redraw = value;
            return this;
        }

        /**
         * Chooses the observables whose statistics the engine keeps; see {@link #observe(Collection)}.
         *
         * @param names observable names; none observes every observable
         * @return this builder
         */
        public Builder observe(String... names) {
            return observe(Arrays.asList(names));
        }

        /**
         * Validates and builds the experiment.
         *
         * @return the experiment
         * @throws IllegalArgumentException if a setting is invalid; the message names it
         */
        public Experiment build() {
            return new Experiment(this);
        }
    }
}
