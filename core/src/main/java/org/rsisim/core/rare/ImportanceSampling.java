package org.rsisim.core.rare;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * Estimates the probability of a rare event of any model by importance sampling in the standard-normal space of its
 * uncertain parameters, with the shift chosen by cross-entropy iterations.
 *
 * <p><b>The sampling distribution.</b> Each uncertain parameter of the experiment (one with a distribution, or in
 * the correlation) is a function of a standard normal score: {@code inverseCdf(Phi(z))}, or through the Gaussian
 * copula's Cholesky factor for correlated parameters, which is how the experiment maps correlated scores. Importance
 * sampling draws the scores from {@code N(mu, I)} instead of {@code N(0, I)} (a mean shift, which for the normal is
 * exponential tilting) and weighs each run by the likelihood ratio {@code w = exp(-mu.z + |mu|^2 / 2)}, so that
 * {@code E_mu[w 1_event] = P(event)} for any {@code mu}: the estimate is unbiased whatever the shift, and a good
 * shift only makes it precise. The model's own randomness (its stream components) is not tilted; it runs as in a
 * plain experiment, and the estimate stays unbiased. An event that depends mostly on a model's own draws rather
 * than on its parameters gains little.
 *
 * <p><b>Choosing the shift.</b> Unless a shift is given, cross-entropy iterations (Rubinstein and Kroese, The
 * Cross-Entropy Method, Springer 2004; de Boer, Kroese, Mannor and Rubinstein, "A tutorial on the cross-entropy
 * method", Annals of Operations Research 134, 2005) choose it: starting from {@code mu_0 = 0}, iteration {@code t}
 * runs {@code pilotRuns} runs under {@code mu_t}, takes the level {@code gamma_t}, the {@code 1 - rho} quantile of
 * their {@linkplain RareEvent#score scores} capped at 0 (with {@code rho} halved, down to {@code 100 / pilotRuns},
 * after an iteration whose level did not rise above the best so far, as in the adaptive method of Homem-de-Mello
 * and Rubinstein, "Estimation of rare event probabilities using cross-entropy", Winter Simulation Conference 2002), and sets {@code mu_{t+1}} to the likelihood-weighted mean
 * of the scores of the runs with score at least {@code gamma_t}, which is the normal family's minimiser of the
 * cross-entropy to the nominal distribution conditioned on that level. The iterations end with a last update on the
 * event itself (level 0) once the level reaches it or at least {@code max(100, rho * pilotRuns / 10)} pilot runs
 * are in the event (which lets them end when the model's own randomness keeps the level from climbing further);
 * otherwise after {@code maxIterations}, or when fewer than 100 pilot runs have a finite score (when fewer than
 * {@code rho * pilotRuns} but at least 100 do, those are the elite). An event that almost no run records within
 * the horizon (every other run censored) gives the iterations nothing to rank: define it on a metric that moves
 * towards it instead, such as a final value at most a threshold.
 * The result says whether they converged; the estimate is unbiased either way, only less precise.
 *
 * <p><b>Determinism.</b> Run {@code i} of a stage draws only from the {@link RunStreams} of that stage's seed at
 * index {@code i} (the final stage uses the seed itself, cross-entropy iteration {@code t} a seed mixed from it and
 * {@code t}); runs are cut into blocks of {@value #BLOCK} whose sums are added in block order, and the iterations'
 * means are taken in run order. The estimate therefore has the same bits for any thread count.
 *
 * <p>Immutable and thread-safe; {@link #estimate(Engine)} may be called concurrently.
 */
public final class ImportanceSampling {
    /** Runs per block of work; sums are added block by block in block order. */
    public static final int BLOCK = 1024;
    /** The largest number of final runs. */
    public static final long MAX_RUNS = 1_000_000_000L;
    /** The largest number of pilot runs per cross-entropy iteration. */
    public static final int MAX_PILOT_RUNS = 10_000_000;
    /** The fewest pilot runs in the event that end the iterations before the level reaches it. */
    static final int MIN_FINAL_ELITE = 100;

    private final Experiment experiment;
    private final RareEvent event;
    private final long runs;
    private final int pilotRuns;
    private final double eliteFraction;
    private final int maxIterations;
    private final double[] givenShift;
    private final long seed;
    private final ParameterSpace space;
    private final int target;

    private ImportanceSampling(Builder b) {
        this.experiment = b.experiment;
        this.event = b.event;
        this.runs = b.runs;
        this.pilotRuns = b.pilotRuns;
        this.eliteFraction = b.eliteFraction;
        this.maxIterations = b.maxIterations;
        this.seed = b.seed == null ? b.experiment.seed() : b.seed;
        this.space = new ParameterSpace(b.experiment.jointDistribution());
        this.target = event.resolve(b.experiment.model());
        if (b.experiment.redraw() != null) {
            throw new IllegalArgumentException("experiment " + experiment.name() + " redraws rejected parameter "
                    + "draws (" + b.experiment.redraw() + "): importance sampling weighs runs by the likelihood "
                    + "ratio of the unconditioned prior, which the accepted draws do not follow; remove the redraw "
                    + "to estimate the event under the prior");
        }
        if (space.dimension() == 0) {
            throw new IllegalArgumentException("experiment " + experiment.name() + " has no uncertain parameter to"
                    + " shift: give at least one parameter of model " + experiment.model().name()
                    + " a distribution");
        }
        if ((long) pilotRuns * space.dimension() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pilot runs = " + pilotRuns + " times " + space.dimension()
                    + " uncertain parameters exceeds " + Integer.MAX_VALUE + " normal scores; use fewer pilot runs");
        }
        if (b.shift != null) {
            double[] mu = new double[space.dimension()];
            for (Map.Entry<String, Double> e : b.shift.entrySet()) {
                int k = space.names().indexOf(e.getKey());
                if (k < 0) {
                    throw new IllegalArgumentException("shift names '" + e.getKey() + "', which is not an uncertain"
                            + " parameter of experiment " + experiment.name() + "; uncertain: " + space.names());
                }
                double v = e.getValue();
                if (!(Math.abs(v) <= 40)) {
                    throw new IllegalArgumentException("shift of " + e.getKey() + " = " + v
                            + " is outside the allowed range [-40, 40]");
                }
                mu[k] = v;
            }
            givenShift = mu;
        } else {
            givenShift = null;
        }
    }

    /**
     * Starts the settings of an estimate.
     *
     * @param experiment the experiment: its model, parameter distributions, correlation and seed (its runs,
     *        target, antithetic and quasi-random settings are not used)
     * @param event the event
     * @return a builder with the defaults: 100,000 final runs, 10,000 pilot runs per iteration, elite fraction 0.1,
     *         at most 20 iterations, the experiment's seed
     */
    public static Builder builder(Experiment experiment, RareEvent event) {
        return new Builder(Objects.requireNonNull(experiment, "experiment"), Objects.requireNonNull(event, "event"));
    }

    /**
     * Returns the names of the uncertain parameters, the coordinates of the shift, in parameter order.
     *
     * @return an immutable list
     */
    public List<String> coordinates() {
        return space.names();
    }

    /**
     * Returns the event.
     *
     * @return the event
     */
    public RareEvent event() {
        return event;
    }

    /**
     * Returns the experiment.
     *
     * @return the experiment
     */
    public Experiment experiment() {
        return experiment;
    }

    /**
     * Runs the cross-entropy iterations (unless a shift was given) and the final runs, and returns the estimate.
     * Costs {@code runs + iterations * pilotRuns} model runs.
     *
     * @param engine the engine whose thread count to use; the result does not depend on it
     * @return the estimate
     * @throws IllegalStateException if an error outside the model (such as {@link OutOfMemoryError}) stops a worker;
     *         errors are rethrown as they are
     */
    public RareEstimate estimate(Engine engine) {
        int threads = engine.threads();
        int d = space.dimension();
        double[] mu = new double[d];
        List<CrossEntropyStep> steps = new ArrayList<>();
        boolean converged = true;
        long evaluations = 0;
        if (givenShift != null) {
            mu = givenShift.clone();
        } else if (maxIterations > 0) {
            converged = false;
            double rho = eliteFraction;
            double best = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < maxIterations; t++) {
                Stage pilot = new Stage(stageSeed(seed, t + 1), mu, pilotRuns, true);
                execute(pilot, threads);
                evaluations += pilotRuns;
                double[] sorted = pilot.score.clone();
                Arrays.sort(sorted);
                int eliteCount = (int) Math.max(1, Math.ceil(rho * pilotRuns));
                double level = sorted[pilotRuns - eliteCount];
                if (level == Double.NEGATIVE_INFINITY) {
                    int finite = pilotRuns - lowerBound(sorted, -Double.MAX_VALUE);
                    if (finite < MIN_FINAL_ELITE) {
                        break;
                    }
                    level = sorted[pilotRuns - finite];
                }
                int inEvent = pilotRuns - lowerBound(sorted, 0);
                boolean last = level >= 0 || inEvent >= Math.max(MIN_FINAL_ELITE, eliteCount / 10);
                if (last) {
                    level = 0;
                } else if (level <= best) {
                    rho = Math.max(rho / 2, Math.min(eliteFraction, (double) MIN_FINAL_ELITE / pilotRuns));
                }
                best = Math.max(best, level);
                double maxLw = Double.NEGATIVE_INFINITY;
                for (int i = 0; i < pilotRuns; i++) {
                    if (pilot.score[i] >= level) {
                        maxLw = Math.max(maxLw, pilot.logw[i]);
                    }
                }
                double sw = 0;
                double[] next = new double[d];
                long elite = 0;
                for (int i = 0; i < pilotRuns; i++) {
                    if (pilot.score[i] >= level) {
                        double w = Math.exp(pilot.logw[i] - maxLw);
                        sw += w;
                        elite++;
                        for (int k = 0; k < d; k++) {
                            next[k] += w * pilot.z[i * d + k];
                        }
                    }
                }
                for (int k = 0; k < d; k++) {
                    next[k] /= sw;
                }
                mu = next;
                steps.add(new CrossEntropyStep(level, elite, named(mu)));
                if (last) {
                    converged = true;
                    break;
                }
            }
        }
        Stage fin = new Stage(seed, mu, runs, false);
        execute(fin, threads);
        evaluations += runs;
        double s1 = 0;
        double s2 = 0;
        double max = 0;
        long hits = 0;
        long failed = 0;
        for (int b = 0; b < fin.blocks; b++) {
            s1 += fin.s1[b];
            s2 += fin.s2[b];
            max = Math.max(max, fin.max[b]);
            hits += fin.hits[b];
            failed += fin.failed[b];
        }
        double n = runs;
        double p = s1 / n;
        double se = hits == 0 ? 0 : Math.sqrt(Math.max(0, (s2 / n - p * p) / (n - 1)));
        double re = hits == 0 ? Double.NaN : se / p;
        double ess = hits == 0 ? 0 : s1 * s1 / s2;
        double share = hits == 0 ? 0 : max / s1;
        return new RareEstimate(event, p, se, re, ess, hits, runs, evaluations, failed, share, named(mu), steps,
                converged, seed);
    }

    private Map<String, Double> named(double[] mu) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int k = 0; k < mu.length; k++) {
            m.put(space.names().get(k), mu[k]);
        }
        return m;
    }

    /** The index of the first entry {@code >= x} of a sorted array. */
    private static int lowerBound(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The seed of a stage: SplitMix64's finaliser of the seed plus the stage times the golden-ratio increment. */
    static long stageSeed(long seed, int stage) {
        long z = seed + stage * 0x9E37_79B9_7F4A_7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        return z ^ (z >>> 31);
    }

    /** The runs of one stage under one shift, and what they left: per-run arrays (pilot) or per-block sums. */
    private final class Stage {
        final long stageSeed;
        final double[] mu;
        final long n;
        final int blocks;
        final double[] score;
        final double[] logw;
        final double[] z;
        final double[] s1;
        final double[] s2;
        final double[] max;
        final long[] hits;
        final long[] failed;

        Stage(long stageSeed, double[] mu, long n, boolean keep) {
            this.stageSeed = stageSeed;
            this.mu = mu;
            this.n = n;
            this.blocks = (int) ((n + BLOCK - 1) / BLOCK);
            int d = space.dimension();
            score = keep ? new double[(int) n] : null;
            logw = keep ? new double[(int) n] : null;
            z = keep ? new double[(int) n * d] : null;
            s1 = new double[blocks];
            s2 = new double[blocks];
            max = new double[blocks];
            hits = new long[blocks];
            failed = new long[blocks];
        }
    }

    private void execute(Stage stage, int threads) {
        AtomicLong next = new AtomicLong();
        AtomicReference<Throwable> error = new AtomicReference<>();
        int workers = Math.min(threads, stage.blocks);
        Runnable work = () -> {
            try {
                runBlocks(stage, next, error);
            } catch (Throwable t) {
                error.compareAndSet(null, t);
            }
        };
        if (workers <= 1) {
            work.run();
        } else {
            Thread[] ts = new Thread[workers];
            for (int w = 0; w < workers; w++) {
                ts[w] = new Thread(work, "rsisim-rare-" + w);
                ts[w].setDaemon(true);
                ts[w].start();
            }
            for (Thread t : ts) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    error.compareAndSet(null, e);
                }
            }
        }
        Throwable failure = error.get();
        if (failure != null) {
            if (failure instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("rare-event estimate of " + experiment.name() + " failed outside the"
                    + " model", failure);
        }
    }

    private void runBlocks(Stage stage, AtomicLong next, AtomicReference<Throwable> error) {
        Model model = experiment.model();
        RunStreams streams = RunStreams.create(stage.stageSeed);
        Simulation simulation = model.newSimulation(streams);
        TiltedParameters sampler = new TiltedParameters(space, streams, stage.mu);
        ScoreSink sink = new ScoreSink(target);
        double[] parameters = new double[model.parameters().size()];
        int d = space.dimension();
        double[] z = new double[d];
        while (error.get() == null) {
            long b = next.getAndIncrement();
            if (b >= stage.blocks) {
                return;
            }
            long first = b * BLOCK;
            long end = Math.min(stage.n, first + BLOCK);
            double s1 = 0;
            double s2 = 0;
            double max = 0;
            long hits = 0;
            long failed = 0;
            for (long i = first; i < end; i++) {
                streams.moveTo(i);
                double lw = sampler.sample(parameters, z);
                sink.begin();
                double score;
                try {
                    simulation.run(parameters, sink);
                    score = sink.isDiverged() ? Double.NEGATIVE_INFINITY : event.score(sink.value());
                    if (sink.isDiverged()) {
                        failed++;
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    score = Double.NEGATIVE_INFINITY;
                    failed++;
                }
                if (score >= 0) {
                    double w = Math.exp(lw);
                    s1 += w;
                    s2 += w * w;
                    max = Math.max(max, w);
                    hits++;
                }
                if (stage.score != null) {
                    int r = (int) i;
                    stage.score[r] = score;
                    stage.logw[r] = lw;
                    System.arraycopy(z, 0, stage.z, r * d, d);
                }
            }
            int bi = (int) b;
            stage.s1[bi] = s1;
            stage.s2[bi] = s2;
            stage.max[bi] = max;
            stage.hits[bi] = hits;
            stage.failed[bi] = failed;
        }
    }

    @Override
    public String toString() {
        return "importance sampling of " + event + " in " + experiment.name() + " (runs=" + runs + ", pilot-runs="
                + pilotRuns + ", elite-fraction=" + eliteFraction + ", max-iterations=" + maxIterations
                + (givenShift != null ? ", shift=" + named(givenShift) : "") + ", seed=" + seed + ")";
    }

    /** The settings of an estimate; every setter checks its value at once. */
    public static final class Builder {
        private final Experiment experiment;
        private final RareEvent event;
        private long runs = 100_000;
        private int pilotRuns = 10_000;
        private double eliteFraction = 0.1;
        private int maxIterations = 20;
        private Map<String, Double> shift;
        private Long seed;

        private Builder(Experiment experiment, RareEvent event) {
            this.experiment = experiment;
            this.event = event;
        }

        /**
         * Sets the number of final runs, whose weighted hits make the estimate.
         *
         * @param value runs, in {@code [100, 1000000000]}
         * @return this builder
         * @throws IllegalArgumentException if outside that range
         */
        public Builder runs(long value) {
            if (value < 100 || value > MAX_RUNS) {
                throw new IllegalArgumentException("runs = " + value + " is outside the allowed range [100, "
                        + MAX_RUNS + "]");
            }
            runs = value;
            return this;
        }

        /**
         * Sets the number of runs of each cross-entropy iteration.
         *
         * @param value pilot runs, in {@code [100, 10000000]}
         * @return this builder
         * @throws IllegalArgumentException if outside that range
         */
        public Builder pilotRuns(int value) {
            if (value < 100 || value > MAX_PILOT_RUNS) {
                throw new IllegalArgumentException("pilot runs = " + value + " is outside the allowed range [100, "
                        + MAX_PILOT_RUNS + "]");
            }
            pilotRuns = value;
            return this;
        }

        /**
         * Sets the elite fraction {@code rho}: each iteration's level is the {@code 1 - rho} quantile of its pilot
         * runs' scores. Smaller fractions climb faster and estimate the shift from fewer runs.
         *
         * @param value the fraction, in {@code [0.001, 0.5]}
         * @return this builder
         * @throws IllegalArgumentException if outside that range or NaN
         */
        public Builder eliteFraction(double value) {
            if (!(value >= 0.001 && value <= 0.5)) {
                throw new IllegalArgumentException("elite fraction = " + value
                        + " is outside the allowed range [0.001, 0.5]");
            }
            eliteFraction = value;
            return this;
        }

        /**
         * Sets the largest number of cross-entropy iterations; 0 runs none and uses no shift, which is plain Monte
         * Carlo (every weight 1).
         *
         * @param value iterations, in {@code [0, 100]}
         * @return this builder
         * @throws IllegalArgumentException if outside that range
         */
        public Builder maxIterations(int value) {
            if (value < 0 || value > 100) {
                throw new IllegalArgumentException("max iterations = " + value
                        + " is outside the allowed range [0, 100]");
            }
            maxIterations = value;
            return this;
        }

        /**
         * Gives the shift instead of choosing it by cross-entropy: the mean of the normal score of each named
         * uncertain parameter (the others keep mean 0). The names are checked when the settings are built.
         *
         * @param value mean shift by parameter name, each in {@code [-40, 40]}
         * @return this builder
         */
        public Builder shift(Map<String, Double> value) {
            shift = new LinkedHashMap<>(Objects.requireNonNull(value, "shift"));
            return this;
        }

        /**
         * Sets the seed; by default the experiment's.
         *
         * @param value any seed
         * @return this builder
         */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /**
         * Builds the settings.
         *
         * @return the settings
         * @throws IllegalArgumentException if the event's observable is not a model's observable of the right kind,
         *         no parameter is uncertain, or the shift names a parameter that is not uncertain or is out of range
         */
        public ImportanceSampling build() {
            return new ImportanceSampling(this);
        }
    }
}
