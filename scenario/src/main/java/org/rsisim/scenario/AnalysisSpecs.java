package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.models.analysis.CalibrationTarget;
import org.rsisim.models.analysis.FreeParameter;
import org.rsisim.models.analysis.ScalarOutput;

/**
 * The analysis keys of a scenario file, {@code calibrate} and {@code sensitivity} (see {@code docs/scenarios.md}),
 * read into the settings of {@code rsisim calibrate} and {@code rsisim sensitivity}. Every error is a
 * {@link ScenarioException} located at the offending key or value. Stateless.
 */
public final class AnalysisSpecs {
    /** The keys of {@code calibrate}. */
    public static final Set<String> CALIBRATE_KEYS = Set.of("free", "targets", "runs-per-evaluation",
            "max-evaluations");
    /** The keys of one free parameter. */
    public static final Set<String> FREE_KEYS = Set.of("min", "max", "as", "start");
    /** The keys of one target. */
    public static final Set<String> TARGET_KEYS = Set.of("event", "by", "p", "metric", "mean", "quantile", "value");
    /** The keys of {@code sensitivity}. */
    public static final Set<String> SENSITIVITY_KEYS = Set.of("metric", "event", "by", "samples", "bootstrap");
    /** The ways a free value sets a parameter. */
    public static final List<String> FORMS = List.of("value", "shift", "scale");

    private AnalysisSpecs() {
    }

    /**
     * What {@code rsisim calibrate} fits.
     *
     * @param free the free parameters, in the order written
     * @param targets the targets, in the order written
     * @param runsPerEvaluation runs of every evaluation (all on the same random numbers), or {@code null} for the
     *        scenario's {@code runs}
     * @param maxEvaluations the evaluation budget, or {@code null} for the library's default
     * @param location where {@code calibrate} was written
     * @param freeLocations where each free parameter was written, in the order of {@code free}
     */
    public record Calibrate(List<FreeParameter> free, List<CalibrationTarget> targets, Long runsPerEvaluation,
                            Integer maxEvaluations, Location location, List<Location> freeLocations) {
        /** Copies the lists. */
        public Calibrate {
            free = List.copyOf(free);
            targets = List.copyOf(targets);
            freeLocations = List.copyOf(freeLocations);
        }
    }

    /**
     * What {@code rsisim sensitivity} analyses.
     *
     * @param output the output, or {@code null} if the file leaves it to the command line
     * @param samples {@code N}, the rows of each Saltelli matrix, or {@code null} for the command's default
     * @param bootstrap bootstrap resamples, or {@code null} for the command's default
     * @param location where {@code sensitivity} was written
     */
    public record Sensitivity(ScalarOutput output, Integer samples, Integer bootstrap, Location location) {
    }

    static Calibrate calibrate(Node node, String modelName, Map<String, Distribution> parameters, Model model) {
        Node.Mapping m = Values.mapping(node, "calibrate");
        m.requireKeysIn("calibrate", CALIBRATE_KEYS);
        if (!m.has("free") || !m.has("targets")) {
            throw new ScenarioException(m.location(), "calibrate needs 'free:' (parameters with min and max) and "
                    + "'targets:' (a list of {event, by, p}, {metric, mean} or {metric, quantile, value})");
        }
        Node.Mapping fm = Values.mapping(m.get("free"), "calibrate free");
        if (fm.keys().isEmpty()) {
            throw new ScenarioException(fm.location(), "calibrate free names no parameter");
        }
        List<String> names = model.parameters().stream().map(Parameter::name).toList();
        List<FreeParameter> free = new ArrayList<>();
        List<Location> freeAt = new ArrayList<>();
        for (Node.Key k : fm.keys().values()) {
            freeAt.add(k.location());
            if (!names.contains(k.name())) {
                throw new ScenarioException(k.location(), "unknown parameter '" + k.name() + "' of model "
                        + modelName + " in calibrate free" + Suggestions.didYouMean(k.name(), names)
                        + "; parameters: " + names);
            }
            free.add(free(k, Values.mapping(fm.get(k.name()), "calibrate free " + k.name()), parameters));
        }
        Node tn = m.get("targets");
        if (!(tn instanceof Node.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(tn.location(), "calibrate targets must be a non-empty list of {event, by, p},"
                    + " {metric, mean} or {metric, quantile, value}, got " + tn.kindName());
        }
        List<CalibrationTarget> targets = new ArrayList<>();
        for (Node item : seq.items()) {
            targets.add(target(Values.mapping(item, "calibrate target"), model));
        }
        Long runs = null;
        if (m.has("runs-per-evaluation")) {
            long r = Values.whole(m.get("runs-per-evaluation"), "calibrate runs-per-evaluation");
            if (r < 64 || r > 10_000_000) {
                throw new ScenarioException(m.get("runs-per-evaluation").location(), "calibrate runs-per-evaluation = "
                        + r + " must lie in [64, 10000000]");
            }
            runs = r;
        }
        Integer evaluations = null;
        if (m.has("max-evaluations")) {
            long e = Values.whole(m.get("max-evaluations"), "calibrate max-evaluations");
            if (e < 10 || e > 100_000) {
                throw new ScenarioException(m.get("max-evaluations").location(), "calibrate max-evaluations = " + e
                        + " must lie in [10, 100000]");
            }
            evaluations = (int) e;
        }
        return new Calibrate(free, targets, runs, evaluations, m.location(), freeAt);
    }

    private static FreeParameter free(Node.Key key, Node.Mapping f, Map<String, Distribution> parameters) {
        String name = key.name();
        f.requireKeysIn("calibrate free " + name, FREE_KEYS);
        if (!f.has("min") || !f.has("max")) {
            throw new ScenarioException(f.location(), "calibrate free " + name + " needs 'min' and 'max', the bounds "
                    + "of the search");
        }
        double lo = Values.number(f.get("min"), "calibrate free " + name + " min");
        double hi = Values.number(f.get("max"), "calibrate free " + name + " max");
        if (!(hi > lo)) {
            throw new ScenarioException(f.get("max").location(), "calibrate free " + name + ": max = " + hi
                    + " must be greater than min = " + lo);
        }
        String form = f.has("as") ? Values.text(f.get("as"), "calibrate free " + name + " as") : "value";
        if (!FORMS.contains(form)) {
            throw new ScenarioException(f.get("as").location(), "calibrate free " + name + ": unknown form '" + form
                    + "'" + Suggestions.didYouMean(form, FORMS) + "; forms: " + FORMS);
        }
        Distribution base = parameters.get(name);
        if (!form.equals("value") && base == null) {
            throw new ScenarioException(f.get("as").location(), "calibrate free " + name + " as " + form + " moves "
                    + "the parameter's distribution, but 'parameters' gives " + name + " none; give it one or use "
                    + "'as: value'");
        }
        FreeParameter fp;
        try {
            fp = switch (form) {
                case "shift" -> FreeParameter.shift(name, lo, hi, base);
                case "scale" -> FreeParameter.scale(name, lo, hi, base);
                default -> FreeParameter.value(name, lo, hi);
            };
            if (f.has("start")) {
                fp = fp.startingAt(Values.number(f.get("start"), "calibrate free " + name + " start"));
            }
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(key.location(), e.getMessage(), e);
        }
        return fp;
    }

    private static CalibrationTarget target(Node.Mapping t, Model model) {
        t.requireKeysIn("calibrate target", TARGET_KEYS);
        try {
            if (t.has("event")) {
                String e = ScenarioCompiler.observable(model, t.get("event"), Observable.Kind.EVENT);
                onlyKeys(t, Set.of("event", "by", "p"), "a target on event " + e + " takes {event, by, p}");
                if (!t.has("by") || !t.has("p")) {
                    throw new ScenarioException(t.location(), "calibrate target on event " + e + " needs 'by' (a "
                            + "time) and 'p' (the probability of the event by then)");
                }
                double by = Values.number(t.get("by"), "calibrate target by");
                double prob = Values.number(t.get("p"), "calibrate target p");
                if (!(prob > 0 && prob < 1)) {
                    throw new ScenarioException(t.get("p").location(), "calibrate target p = " + prob
                            + " must lie in (0, 1)");
                }
                return CalibrationTarget.eventProbability(e, by, prob);
            }
            if (!t.has("metric")) {
                throw new ScenarioException(t.location(), "calibrate target needs 'event' (with by, p) or 'metric' "
                        + "(with mean, or quantile and value)");
            }
            String metric = ScenarioCompiler.observable(model, t.get("metric"), Observable.Kind.METRIC);
            if (t.has("mean")) {
                onlyKeys(t, Set.of("metric", "mean"), "a target on the mean of " + metric + " takes {metric, mean}");
                return CalibrationTarget.metricMean(metric, Values.number(t.get("mean"), "calibrate target mean"));
            }
            if (!t.has("quantile") || !t.has("value")) {
                throw new ScenarioException(t.location(), "calibrate target on metric " + metric + " needs 'mean', "
                        + "or 'quantile' (a level in (0, 1)) and 'value'");
            }
            onlyKeys(t, Set.of("metric", "quantile", "value"), "a target on a quantile of " + metric
                    + " takes {metric, quantile, value}");
            double q = Values.number(t.get("quantile"), "calibrate target quantile");
            if (!(q > 0 && q < 1)) {
                throw new ScenarioException(t.get("quantile").location(), "calibrate target quantile = " + q
                        + " must lie in (0, 1)");
            }
            return CalibrationTarget.metricQuantile(metric, q, Values.number(t.get("value"),
                    "calibrate target value"));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(t.location(), "calibrate target: " + e.getMessage(), e);
        }
    }

    private static void onlyKeys(Node.Mapping m, Set<String> allowed, String message) {
        for (Node.Key k : m.keys().values()) {
            if (!allowed.contains(k.name())) {
                throw new ScenarioException(k.location(), "key '" + k.name() + "' does not belong here: " + message);
            }
        }
    }

    static Sensitivity sensitivity(Node node, Model model) {
        Node.Mapping m = Values.mapping(node, "sensitivity");
        m.requireKeysIn("sensitivity", SENSITIVITY_KEYS);
        if (m.has("metric") && m.has("event")) {
            throw new ScenarioException(m.location(), "sensitivity takes either 'metric' or 'event' with 'by', not "
                    + "both");
        }
        ScalarOutput output = null;
        if (m.has("metric")) {
            output = ScalarOutput.metric(ScenarioCompiler.observable(model, m.get("metric"), Observable.Kind.METRIC));
        } else if (m.has("event")) {
            String e = ScenarioCompiler.observable(model, m.get("event"), Observable.Kind.EVENT);
            if (!m.has("by")) {
                throw new ScenarioException(m.keyLocation("event"), "sensitivity of event " + e + " needs 'by', the "
                        + "time t of P(" + e + " by t)");
            }
            output = ScalarOutput.eventBy(e, Values.number(m.get("by"), "sensitivity by"));
        } else if (m.has("by")) {
            throw new ScenarioException(m.keyLocation("by"), "sensitivity 'by' needs 'event'");
        }
        Integer samples = null;
        if (m.has("samples")) {
            samples = samples(Values.whole(m.get("samples"), "sensitivity samples"), m.get("samples").location(),
                    "sensitivity samples");
        }
        Integer bootstrap = null;
        if (m.has("bootstrap")) {
            long b = Values.whole(m.get("bootstrap"), "sensitivity bootstrap");
            if (b < 100 || b > 100_000) {
                throw new ScenarioException(m.get("bootstrap").location(), "sensitivity bootstrap = " + b
                        + " must lie in [100, 100000]");
            }
            bootstrap = (int) b;
        }
        return new Sensitivity(output, samples, bootstrap, m.location());
    }

    /**
     * Checks a Sobol base sample count.
     *
     * @param n the count
     * @param at where it was written
     * @param what what it is, for the message
     * @return the count
     * @throws ScenarioException unless it is a power of two in {@code [16, 2^22]}
     */
    public static int samples(long n, Location at, String what) {
        if (!(n >= 16 && n <= (1 << 22) && Long.bitCount(n) == 1)) {
            throw new ScenarioException(at, what + " = " + n + " must be a power of two in [16, 4194304]");
        }
        return (int) n;
    }
}
