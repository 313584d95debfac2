package org.rsisim.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.Result;
import org.rsisim.core.RunProbe;
import org.rsisim.models.ModelProvider;

/**
 * Reusable checks of invariants that every rsisim model, or a model that declares the property, must keep. Each
 * check runs the model outside the engine with {@link RunProbe} (which reproduces engine run {@code i} exactly) or
 * through a small {@link Engine} experiment, and throws an {@link AssertionError} whose message names the model,
 * the seed, the run and every parameter value (exactly, as {@link Double#toString(double)} prints it), so a failure
 * can be replayed. They are meant to be called from jqwik properties with inputs from {@link ModelArbitraries}.
 *
 * <p>Values a run did not record (a censored event, a metric left out, series steps after a run stopped early)
 * read as NaN from the probe and are skipped by the range and monotonicity checks.
 *
 * <p>All methods are static and thread-safe (each call builds its own probes).
 */
public final class Invariants {

    /** The direction a quantity is declared to move in. */
    public enum Direction {
        /** Each value is at least the one before it. */
        NON_DECREASING,
        /** Each value is at most the one before it. */
        NON_INCREASING;

        boolean inOrder(double before, double after) {
            return this == NON_DECREASING ? before <= after : before >= after;
        }
    }

    /** What a run may do besides complete with finite observations. */
    public enum Divergence {
        /** Every run must complete with finite values. */
        FORBIDDEN,
        /**
         * A run may stop as diverged if the model itself signalled it ({@link org.rsisim.core.Sink#diverged}, a
         * declared blow-up); a NaN or infinity recorded without that signal still fails.
         */
        ALLOWED_IF_SIGNALLED
    }

    private Invariants() {
    }

    /**
     * Checks that a run is a function of (seed, run, parameters) alone: the run on two fresh probes (two new
     * {@link org.rsisim.core.Simulation}s) records bit-identical observations, and so does the same run again on the
     * first probe after another run in between (so state left over from a previous run would show); and the run does
     * not modify the parameter array it is given. The model's {@link org.rsisim.core.Simulation#accepts accepts} is
     * checked alongside: it gives the same answer on both fresh simulations and again after a run, leaves the
     * parameter array alone, and leaves nothing behind that changes the next run (it is asked just before the run
     * that is compared again).
     *
     * <p>The failure message says which comparison failed and names the possible causes: two fresh simulations that
     * differ point at randomness that does not come from {@link org.rsisim.core.RunStreams} (a {@code Random}, the
     * clock, iteration order of a hash set) or at state shared between simulations (a static field); a simulation
     * that differs from itself after another run points at state kept from the earlier run (a field not reset at the
     * start of {@code run}), or again at hidden randomness.
     *
     * @param model the model
     * @param seed the seed
     * @param run the run index, {@code >= 0}
     * @param parameters one value per parameter
     * @throws AssertionError naming the first observable that differs, the step, both values and the causes
     */
    public static void sameTrajectory(Model model, long seed, long run, double[] parameters) {
        sameTrajectory(model, seed, run, parameters, where(model, seed, run, parameters));
    }

    private static void sameTrajectory(Model model, long seed, long run, double[] parameters, String where) {
        double[] given = parameters.clone();
        RunProbe probe = probe(model, seed, where);
        Trajectory first = Trajectory.of(model, probe, run, parameters, where);
        if (!Arrays.equals(given, parameters)) {
            throw new AssertionError("the run modified its parameter array, afterwards " + Arrays.toString(parameters)
                    + ": " + where);
        }
        Trajectory fresh = Trajectory.of(model, probe(model, seed, where), run, given.clone(), where);
        first.assertSame(fresh, "two fresh simulations of the same run", "randomness that does not come from "
                + "RunStreams (a Random, the clock, a hash order) or state shared between simulations (a static "
                + "field)", where);
        boolean accepts = probe.accepts(given.clone());
        if (accepts != probe(model, seed, where).accepts(given.clone())) {
            throw new AssertionError("accepts answered differently on two fresh simulations: " + where);
        }
        long other = run == Long.MAX_VALUE ? run - 1 : run + 1;
        Trajectory.of(model, probe, other, given.clone(), where);
        double[] asked = given.clone();
        if (probe.accepts(asked) != accepts || !Arrays.equals(given, asked)) {
            throw new AssertionError("accepts changed its answer after a run, or modified its parameter array "
                    + "(afterwards " + Arrays.toString(asked) + "): " + where);
        }
        Trajectory again = Trajectory.of(model, probe, run, given.clone(), where);
        first.assertSame(again, "one simulation, before and after run " + other, "state kept from the earlier run "
                + "(a field of the simulation not reset at the start of run) or randomness that does not come from "
                + "RunStreams", where);
    }

    /**
     * {@link #sameTrajectory(Model, long, long, double[])} on a generated case.
     *
     * @param c the case
     */
    public static void sameTrajectory(ModelCase c) {
        sameTrajectory(c.model(), c.seed(), c.run(), c.parameters(), c.toString());
    }

    /**
     * Checks that probability-valued observables stay in {@code [0, 1]} in one run: every recorded value of each
     * named metric, event or series.
     *
     * @param model the model
     * @param seed the seed
     * @param run the run index
     * @param parameters one value per parameter
     * @param observables names of observables whose values are probabilities or shares
     * @throws AssertionError naming the observable, the step and the value
     * @throws IllegalArgumentException if a name is not an observable of the model
     */
    public static void withinUnitInterval(Model model, long seed, long run, double[] parameters,
                                          String... observables) {
        withinUnitInterval(model, seed, run, parameters, where(model, seed, run, parameters), observables);
    }

    private static void withinUnitInterval(Model model, long seed, long run, double[] parameters, String where,
                                           String... observables) {
        RunProbe probe = runOrFail(model, seed, run, parameters, where);
        for (String name : observables) {
            double[] values = observed(model, probe, name);
            for (int k = 0; k < values.length; k++) {
                double v = values[k];
                if (!Double.isNaN(v) && !(v >= 0 && v <= 1)) {
                    throw new AssertionError(name + (values.length > 1 ? " at step " + k : "") + " = " + v
                            + " is outside [0, 1]: " + where);
                }
            }
        }
    }

    /**
     * {@link #withinUnitInterval(Model, long, long, double[], String...)} on a generated case.
     *
     * @param c the case
     * @param observables names of probability-valued observables
     */
    public static void withinUnitInterval(ModelCase c, String... observables) {
        withinUnitInterval(c.model(), c.seed(), c.run(), c.parameters(), c.toString(), observables);
    }

    /**
     * Checks that a series is monotone in one run, over the steps the run recorded.
     *
     * @param model the model
     * @param seed the seed
     * @param run the run index
     * @param parameters one value per parameter
     * @param series name of a series
     * @param direction the declared direction
     * @throws AssertionError naming the two steps out of order and their values
     */
    public static void monotoneSeries(Model model, long seed, long run, double[] parameters, String series,
                                      Direction direction) {
        monotoneSeries(model, seed, run, parameters, series, direction, where(model, seed, run, parameters));
    }

    private static void monotoneSeries(Model model, long seed, long run, double[] parameters, String series,
                                       Direction direction, String where) {
        RunProbe probe = runOrFail(model, seed, run, parameters, where);
        double[] values = probe.series(series);
        int last = -1;
        for (int k = 0; k < values.length; k++) {
            if (Double.isNaN(values[k])) {
                continue;
            }
            if (last >= 0 && !direction.inOrder(values[last], values[k])) {
                throw new AssertionError(series + " is not " + direction.name().toLowerCase().replace('_', '-')
                        + ": step " + last + " = " + values[last] + ", step " + k + " = " + values[k] + "; "
                        + where);
            }
            last = k;
        }
    }

    /**
     * {@link #monotoneSeries(Model, long, long, double[], String, Direction)} on a generated case.
     *
     * @param c the case
     * @param series name of a series
     * @param direction the declared direction
     */
    public static void monotoneSeries(ModelCase c, String series, Direction direction) {
        monotoneSeries(c.model(), c.seed(), c.run(), c.parameters(), series, direction, c.toString());
    }

    /**
     * Checks that an event's date moves in the declared direction when a threshold setting is raised, on the same
     * run (seed, run index, parameters) of the two models. A censored event (it did not happen within the horizon)
     * counts as happening at {@code +Infinity}: with {@link Direction#NON_DECREASING}, an event that happens at the
     * higher threshold must happen, no later, at the lower one.
     *
     * @param provider builds the two models
     * @param settings the other settings; the threshold setting is overridden
     * @param setting name of the threshold setting
     * @param lower the lower threshold value
     * @param higher the higher threshold value, {@code >= lower}
     * @param event name of the event
     * @param direction how the event date moves as the threshold rises
     * @param seed the seed
     * @param run the run index
     * @param parameters one value per parameter (the two models must declare the same parameters)
     * @throws AssertionError naming both dates, both settings and the run
     * @throws IllegalArgumentException if {@code lower > higher}, or the provider refuses a setting
     */
    public static void eventMonotoneInSetting(ModelProvider provider, Map<String, Double> settings, String setting,
                                              double lower, double higher, String event, Direction direction,
                                              long seed, long run, double[] parameters) {
        if (!(lower <= higher)) {
            throw new IllegalArgumentException("lower = " + lower + " is above higher = " + higher);
        }
        Map<String, Double> low = new TreeMap<>(settings);
        low.put(setting, lower);
        Map<String, Double> high = new TreeMap<>(settings);
        high.put(setting, higher);
        Model a = create(provider, low, seed, run, parameters);
        Model b = create(provider, high, seed, run, parameters);
        if (!a.parameters().equals(b.parameters())) {
            throw new IllegalArgumentException("model " + provider.name() + " declares other parameters when "
                    + setting + " changes, so one parameter vector does not fit both");
        }
        double ta = censoredAsInfinity(runOrFail(a, seed, run, parameters, provider.name() + " " + low + ", "
                + where(a, seed, run, parameters)).eventTime(event));
        double tb = censoredAsInfinity(runOrFail(b, seed, run, parameters, provider.name() + " " + high + ", "
                + where(b, seed, run, parameters)).eventTime(event));
        if (!direction.inOrder(ta, tb)) {
            throw new AssertionError(event + " is not " + direction.name().toLowerCase().replace('_', '-')
                    + " in " + setting + ": " + setting + " = " + lower + " gives " + ta + ", " + setting + " = "
                    + higher + " gives " + tb + " (Infinity: censored); settings " + low + "; "
                    + where(a, seed, run, parameters));
        }
    }

    /**
     * Checks that an observable moves in the declared direction as one parameter rises, on common random numbers:
     * the same (seed, run) with the parameter at its value in the case and at {@code other}, every other parameter
     * as in the case ("more oversight never lowers fidelity"). A metric compares its two values; an event its two
     * dates, a censored event counting as {@code +Infinity}; a series every step both runs recorded. A metric or
     * series value a run did not record (NaN) is skipped.
     *
     * @param model the model
     * @param seed the seed
     * @param run the run index
     * @param parameters one value per parameter
     * @param parameter the parameter that changes
     * @param other its other value, allowed by the parameter (above or below the case's value)
     * @param observable a metric, event or series
     * @param direction how the observable moves as the parameter rises
     * @throws AssertionError naming both parameter values, both observed values (and the step) and the case
     * @throws IllegalArgumentException if the model has no such parameter or observable, or {@code other} is not
     *         allowed
     */
    public static void monotoneInParameter(Model model, long seed, long run, double[] parameters, String parameter,
                                           double other, String observable, Direction direction) {
        monotoneInParameter(model, seed, run, parameters, parameter, other, observable, direction,
                where(model, seed, run, parameters));
    }

    /**
     * {@link #monotoneInParameter(Model, long, long, double[], String, double, String, Direction)} on a generated
     * case; draw {@code other} with {@link ModelArbitraries#value(Parameter)} of the same parameter.
     *
     * @param c the case
     * @param parameter the parameter that changes
     * @param other its other value
     * @param observable a metric, event or series
     * @param direction how the observable moves as the parameter rises
     */
    public static void monotoneInParameter(ModelCase c, String parameter, double other, String observable,
                                           Direction direction) {
        monotoneInParameter(c.model(), c.seed(), c.run(), c.parameters(), parameter, other, observable, direction,
                c.toString());
    }

    private static void monotoneInParameter(Model model, long seed, long run, double[] parameters, String parameter,
                                            double other, String observable, Direction direction, String where) {
        int index = model.parameterIndex(parameter);
        Parameter declared = model.parameters().get(index);
        if (!declared.allows(other)) {
            throw new IllegalArgumentException("parameter " + parameter + ": other = " + other
                    + " is not allowed, range " + declared.range());
        }
        Observable.Kind kind = model.observables().get(model.observableIndex(observable)).kind();
        double a = Math.min(parameters[index], other);
        double b = Math.max(parameters[index], other);
        double[] low = parameters.clone();
        low[index] = a;
        double[] high = parameters.clone();
        high[index] = b;
        double[] x = observed(model, runOrFail(model, seed, run, low, where), observable);
        double[] y = observed(model, runOrFail(model, seed, run, high, where), observable);
        for (int k = 0; k < Math.min(x.length, y.length); k++) {
            double u = kind == Observable.Kind.EVENT ? censoredAsInfinity(x[k]) : x[k];
            double v = kind == Observable.Kind.EVENT ? censoredAsInfinity(y[k]) : y[k];
            if (Double.isNaN(u) || Double.isNaN(v) || direction.inOrder(u, v)) {
                continue;
            }
            throw new AssertionError(observable + (x.length > 1 ? " at step " + k : "") + " is not "
                    + direction.name().toLowerCase().replace('_', '-') + " in " + parameter + ": " + parameter
                    + " = " + a + " gives " + u + ", " + parameter + " = " + b + " gives " + v
                    + (kind == Observable.Kind.EVENT ? " (Infinity: censored)" : "")
                    + " on the same random numbers; " + where);
        }
    }

    /**
     * Checks that two models, or one model under two parameter vectors (two scenarios of it), give the same value
     * of an observable on common random numbers, run by run: runs {@code firstRun} to {@code firstRun + runs - 1}
     * of both, with the same seed, differ by at most {@code tolerance} in every recorded value (0: bit for bit,
     * NaN and censored alike). Use it for a rewrite of a model that must give the same numbers, or for a setting
     * that must not matter in a regime.
     *
     * @param a the first model
     * @param parametersA its parameter vector
     * @param b the second model, with an observable of the same name and kind
     * @param parametersB its parameter vector
     * @param seed the seed of both
     * @param firstRun the first run index, {@code >= 0}
     * @param runs how many runs, {@code >= 1}
     * @param observable a metric, event or series of both models
     * @param tolerance the largest absolute difference allowed, {@code >= 0}
     * @throws AssertionError naming the first run (and step) that differs, both values and both models
     * @throws IllegalArgumentException if a count or the tolerance is out of range
     */
    public static void agreeOnCommonRandomNumbers(Model a, double[] parametersA, Model b, double[] parametersB,
                                                  long seed, long firstRun, long runs, String observable,
                                                  double tolerance) {
        if (runs < 1 || firstRun < 0) {
            throw new IllegalArgumentException("runs = " + runs + " from firstRun = " + firstRun
                    + ": need runs >= 1 and firstRun >= 0");
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance = " + tolerance + " is not >= 0");
        }
        String whereA = where(a, seed, firstRun, parametersA);
        String whereB = where(b, seed, firstRun, parametersB);
        RunProbe pa = probe(a, seed, whereA);
        RunProbe pb = probe(b, seed, whereB);
        for (long r = firstRun; r < firstRun + runs; r++) {
            runThrowing(pa, r, parametersA.clone(), whereA + " (run " + r + ")");
            runThrowing(pb, r, parametersB.clone(), whereB + " (run " + r + ")");
            double[] x = observed(a, pa, observable);
            double[] y = observed(b, pb, observable);
            for (int k = 0; k < Math.max(x.length, y.length); k++) {
                double u = k < x.length ? x[k] : Double.NaN;
                double v = k < y.length ? y[k] : Double.NaN;
                boolean same = Double.isNaN(u) ? Double.isNaN(v)
                        : tolerance == 0 ? Double.compare(u, v) == 0 : Math.abs(u - v) <= tolerance;
                if (!same) {
                    throw new AssertionError(observable + (x.length > 1 ? " at step " + k : "") + " differs on "
                            + "common random numbers in run " + r + ": " + u + " against " + v + " (tolerance "
                            + tolerance + "); first: " + whereA + "; second: " + whereB);
                }
            }
        }
    }

    /**
     * Estimates the mean difference of a metric or event date between two models (or two parameter vectors of one
     * model) on common random numbers: runs {@code 0} to {@code runs - 1} of both with the same seed, the
     * difference {@code b - a} taken run by run, so that the noise the two share cancels (the paired comparison
     * of common random numbers). Runs where either value is missing (NaN, a censored event) are left out. Check
     * the estimate with {@link MonteCarloTolerance#assertMean(double, double, double, String)}.
     *
     * @param a the first model
     * @param parametersA its parameter vector
     * @param b the second model
     * @param parametersB its parameter vector
     * @param seed the seed of both
     * @param runs how many runs, {@code >= 2}
     * @param observable a metric or event of both models
     * @return the mean of the paired differences and its standard error (NaN if fewer than two pairs remain)
     * @throws IllegalArgumentException if {@code runs < 2} or the observable is a series
     * @throws AssertionError if a model throws, naming the run
     */
    public static org.rsisim.core.stat.Estimate pairedDifference(Model a, double[] parametersA, Model b,
                                                                 double[] parametersB, long seed, long runs,
                                                                 String observable) {
        if (runs < 2) {
            throw new IllegalArgumentException("runs = " + runs + " is below 2");
        }
        if (a.observables().get(a.observableIndex(observable)).kind() == Observable.Kind.SERIES) {
            throw new IllegalArgumentException(observable + " is a series; pairedDifference takes a metric or event");
        }
        String whereA = where(a, seed, 0, parametersA);
        String whereB = where(b, seed, 0, parametersB);
        RunProbe pa = probe(a, seed, whereA);
        RunProbe pb = probe(b, seed, whereB);
        long n = 0;
        double mean = 0;
        double m2 = 0;
        for (long r = 0; r < runs; r++) {
            runThrowing(pa, r, parametersA.clone(), whereA + " (run " + r + ")");
            runThrowing(pb, r, parametersB.clone(), whereB + " (run " + r + ")");
            double d = observed(b, pb, observable)[0] - observed(a, pa, observable)[0];
            if (Double.isNaN(d)) {
                continue;
            }
            n++;
            double delta = d - mean;
            mean += delta / n;
            m2 += delta * (d - mean);
        }
        double stderr = n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1) / n);
        return org.rsisim.core.stat.Estimate.ofMean(n == 0 ? Double.NaN : mean, stderr);
    }

    /**
     * Checks that a run completes: the model does not throw, and records no NaN or infinity unless the policy
     * allows a divergence the model signalled itself.
     *
     * @param model the model
     * @param seed the seed
     * @param run the run index
     * @param parameters one value per parameter
     * @param policy whether a signalled divergence is allowed
     * @return {@code true} if the run completed, {@code false} if it diverged as the policy allows
     * @throws AssertionError if the model threw (with the exception as cause) or diverged against the policy
     */
    public static boolean completes(Model model, long seed, long run, double[] parameters, Divergence policy) {
        return completes(model, seed, run, parameters, policy, where(model, seed, run, parameters));
    }

    private static boolean completes(Model model, long seed, long run, double[] parameters, Divergence policy,
                                     String where) {
        RunProbe probe = probe(model, seed, where);
        boolean completed = runThrowing(probe, run, parameters, where);
        if (completed) {
            return true;
        }
        if (probe.divergedStep() >= 0 && policy == Divergence.ALLOWED_IF_SIGNALLED) {
            return false;
        }
        throw new AssertionError((probe.divergedStep() >= 0 ? "the run signalled a divergence at step "
                + probe.divergedStep() : "the run recorded NaN or an infinity without signalling a divergence"
                + nonFinite(model, probe)) + ": " + where);
    }

    /**
     * {@link #completes(Model, long, long, double[], Divergence)} on a generated case.
     *
     * @param c the case
     * @param policy whether a signalled divergence is allowed
     * @return {@code true} if the run completed
     */
    public static boolean completes(ModelCase c, Divergence policy) {
        return completes(c.model(), c.seed(), c.run(), c.parameters(), policy, c.toString());
    }

    /**
     * Checks an engine result: no run failed (threw), and no run diverged unless the policy allows it; every run
     * is counted once.
     *
     * @param result the result
     * @param policy whether diverged runs are allowed (the engine counts signalled and recorded divergences alike)
     * @throws AssertionError naming the counts and the first failure messages
     */
    public static void noFailures(Result result, Divergence policy) {
        String where = "model " + result.manifest().model() + ", seed " + result.manifest().seed() + ", runs "
                + result.manifest().runs();
        if (result.completed() + result.diverged() + result.failed() != result.manifest().runs()) {
            throw new AssertionError("completed " + result.completed() + " + diverged " + result.diverged()
                    + " + failed " + result.failed() + " is not the run count: " + where);
        }
        if (result.failed() > 0) {
            throw new AssertionError(result.failed() + " runs failed: " + result.failures() + "; " + where);
        }
        if (result.diverged() > 0 && policy == Divergence.FORBIDDEN) {
            throw new AssertionError(result.diverged() + " runs diverged, by step " + result.divergedAtStep()
                    + "; " + where);
        }
    }

    /**
     * Checks the engine's determinism contract on an experiment: the result on one thread and on two threads has
     * the same metric, event and series summaries, run counts and divergence steps, bit for bit. Keep the
     * experiment small (a few thousand runs): it runs twice.
     *
     * @param experiment the experiment
     * @throws AssertionError naming the first statistic that differs (as a path such as
     *         {@code result.metrics.progress.mean.stderr}) with its two values, the model and the seed
     */
    public static void sameResultOnOneAndTwoThreads(Experiment experiment) {
        Result one = Engine.withThreads(1).run(experiment);
        Result two = Engine.withThreads(2).run(experiment);
        String difference = firstDifference("result", comparable(one), comparable(two));
        if (difference != null) {
            throw new AssertionError("the result differs between 1 and 2 threads, first at " + difference
                    + " (1 thread against 2): model " + experiment.model().name() + ", seed " + experiment.seed()
                    + ", runs " + experiment.runs());
        }
    }

    /**
     * Builds an experiment of a model with every parameter fixed at the given values, for
     * {@link #sameResultOnOneAndTwoThreads} and {@link #noFailures} (the runs then differ only in their random
     * streams).
     *
     * @param model the model
     * @param parameters one value per parameter
     * @param runs number of runs
     * @param seed the seed
     * @return the experiment
     * @throws IllegalArgumentException if a value is outside its parameter's range
     */
    public static Experiment experimentAt(Model model, double[] parameters, long runs, long seed) {
        List<Parameter> list = model.parameters();
        if (parameters.length != list.size()) {
            throw new IllegalArgumentException("model " + model.name() + " takes " + list.size()
                    + " parameters, got " + parameters.length);
        }
        Experiment.Builder b = Experiment.builder(model).runs(runs).seed(seed);
        for (int i = 0; i < parameters.length; i++) {
            b.parameter(list.get(i).name(), parameters[i]);
        }
        return b.build();
    }

    /**
     * Returns the parameters of a model with their values, as {@code {name=value, ...}}, doubles printed exactly.
     *
     * @param model the model
     * @param parameters one value per parameter; extra or missing values are shown as such
     * @return the text
     */
    public static String describe(Model model, double[] parameters) {
        List<Parameter> list = model.parameters();
        StringJoiner j = new StringJoiner(", ", "{", "}");
        for (int i = 0; i < Math.max(list.size(), parameters.length); i++) {
            String name = i < list.size() ? list.get(i).name() : "(extra " + i + ")";
            j.add(name + "=" + (i < parameters.length ? Double.toString(parameters[i]) : "(missing)"));
        }
        return j.toString();
    }

    private static String where(Model model, long seed, long run, double[] parameters) {
        return "model " + model.name() + ", seed " + seed + ", run " + run + ", parameters "
                + describe(model, parameters);
    }

    private static RunProbe runOrFail(Model model, long seed, long run, double[] parameters, String where) {
        RunProbe probe = probe(model, seed, where);
        runThrowing(probe, run, parameters, where);
        return probe;
    }

    /** A new probe; what the model throws while building its simulation is reported with the case. */
    static RunProbe probe(Model model, long seed, String where) {
        try {
            return RunProbe.of(model, seed);
        } catch (RuntimeException | StackOverflowError | AssertionError | ExceptionInInitializerError e) {
            throw new AssertionError("the model threw while building its simulation: " + e + "; " + where, e);
        }
    }

    /** One run; what the model throws is reported with the case, and the exception is kept as the cause. */
    static boolean runThrowing(RunProbe probe, long run, double[] parameters, String where) {
        try {
            return probe.run(run, parameters);
        } catch (RuntimeException | StackOverflowError | AssertionError | ExceptionInInitializerError e) {
            throw new AssertionError("the run threw " + e + "; " + where, e);
        }
    }

    private static Model create(ModelProvider provider, Map<String, Double> settings, long seed, long run,
                                double[] parameters) {
        try {
            return provider.create(settings);
        } catch (RuntimeException | StackOverflowError | AssertionError | ExceptionInInitializerError e) {
            throw new AssertionError("model " + provider.name() + " threw when built with settings " + settings
                    + ": " + e + "; seed " + seed + ", run " + run + ", parameters " + Arrays.toString(parameters),
                    e);
        }
    }

    private static double[] observed(Model model, RunProbe probe, String name) {
        Observable o = model.observables().get(model.observableIndex(name));
        return switch (o.kind()) {
            case METRIC -> new double[] {probe.metric(name)};
            case EVENT -> new double[] {probe.eventTime(name)};
            case SERIES -> probe.series(name);
        };
    }

    private static double censoredAsInfinity(double t) {
        return Double.isNaN(t) ? Double.POSITIVE_INFINITY : t;
    }

    private static String nonFinite(Model model, RunProbe probe) {
        List<String> seen = new ArrayList<>();
        for (Observable o : model.observables()) {
            double[] v = observed(model, probe, o.name());
            for (int k = 0; k < v.length; k++) {
                if (Double.isInfinite(v[k])) {
                    seen.add(o.name() + (o.kind() == Observable.Kind.SERIES ? "[" + k + "]" : "") + " = " + v[k]);
                    break;
                }
            }
        }
        return seen.isEmpty() ? " (a NaN)" : " (" + String.join(", ", seen) + ")";
    }

    private static Map<String, Object> comparable(Result r) {
        Map<String, Object> parts = new java.util.LinkedHashMap<>();
        parts.put("completed", r.completed());
        parts.put("diverged", r.diverged());
        parts.put("failed", r.failed());
        parts.put("divergedAtStep", r.divergedAtStep());
        parts.put("metrics", r.metrics());
        parts.put("events", r.events());
        parts.put("series", r.series());
        return parts;
    }

    /**
     * Returns where two values first differ, as a path and the two values ({@code metrics.progress.mean.value:
     * 1.5 against 1.5000000000000002}), or {@code null} if they are equal. Records are compared component by
     * component, maps key by key in order, lists and arrays element by element, doubles bit for bit.
     */
    static String firstDifference(String path, Object a, Object b) {
        if (a == b) {
            return null;
        }
        if (a == null || b == null || a.getClass() != b.getClass()) {
            return path + ": " + a + " against " + b;
        }
        if (a instanceof Double x) {
            return Double.doubleToLongBits(x) == Double.doubleToLongBits((Double) b) ? null
                    : path + ": " + x + " against " + b;
        }
        if (a instanceof Map<?, ?> m) {
            Map<?, ?> n = (Map<?, ?>) b;
            if (!m.keySet().equals(n.keySet())) {
                return path + " keys: " + m.keySet() + " against " + n.keySet();
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String d = firstDifference(path + "." + e.getKey(), e.getValue(), n.get(e.getKey()));
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a instanceof List<?> l) {
            return firstDifference(path, l.toArray(), ((List<?>) b).toArray());
        }
        if (a.getClass().isArray()) {
            int n = java.lang.reflect.Array.getLength(a);
            int m = java.lang.reflect.Array.getLength(b);
            for (int i = 0; i < Math.min(n, m); i++) {
                String d = firstDifference(path + "[" + i + "]", java.lang.reflect.Array.get(a, i),
                        java.lang.reflect.Array.get(b, i));
                if (d != null) {
                    return d;
                }
            }
            return n == m ? null : path + " length: " + n + " against " + m;
        }
        if (a instanceof Record) {
            for (java.lang.reflect.RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    String d = firstDifference(path + "." + c.getName(), c.getAccessor().invoke(a),
                            c.getAccessor().invoke(b));
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    return Objects.equals(a, b) ? null : path + ": " + a + " against " + b;
                }
            }
            return null;
        }
        return Objects.equals(a, b) ? null : path + ": " + a + " against " + b;
    }

    /** Every observation of one run, for bitwise comparison. */
    private record Trajectory(Model model, boolean completed, int divergedStep, double[][] values) {

        static Trajectory of(Model model, RunProbe probe, long run, double[] parameters, String where) {
            boolean completed = runThrowing(probe, run, parameters, where);
            List<Observable> list = model.observables();
            double[][] values = new double[list.size()][];
            for (int i = 0; i < values.length; i++) {
                values[i] = observed(model, probe, list.get(i).name());
            }
            return new Trajectory(model, completed, probe.divergedStep(), values);
        }

        void assertSame(Trajectory other, String compared, String causes, String where) {
            String intro = "the same (seed, run, parameters) gave different observations on " + compared
                    + " (possible causes: " + causes + "): ";
            if (completed != other.completed || divergedStep != other.divergedStep) {
                throw new AssertionError(intro + "completed " + completed + " against " + other.completed
                        + ", diverged at step " + divergedStep + " against " + other.divergedStep + "; " + where);
            }
            for (int i = 0; i < values.length; i++) {
                if (!Arrays.equals(values[i], other.values[i])) {
                    int k = Arrays.mismatch(values[i], other.values[i]);
                    String name = model.observables().get(i).name();
                    String a = k < values[i].length ? Double.toString(values[i][k]) : "(no step)";
                    String b = k < other.values[i].length ? Double.toString(other.values[i][k]) : "(no step)";
                    throw new AssertionError(intro + name + (values[i].length > 1 ? " at step " + k : "") + " = "
                            + a + " against " + b + "; " + where);
                }
            }
        }
    }
}
