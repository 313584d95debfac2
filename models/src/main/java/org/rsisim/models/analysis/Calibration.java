package org.rsisim.models.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.hipparchus.analysis.solvers.AllowedSolution;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;
import org.hipparchus.optim.univariate.UnivariatePointValuePair;
import org.rsisim.core.Experiment;
import org.rsisim.core.InvalidValueException;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.RunProbe;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.core.stat.Estimate;

/**
 * Fits free parameters of an experiment to stated beliefs: finds the values of the {@link FreeParameter}s that make
 * the {@link CalibrationTarget}s come true, for example {@code P(automated_ai_rd <= 2028.0) = 0.30} and
 * {@code P(automated_ai_rd <= 2029.0) = 0.60}.
 *
 * <h2>Common random numbers</h2>
 * Every evaluation of the objective runs runs {@code 0 .. N-1} of the experiment (its seed and run count) with the
 * free parameters set, on exactly the engine's random numbers: parameters are drawn from each run's parameter
 * streams and the model runs with each run's component streams. Between evaluations only the free values change,
 * so the estimates are deterministic functions of them: a mean or a quantile moves continuously when each run's
 * metric does, and a probability is a step function with steps of {@code 1/N} at the values where one run's event
 * crosses the target time. Runs that diverge or fail are left out, as in the engine. Unlike the engine's quantiles,
 * which come from histograms, quantiles here are exact order statistics (rank {@code ceil(q n)}), so they move
 * continuously too.
 *
 * <h2>Method</h2>
 * <ul>
 *   <li>One free parameter and one target: the root of {@code achieved(x) - value} on the bounds, found with
 *       Hipparchus' {@link BracketingNthOrderBrentSolver} to an absolute tolerance of {@code tolerance (upper -
 *       lower)}. If the residual has the same sign at both bounds there is no bracket: the report is not converged,
 *       and gives the bound with the smaller residual.</li>
 *   <li>One free parameter and several targets: the minimum of the sum of squared standardised residuals
 *       {@code sum_k ((achieved_k - value_k) / scale_k)^2} with Hipparchus' {@link BrentOptimizer} on the
 *       bounds.</li>
 *   <li>Several free parameters (at most as many as targets): the same sum minimised with Powell's BOBYQA
 *       (Hipparchus' {@link BOBYQAOptimizer}) in coordinates scaled to {@code [0, 1]} per parameter, from an
 *       initial trust region radius of 0.1 down to {@code tolerance}. It interpolates a full quadratic,
 *       {@code (n + 1)(n + 2) / 2} points: with the minimum {@code 2n + 1} it stalled on the curved valleys that
 *       two probabilities of one event give (rate against delay). The point reported is the best evaluated.</li>
 * </ul>
 * Exceptions of Hipparchus are translated: running out of evaluations ends the search unconverged with the best
 * point found; any other failure of the method is an {@link IllegalStateException} that names the method.
 *
 * <p>An instance is immutable and thread-safe; {@link #fit()} runs the model on the configured number of threads,
 * and its result is the same bits for any thread count.
 */
public final class Calibration {
    private final Experiment base;
    private final List<FreeParameter> free;
    private final List<CalibrationTarget> targets;
    private final double tolerance;
    private final int maxEvaluations;
    private final int threads;
    private final int[] observableIndex;

    private Calibration(Builder b) {
        this.base = b.base;
        this.free = List.copyOf(b.free);
        this.targets = List.copyOf(b.targets);
        this.tolerance = b.tolerance;
        this.maxEvaluations = b.maxEvaluations;
        this.threads = ProbeRunner.checkThreads(b.threads);
        if (free.isEmpty()) {
            throw new IllegalArgumentException("calibration of " + base.name() + " has no free parameter");
        }
        if (base.redraw() != null) {
            throw new InvalidValueException("calibration of " + base.name() + ": its experiment redraws rejected "
                    + "parameter draws (" + base.redraw() + "), which calibration does not do; remove the redraw", Experiment.REDRAW, Double.NaN);
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("calibration of " + base.name() + " has no target");
        }
        if (targets.size() < free.size()) {
            throw new IllegalArgumentException("calibration of " + base.name() + " has " + free.size()
                    + " free parameters but only " + targets.size() + " targets; the fit would not determine them");
        }
        if (!(tolerance > 0 && tolerance <= 0.01)) {
            throw new IllegalArgumentException("calibration tolerance " + tolerance + " is outside (0, 0.01]");
        }
        if (!(maxEvaluations >= 10 && maxEvaluations <= 100_000)) {
            throw new IllegalArgumentException("calibration evaluation budget " + maxEvaluations
                    + " is outside [10, 100000]");
        }
        Model model = base.model();
        Set<String> names = new HashSet<>();
        for (FreeParameter f : free) {
            model.parameterIndex(f.name());
            if (!names.add(f.name())) {
                throw new InvalidValueException("free parameter " + f.name() + " is given twice", f.name(),
                        Double.NaN);
            }
            for (double v : new double[] {f.lower(), f.start(), f.upper()}) {
                try {
                    base.toBuilder().parameter(f.name(), f.distributionAt(v)).build();
                } catch (IllegalArgumentException e) {
                    InvalidValueException x = new InvalidValueException("free parameter " + f.name() + " at " + v
                            + " (" + f.form() + ", bounds [" + f.lower() + ", " + f.upper() + "]): " + e.getMessage(),
                            f.name(), v);
                    x.initCause(e);
                    throw x;
                }
            }
        }
        observableIndex = new int[targets.size()];
        for (int k = 0; k < targets.size(); k++) {
            CalibrationTarget t = targets.get(k);
            int i = model.observableIndex(t.observable());
            Observable o = model.observables().get(i);
            Observable.Kind want = t.kind() == CalibrationTarget.Kind.EVENT_PROBABILITY ? Observable.Kind.EVENT
                    : Observable.Kind.METRIC;
            if (o.kind() != want) {
                throw new IllegalArgumentException("target " + t + ": '" + o.name() + "' is a "
                        + o.kind().name().toLowerCase() + ", not a " + want.name().toLowerCase());
            }
            observableIndex[k] = i;
        }
        if (base.runs() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("calibration of " + base.name() + ": " + base.runs()
                    + " runs per evaluation exceed " + (Integer.MAX_VALUE - 8));
        }
    }

    /**
     * Starts describing a calibration of an experiment, with a tolerance of {@code 1e-6}, a budget of 200
     * evaluations and one thread. Its seed and run count fix the random numbers of every evaluation.
     *
     * @param experiment the experiment whose free parameters are fitted; its precision target is not used
     * @return a builder
     */
    public static Builder builder(Experiment experiment) {
        return new Builder(experiment);
    }

    /**
     * Searches for the free values that meet the targets.
     *
     * @return the fit, converged or not
     * @throws IllegalStateException if a Hipparchus method fails for another reason than its evaluation budget, or
     *         every run of an evaluation diverged or failed
     * @throws IllegalArgumentException if a free parameter's family gives, at a value inside its bounds, a
     *         distribution the experiment refuses
     */
    public CalibrationReport fit() {
        Search s = new Search();
        return s.run();
    }

    /** One search: its cache of evaluations, the standardising scales and the best point so far. */
    private final class Search {
        private final Map<List<Double>, Evaluation> cache = new HashMap<>();
        private final double[] scales = new double[targets.size()];
        private double[] best;
        private double bestObjective = Double.POSITIVE_INFINITY;

        CalibrationReport run() {
            int n = free.size();
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                start[i] = free.get(i).start();
            }
            Evaluation first = evaluate(start);
            for (int k = 0; k < targets.size(); k++) {
                CalibrationTarget t = targets.get(k);
                double scale = t.scale();
                if (Double.isNaN(scale)) {
                    if (t.kind() == CalibrationTarget.Kind.EVENT_PROBABILITY) {
                        double runs = base.runs();
                        double v = Math.min(Math.max(t.value(), 0.5 / runs), 1 - 0.5 / runs);
                        scale = Math.sqrt(v * (1 - v) / runs);
                    } else {
                        scale = first.stderr[k];
                        if (!(scale > 0)) {
                            scale = t.value() != 0 ? 0.01 * Math.abs(t.value()) : 0.01;
                        }
                    }
                }
                scales[k] = scale;
            }
            first.standardise(scales);
            bestObjective = first.objective;
            best = start.clone();
            if (n == 1 && targets.size() == 1) {
                return root();
            }
            return n == 1 ? minimiseOne() : minimiseMany();
        }

        private CalibrationReport root() {
            FreeParameter f = free.get(0);
            double lo = f.lower();
            double hi = f.upper();
            double rLo = evaluate(new double[] {lo}).residual[0];
            double rHi = evaluate(new double[] {hi}).residual[0];
            if (rLo == 0 || rHi == 0) {
                return report(new double[] {rLo == 0 ? lo : hi}, true, "the target is met exactly at a bound");
            }
            if (Math.signum(rLo) == Math.signum(rHi)) {
                double x = Math.abs(rLo) <= Math.abs(rHi) ? lo : hi;
                return report(new double[] {x}, false, "no root in the bounds: the residual of "
                        + targets.get(0) + " is " + rLo + " at " + f.name() + " = " + lo + " and " + rHi + " at "
                        + hi + ", both of one sign; widen the bounds");
            }
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-14,
                    tolerance * (hi - lo), 0, 5);
            try {
                double x = solver.solve(maxEvaluations, v -> evaluate(new double[] {v}).residual[0], lo, hi,
                        f.start(), AllowedSolution.ANY_SIDE);
                return report(new double[] {x}, true, "root bracketed to " + tolerance * (hi - lo) + " by "
                        + "a bracketing Brent solver");
            } catch (MathIllegalStateException e) {
                return budgetOrFail(e, "bracketing Brent solver");
            } catch (MathRuntimeException e) {
                throw new IllegalStateException("bracketing Brent solver failed: " + e.getMessage(), e);
            }
        }

        private CalibrationReport minimiseOne() {
            FreeParameter f = free.get(0);
            BrentOptimizer optimizer = new BrentOptimizer(1e-10, tolerance * (f.upper() - f.lower()));
            try {
                UnivariatePointValuePair p = optimizer.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE,
                        new SearchInterval(f.lower(), f.upper(), f.start()),
                        new UnivariateObjectiveFunction(v -> evaluate(new double[] {v}).objective));
                double[] x = {p.getPoint()};
                if (evaluate(x).objective > bestObjective) {
                    x = best.clone();
                }
                return report(x, true, "minimum of the squared standardised residuals located to "
                        + tolerance * (f.upper() - f.lower()) + " by Brent's method");
            } catch (MathIllegalStateException e) {
                return budgetOrFail(e, "Brent optimiser");
            } catch (MathRuntimeException e) {
                throw new IllegalStateException("Brent optimiser failed: " + e.getMessage(), e);
            }
        }

        private CalibrationReport minimiseMany() {
            int n = free.size();
            double[] start = new double[n];
            for (int i = 0; i < n; i++) {
                FreeParameter f = free.get(i);
                start[i] = (f.start() - f.lower()) / (f.upper() - f.lower());
            }
            double[] zeros = new double[n];
            double[] ones = new double[n];
            Arrays.fill(ones, 1);
            BOBYQAOptimizer optimizer = new BOBYQAOptimizer((n + 1) * (n + 2) / 2, 0.1, tolerance);
            try {
                PointValuePair p = optimizer.optimize(new MaxEval(maxEvaluations), GoalType.MINIMIZE,
                        new InitialGuess(start), new SimpleBounds(zeros, ones),
                        new ObjectiveFunction(u -> evaluate(fromUnit(u)).objective));
                double[] x = fromUnit(p.getPoint());
                if (evaluate(x).objective > bestObjective) {
                    x = best.clone();
                }
                return report(x, true, "BOBYQA's trust region shrank to " + tolerance
                        + " of each parameter's range");
            } catch (MathIllegalStateException e) {
                return budgetOrFail(e, "BOBYQA");
            } catch (MathRuntimeException e) {
                throw new IllegalStateException("BOBYQA failed: " + e.getMessage(), e);
            }
        }

        private CalibrationReport budgetOrFail(MathIllegalStateException e, String method) {
            if (e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED && best != null) {
                return report(best.clone(), false, method + " spent its budget of " + maxEvaluations
                        + " evaluations before converging; the best point found is reported");
            }
            throw new IllegalStateException(method + " failed: " + e.getMessage(), e);
        }

        private double[] fromUnit(double[] u) {
            double[] x = new double[u.length];
            for (int i = 0; i < u.length; i++) {
                FreeParameter f = free.get(i);
                double v = f.lower() + Math.min(1, Math.max(0, u[i])) * (f.upper() - f.lower());
                x[i] = Math.min(f.upper(), Math.max(f.lower(), v));
            }
            return x;
        }

        private Evaluation evaluate(double[] x) {
            List<Double> key = Arrays.stream(x).boxed().toList();
            Evaluation e = cache.get(key);
            if (e == null) {
                e = Calibration.this.evaluate(experimentAt(x));
                e.standardise(scales);
                cache.put(key, e);
                if (e.objective < bestObjective) {
                    bestObjective = e.objective;
                    best = x.clone();
                }
            }
            return e;
        }

        private CalibrationReport report(double[] x, boolean converged, String status) {
            Evaluation e = evaluate(x);
            List<CalibrationReport.FittedValue> fitted = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                FreeParameter f = free.get(i);
                double margin = 1e-9 * (f.upper() - f.lower());
                fitted.add(new CalibrationReport.FittedValue(f.name(), x[i], f.lower(), f.upper(), f.form(),
                        x[i] <= f.lower() + margin || x[i] >= f.upper() - margin));
            }
            List<CalibrationReport.TargetFit> fits = new ArrayList<>();
            boolean met = true;
            for (int k = 0; k < targets.size(); k++) {
                fits.add(new CalibrationReport.TargetFit(targets.get(k), e.achieved[k], e.residual[k], e.stderr[k],
                        e.residual[k] / scales[k], e.count[k]));
                met &= Math.abs(e.residual[k]) <= Estimate.Z95 * e.stderr[k];
            }
            return new CalibrationReport(base.name(), fitted, fits, base.runs(), cache.size(), converged, met,
                    status, e.excluded, experimentAt(x));
        }
    }

    /** Returns the experiment with the free parameters at the given values. */
    private Experiment experimentAt(double[] x) {
        Experiment.Builder b = base.toBuilder();
        for (int i = 0; i < x.length; i++) {
            b.parameter(free.get(i).name(), free.get(i).distributionAt(x[i]));
        }
        return b.build();
    }

    /** Runs every run of an experiment and estimates each target. */
    private Evaluation evaluate(Experiment e) {
        int runs = (int) e.runs();
        int m = targets.size();
        double[][] values = new double[m][runs];
        Model model = e.model();
        JointDistribution joint = e.jointDistribution();
        long seed = e.seed();
        ProbeRunner.run(runs, threads, () -> {
            RunProbe probe = RunProbe.of(model, seed);
            RunStreams streams = RunStreams.create(seed);
            JointDistribution.Sampler sampler = joint.newSampler(streams);
            double[] p = new double[model.parameters().size()];
            return i -> {
                streams.moveTo(i);
                sampler.sample(p);
                boolean completed;
                try {
                    completed = probe.run(i, p);
                } catch (RuntimeException ex) {
                    completed = false;
                }
                for (int k = 0; k < m; k++) {
                    values[k][i] = completed ? read(probe, k) : Double.NaN;
                }
            };
        });
        return new Evaluation(values, runs);
    }

    /** Reads target k's per-run value: a metric (NaN if not recorded) or an event indicator. */
    private double read(RunProbe probe, int k) {
        CalibrationTarget t = targets.get(k);
        if (t.kind() == CalibrationTarget.Kind.EVENT_PROBABILITY) {
            double time = probe.eventTime(t.observable());
            return time <= t.time() ? 1 : 0;
        }
        return probe.metric(t.observable());
    }

    /** The estimates of every target at one point. */
    private final class Evaluation {
        final double[] achieved;
        final double[] stderr;
        final double[] residual;
        final long[] count;
        final long excluded;
        double objective;

        Evaluation(double[][] values, int runs) {
            int m = targets.size();
            achieved = new double[m];
            stderr = new double[m];
            residual = new double[m];
            count = new long[m];
            long missing = 0;
            for (int i = 0; i < runs; i++) {
                boolean any = false;
                for (double[] v : values) {
                    any |= Double.isNaN(v[i]);
                }
                if (any) {
                    missing++;
                }
            }
            excluded = missing;
            for (int k = 0; k < m; k++) {
                CalibrationTarget t = targets.get(k);
                double[] v = Arrays.stream(values[k]).filter(Double::isFinite).toArray();
                int n = v.length;
                if (n < 2) {
                    throw new IllegalStateException("calibration of " + base.name() + ": only " + n + " of " + runs
                            + " runs gave a value for " + t + "; the others diverged, failed or did not record it");
                }
                count[k] = n;
                double sum = 0;
                for (double x : v) {
                    sum += x;
                }
                double mean = sum / n;
                double ss = 0;
                for (double x : v) {
                    ss += (x - mean) * (x - mean);
                }
                double sd = Math.sqrt(ss / (n - 1));
                switch (t.kind()) {
                    case EVENT_PROBABILITY -> {
                        achieved[k] = mean;
                        stderr[k] = Math.sqrt(mean * (1 - mean) / n);
                    }
                    case METRIC_MEAN -> {
                        achieved[k] = mean;
                        stderr[k] = sd / Math.sqrt(n);
                    }
                    case METRIC_QUANTILE -> {
                        Arrays.sort(v);
                        double q = t.level();
                        achieved[k] = v[(int) Math.max(1, Math.ceil(q * n)) - 1];
                        double half = Estimate.Z95 * Math.sqrt(n * q * (1 - q));
                        int lo = (int) Math.max(1, Math.floor(n * q - half));
                        int hi = (int) Math.min(n, Math.ceil(n * q + half));
                        stderr[k] = (v[hi - 1] - v[lo - 1]) / (2 * Estimate.Z95);
                    }
                    default -> throw new IllegalStateException("unknown target kind " + t.kind());
                }
                residual[k] = achieved[k] - t.value();
            }
        }

        void standardise(double[] scales) {
            double sum = 0;
            for (int k = 0; k < residual.length; k++) {
                double z = residual[k] / scales[k];
                sum += z * z;
            }
            objective = sum;
        }
    }

    /** Collects the settings of a {@link Calibration}; not thread-safe. */
    public static final class Builder {
        private final Experiment base;
        private final List<FreeParameter> free = new ArrayList<>();
        private final List<CalibrationTarget> targets = new ArrayList<>();
        private double tolerance = 1e-6;
        private int maxEvaluations = 200;
        private int threads = 1;

        private Builder(Experiment base) {
            this.base = Objects.requireNonNull(base, "experiment");
        }

        /**
         * @param value a free parameter; its name must be a parameter of the model, given once
         * @return this builder
         */
        public Builder free(FreeParameter value) {
            free.add(Objects.requireNonNull(value, "free parameter"));
            return this;
        }

        /**
         * @param value a target on an event or metric of the model
         * @return this builder
         */
        public Builder target(CalibrationTarget value) {
            targets.add(Objects.requireNonNull(value, "target"));
            return this;
        }

        /**
         * @param value the precision of the fitted values as a fraction of each free parameter's range, in
         *        {@code (0, 0.01]}; Monte Carlo error is usually far larger
         * @return this builder
         */
        public Builder tolerance(double value) {
            this.tolerance = value;
            return this;
        }

        /**
         * @param value the most evaluations of the objective the method may make, in {@code [10, 100000]}; each
         *        runs the experiment's run count
         * @return this builder
         */
        public Builder maxEvaluations(int value) {
            this.maxEvaluations = value;
            return this;
        }

        /**
         * @param value threads that run the model, in {@code [1, 4096]}; the result does not depend on it
         * @return this builder
         */
        public Builder threads(int value) {
            this.threads = value;
            return this;
        }

        /**
         * Validates the settings.
         *
         * @return the calibration
         * @throws IllegalArgumentException if a setting is invalid: an unknown or repeated free parameter, bounds
         *         whose distributions the experiment refuses, a target on an unknown observable or one of the
         *         wrong kind, fewer targets than free parameters; the message names it
         */
        public Calibration build() {
            return new Calibration(this);
        }
    }
}
