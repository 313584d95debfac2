package org.rsisim.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.Target;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;

/**
 * Turns a scenario file's tree into a {@link Scenario}, checking every key against what the model declares.
 *
 * <p>The keys of a scenario are documented in {@code docs/scenarios.md}. Every error is a {@link ScenarioException}
 * located at the offending key or value, naming what is allowed; an unknown key or name comes with the closest
 * allowed one. The experiment of the scenario and of every sweep point is built once here, so a scenario that
 * compiles also runs. Stateless.
 */
public final class ScenarioCompiler {
    /** The keys a scenario file may hold. */
    public static final Set<String> KEYS = Set.of("name", "description", "model", "extends", "settings",
            "parameters", "correlations", "runs", "precision", "seed", "block-size", "report", "sweep", "antithetic",
            "quasi-random", "observe", "calibrate", "sensitivity", "rare-event", "redraw");

    private static final String REPORT_REMEDY = "add it to 'observe' or leave it out of 'report'";

    private ScenarioCompiler() {
    }

    /**
     * Loads and compiles a scenario file with everything it extends.
     *
     * @param file the file, as the user named it
     * @return the scenario
     * @throws ScenarioException if anything in the file is invalid
     */
    public static Scenario compile(Path file) {
        Node.Mapping root = ScenarioLoader.load(file);
        String stem = file.getFileName().toString().replaceFirst("\\.(ya?ml)$", "");
        return compile(root, stem, Location.startOf(file.toString()));
    }

    /**
     * Compiles a merged scenario tree.
     *
     * @param root the tree
     * @param defaultName the name used when the tree has no {@code name}
     * @param source where the scenario starts
     * @return the scenario
     * @throws ScenarioException if anything in the tree is invalid
     */
    public static Scenario compile(Node.Mapping root, String defaultName, Location source) {
        root.requireKeysIn("the scenario", KEYS);
        Scenario.Parts p = new Scenario.Parts();
        p.source = source;
        p.name = root.has("name") ? Values.text(root.get("name"), "name") : defaultName;
        if (root.has("description")) {
            Node d = root.get("description");
            p.description = d instanceof Node.Scalar s && s.kind() != Node.ScalarKind.NULL ? s.text()
                    : Values.text(d, "description");
        }
        if (!root.has("model")) {
            throw new ScenarioException(source, "the scenario names no model; add 'model: NAME', one of "
                    + modelNames());
        }
        Node modelNode = root.get("model");
        p.modelName = Values.text(modelNode, "model");
        p.provider = provider(p.modelName, modelNode.location());
        place(p, root, Experiment.TARGET, "precision");
        place(p, root, "blockSize", "block-size");
        place(p, root, "quasiRandom", "quasi-random");
        place(p, root, Experiment.REDRAW, "redraw");

        settings(root, p);
        Model model;
        try {
            model = p.provider.create(p.settings);
        } catch (IllegalArgumentException e) {
            Scenario probe = new Scenario(p);
            throw new ScenarioException(probe.locate(e), "model " + p.modelName + ": "
                    + e.getMessage(), e);
        }
        p.observables = model.observables();
        parameters(root, p, model);
        correlations(root, p);
        runs(root, p);
        observe(root, p, model);
        precision(root, p, model);
        report(root, p, model);
        sweep(root, p, model);
        p.antithetic = flag(root, "antithetic");
        p.quasiRandom = flag(root, "quasi-random");
        if (root.has("redraw")) {
            p.redraw = RedrawSpec.parse(root.get("redraw"), model);
        }
        if (root.has("calibrate")) {
            p.calibrate = AnalysisSpecs.calibrate(root.get("calibrate"), p.modelName, p.parameters, model);
        }
        if (root.has("sensitivity")) {
            p.sensitivity = AnalysisSpecs.sensitivity(root.get("sensitivity"), model);
        }
        if (root.has("rare-event")) {
            p.rareEvent = RareEventSpec.parse(root.get("rare-event"), model);
        }

        Scenario scenario = new Scenario(p);
        Experiment experiment = scenario.experiment(Overrides.NONE);
        if (p.rareEvent != null) {
            p.rareEvent.importanceSampling(experiment, null);
        }
        if (p.calibrate != null) {
            scenario.calibration(Overrides.NONE, 1);
        }
        if (p.sweep != null) {
            for (SweepSpec.Point point : p.sweep.points()) {
                scenario.experiment(point, Overrides.NONE);
            }
        }
        return scenario;
    }

    /** Records where the file writes a key, for the library errors that carry {@code name}. */
    private static void place(Scenario.Parts p, Node.Mapping root, String name, String key) {
        if (root.has(key)) {
            p.places.put(name, root.keyLocation(key));
        }
    }

    private static List<String> modelNames() {
        return ModelCatalog.all().stream().map(ModelProvider::name).toList();
    }

    private static ModelProvider provider(String name, Location at) {
        List<String> names = modelNames();
        if (!names.contains(name)) {
            throw new ScenarioException(at, "unknown model '" + name + "'" + Suggestions.didYouMean(name, names)
                    + "; known models: " + names);
        }
        return ModelCatalog.get(name);
    }

    private static void settings(Node.Mapping root, Scenario.Parts p) {
        Map<String, Parameter> declared = new LinkedHashMap<>();
        p.provider.settings().forEach(s -> declared.put(s.name(), s));
        if (!root.has("settings")) {
            return;
        }
        Node.Mapping m = Values.mapping(root.get("settings"), "settings");
        m.requireKeysIn("settings of model " + p.modelName, declared.keySet());
        for (Map.Entry<String, Node> e : m.values().entrySet()) {
            Parameter s = declared.get(e.getKey());
            double v = Values.number(e.getValue(), "setting " + s.name());
            if (!s.allows(v)) {
                throw new ScenarioException(e.getValue().location(), "setting " + s.name() + " = " + v
                        + " is outside its allowed range " + s.range() + unit(s));
            }
            p.settings.put(s.name(), v);
            p.places.put(s.name(), m.keyLocation(s.name()));
        }
    }

    private static String unit(Parameter p) {
        return p.unit().isEmpty() || p.unit().equals("1") ? "" : " (" + p.unit() + ")";
    }

    private static void parameters(Node.Mapping root, Scenario.Parts p, Model model) {
        if (!root.has("parameters")) {
            return;
        }
        Node.Mapping m = Values.mapping(root.get("parameters"), "parameters");
        Map<String, Parameter> declared = new LinkedHashMap<>();
        model.parameters().forEach(x -> declared.put(x.name(), x));
        Set<String> settingNames = new HashSet<>();
        p.provider.settings().forEach(s -> settingNames.add(s.name()));
        for (Node.Key k : m.keys().values()) {
            if (!declared.containsKey(k.name())) {
                String hint = settingNames.contains(k.name()) ? "; '" + k.name() + "' is a setting of model "
                        + p.modelName + ": write it under 'settings'" : Suggestions.didYouMean(k.name(),
                        declared.keySet());
                throw new ScenarioException(k.location(), "unknown parameter '" + k.name() + "' of model "
                        + p.modelName + hint + "; parameters: " + declared.keySet());
            }
            Parameter par = declared.get(k.name());
            Node value = m.get(k.name());
            var dist = DistributionForms.parse(par.name(), value);
            double lo = dist.lower();
            double hi = dist.upper();
            if (!(lo >= par.lower() && hi <= par.upper())) {
                throw new ScenarioException(value.location(), outsideRange(par, dist));
            }
            p.parameters.put(par.name(), dist);
            p.places.put(par.name(), k.location());
        }
    }

    /**
     * Says that a distribution's support crosses a parameter's range, in the scenario language: how much probability
     * lies outside, and the two remedies, {@code truncate} (condition on the range) and {@code clip} (pile the
     * probability beyond a bound on it), written out for this parameter.
     */
    static String outsideRange(Parameter par, Distribution dist) {
        if (dist.lower() == dist.upper()) {
            return "parameter " + par.name() + ": " + DistributionText.of(dist) + " is outside its allowed range ["
                    + shown(par.lower()) + ", " + shown(par.upper()) + "]" + unit(par);
        }
        double below = par.lower() > Double.NEGATIVE_INFINITY ? dist.cdf(Math.nextDown(par.lower())) : 0;
        double above = par.upper() < Double.POSITIVE_INFINITY ? 1 - dist.cdf(par.upper()) : 0;
        double outside = below + above;
        String form = DistributionText.of(dist);
        String bounds = "[" + DistributionText.number(par.lower()) + ", " + DistributionText.number(par.upper()) + "]";
        String share = outside > 0 ? String.format(java.util.Locale.ROOT, "%.3g", outside)
                + " of its probability lies outside" : "its support reaches outside, with probability below 1e-16";
        String base = form.startsWith("{") ? form.substring(0, form.length() - 1) : "{fixed: " + form;
        boolean finite = Double.isFinite(par.lower()) && Double.isFinite(par.upper());
        String remedy = finite && outside < 1 && !form.contains(DistributionForms.TRUNCATE + ":")
                && !form.contains(DistributionForms.CLIP + ":")
                ? "; truncate it to the range (condition on it): " + par.name() + ": " + base + ", "
                        + DistributionForms.TRUNCATE + ": " + bounds + "}, or clip it (values beyond a bound are "
                        + "set to it): " + DistributionForms.CLIP + ": " + bounds
                : "; choose a distribution inside the range";
        return "parameter " + par.name() + ": " + form + " takes values in [" + shown(dist.lower()) + ", "
                + shown(dist.upper()) + "], beyond its allowed range [" + shown(par.lower()) + ", "
                + shown(par.upper()) + "]" + unit(par) + ": "
                + share + remedy;
    }

    private static String shown(double v) {
        return Double.isInfinite(v) ? (v > 0 ? "infinity" : "-infinity") : DistributionText.number(v);
    }

    private static void correlations(Node.Mapping root, Scenario.Parts p) {
        if (!root.has("correlations")) {
            return;
        }
        Node.Mapping m = Values.mapping(root.get("correlations"), "correlations");
        m.requireKeysIn("correlations", Set.of("parameters", "matrix"));
        if (!m.has("parameters") || !m.has("matrix")) {
            throw new ScenarioException(m.location(), "correlations needs 'parameters: [a, b, ...]' and 'matrix:' "
                    + "(one row per parameter)");
        }
        List<Node.Scalar> names = Values.texts(m.get("parameters"), "correlations parameters");
        List<String> list = new ArrayList<>();
        for (Node.Scalar n : names) {
            if (!p.parameters.containsKey(n.text())) {
                throw new ScenarioException(n.location(), "correlated parameter '" + n.text() + "' has no "
                        + "distribution in 'parameters'" + Suggestions.didYouMean(n.text(), p.parameters.keySet())
                        + "; parameters with distributions: " + p.parameters.keySet());
            }
            list.add(n.text());
        }
        Node matrixNode = m.get("matrix");
        if (!(matrixNode instanceof Node.Sequence rows)) {
            throw new ScenarioException(matrixNode.location(), "correlations matrix must be a list of rows, got "
                    + matrixNode.kindName());
        }
        double[][] matrix = new double[rows.items().size()][];
        for (int i = 0; i < matrix.length; i++) {
            matrix[i] = Values.numbers(rows.items().get(i), "correlations matrix row " + (i + 1));
        }
        try {
            p.correlation = new Correlation(list, matrix);
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(m.keyLocation("matrix"), e.getMessage(), e);
        }
    }

    private static void runs(Node.Mapping root, Scenario.Parts p) {
        if (root.has("runs")) {
            // its range is checked by the core library, whose error is placed at this value
            p.runs = Values.whole(root.get("runs"), "runs");
            p.places.put("runs", root.get("runs").location());
        }
        if (root.has("seed")) {
            p.seed = Values.whole(root.get("seed"), "seed");
        }
        if (root.has("block-size")) {
            long b = Values.whole(root.get("block-size"), "block-size");
            if (b < Experiment.CHUNK || b % Experiment.CHUNK != 0 || b > (1 << 24)) {
                throw new ScenarioException(root.get("block-size").location(), "block-size = " + b + " must be a "
                        + "multiple of " + Experiment.CHUNK + " in [" + Experiment.CHUNK + ", " + (1 << 24) + "]");
            }
            p.blockSize = (int) b;
        }
    }

    private static void precision(Node.Mapping root, Scenario.Parts p, Model model) {
        if (!root.has("precision")) {
            return;
        }
        Node.Mapping m = Values.mapping(root.get("precision"), "precision");
        m.requireKeysIn("precision", Set.of("event", "time", "metric", "half-width"));
        if (!m.has("half-width") || m.has("event") == m.has("metric")) {
            throw new ScenarioException(m.location(), "precision needs either {event, time, half-width} or "
                    + "{metric, half-width}");
        }
        double half = Values.number(m.get("half-width"), "precision half-width");
        if (m.has("event")) {
            String e = observable(model, m.get("event"), Observable.Kind.EVENT);
            requireObserved(p, e, m.get("event").location(), "precision event '" + e + "'", "add it to 'observe'");
            if (!m.has("time")) {
                throw new ScenarioException(m.keyLocation("event"), "precision for event " + e + " needs 'time', "
                        + "the time t of P(" + e + " by t)");
            }
            double t = Values.number(m.get("time"), "precision time");
            if (!(half > 0 && half < 0.5)) {
                throw new ScenarioException(m.get("half-width").location(), "precision half-width = " + half
                        + " of a probability must lie in (0, 0.5)");
            }
            p.target = Target.eventProbability(e, t, half);
        } else {
            String metric = observable(model, m.get("metric"), Observable.Kind.METRIC);
            requireObserved(p, metric, m.get("metric").location(), "precision metric '" + metric + "'",
                    "add it to 'observe'");
            if (!(half > 0)) {
                throw new ScenarioException(m.get("half-width").location(), "precision half-width = " + half
                        + " must be positive");
            }
            p.target = Target.metricMean(metric, half);
        }
    }

    /**
     * Reads {@code observe}: a list of observable names of the model, kept in the model's order. An empty list, like
     * no key, observes every observable.
     */
    private static void observe(Node.Mapping root, Scenario.Parts p, Model model) {
        if (!root.has("observe")) {
            return;
        }
        List<String> known = model.observables().stream().map(Observable::name).toList();
        Set<String> chosen = new HashSet<>();
        for (Node.Scalar s : Values.texts(root.get("observe"), "observe")) {
            String name = s.text();
            if (!known.contains(name)) {
                throw new ScenarioException(s.location(), "model " + model.name() + " has no observable '" + name
                        + "'" + Suggestions.didYouMean(name, known) + "; observables: " + known);
            }
            chosen.add(name);
        }
        p.observe = known.stream().filter(chosen::contains).toList();
        // A core error about an unobserved target or event (such as a --precision on the command line) belongs here.
        place(p, root, Experiment.OBSERVE, "observe");
    }

    /** Requires an observable named by another key to be observed; {@code subject} starts the message. */
    private static void requireObserved(Scenario.Parts p, String name, Location at, String subject, String remedy) {
        if (!p.observe.isEmpty() && !p.observe.contains(name)) {
            throw new ScenarioException(at, subject + " is not observed; " + remedy + "; observed: " + p.observe);
        }
    }

    private static boolean flag(Node.Mapping root, String key) {
        if (!root.has(key)) {
            return false;
        }
        Node n = root.get(key);
        if (!(n instanceof Node.Scalar s && s.kind() == Node.ScalarKind.BOOLEAN)) {
            throw new ScenarioException(n.location(), key + " must be true or false, got " + n.kindName());
        }
        return Boolean.parseBoolean(s.text());
    }

    static String observable(Model model, Node node, Observable.Kind kind) {
        String name = Values.text(node, kind.name().toLowerCase());
        List<String> names = model.observables().stream().filter(o -> o.kind() == kind).map(Observable::name)
                .toList();
        if (!names.contains(name)) {
            String other = model.observables().stream().filter(o -> o.name().equals(name)).findFirst()
                    .map(o -> "; '" + name + "' is a " + o.kind().name().toLowerCase() + ", not a "
                            + kind.name().toLowerCase())
                    .orElse(Suggestions.didYouMean(name, names));
            throw new ScenarioException(node.location(), "model " + model.name() + " has no "
                    + kind.name().toLowerCase() + " '" + name + "'" + other + "; " + kind.name().toLowerCase()
                    + "s: " + names);
        }
        return name;
    }

    private static void report(Node.Mapping root, Scenario.Parts p, Model model) {
        if (!root.has("report")) {
            return;
        }
        Node.Mapping m = Values.mapping(root.get("report"), "report");
        m.requireKeysIn("report", Set.of("metrics", "events", "series"));
        List<String> metrics = null;
        List<String> events = null;
        List<String> series = null;
        if (m.has("metrics")) {
            metrics = names(model, m.get("metrics"), Observable.Kind.METRIC, p);
        }
        if (m.has("series")) {
            series = names(model, m.get("series"), Observable.Kind.SERIES, p);
        }
        if (m.has("events")) {
            Node ev = m.get("events");
            if (ev instanceof Node.Sequence) {
                events = names(model, ev, Observable.Kind.EVENT, p);
            } else {
                Node.Mapping em = Values.mapping(ev, "report events");
                events = new ArrayList<>();
                for (Node.Key k : em.keys().values()) {
                    String name = observable(model, new Node.Scalar(k.location(), k.name(), Node.ScalarKind.TEXT),
                            Observable.Kind.EVENT);
                    requireObserved(p, name, k.location(), "report names event '" + name + "', which", REPORT_REMEDY);
                    events.add(name);
                    p.places.put(name, k.location());
                    Node body = em.get(name);
                    if (body instanceof Node.Scalar s && s.kind() == Node.ScalarKind.NULL) {
                        continue;
                    }
                    Node.Mapping bm = Values.mapping(body, "report event " + name);
                    bm.requireKeysIn("report event " + name, Set.of("times"));
                    if (bm.has("times")) {
                        double[] times = Values.numbers(bm.get("times"), "times of event " + name);
                        if (times.length == 0) {
                            throw new ScenarioException(bm.get("times").location(), "times of event " + name
                                    + " is empty; list at least one time");
                        }
                        p.eventTimes.put(name, times);
                    }
                }
            }
        }
        p.report = new ReportSpec(metrics, events, series);
    }

    private static List<String> names(Model model, Node node, Observable.Kind kind, Scenario.Parts p) {
        List<String> out = new ArrayList<>();
        for (Node.Scalar s : Values.texts(node, "report " + kind.name().toLowerCase() + "s")) {
            String name = observable(model, s, kind);
            requireObserved(p, name, s.location(), "report names " + kind.name().toLowerCase() + " '" + name
                    + "', which", REPORT_REMEDY);
            out.add(name);
        }
        return out;
    }

    private static void sweep(Node.Mapping root, Scenario.Parts p, Model model) {
        if (!root.has("sweep")) {
            return;
        }
        Node.Mapping m = Values.mapping(root.get("sweep"), "sweep");
        m.requireKeysIn("sweep", Set.of("parameter", "values", "range", "parameters", "grid"));
        List<SweepSpec.Axis> axes = new ArrayList<>();
        boolean grid = false;
        if (m.has("parameters")) {
            if (m.has("parameter") || m.has("values") || m.has("range")) {
                throw new ScenarioException(m.location(), "sweep has either 'parameter' with 'values' or 'range' "
                        + "(one axis), or 'parameters' (a list of one or two axes), not both");
            }
            Node list = m.get("parameters");
            if (!(list instanceof Node.Sequence seq) || seq.items().isEmpty() || seq.items().size() > 2) {
                throw new ScenarioException(list.location(), "sweep parameters must be a list of one or two axes, "
                        + "each {name, values} or {name, range}");
            }
            for (Node item : seq.items()) {
                Node.Mapping a = Values.mapping(item, "sweep axis");
                a.requireKeysIn("sweep axis", Set.of("name", "values", "range"));
                axes.add(axis(a, "name", p, model));
            }
            if (m.has("grid")) {
                Node g = m.get("grid");
                if (!(g instanceof Node.Scalar gs && gs.kind() == Node.ScalarKind.BOOLEAN)) {
                    throw new ScenarioException(g.location(), "sweep grid must be true or false, got "
                            + g.kindName());
                }
                grid = Boolean.parseBoolean(gs.text());
            }
            if (axes.size() == 2 && axes.get(0).name().equals(axes.get(1).name())) {
                throw new ScenarioException(seq.items().get(1).location(), "sweep axes name the same quantity "
                        + axes.get(0).name() + " twice");
            }
        } else {
            if (m.has("grid")) {
                throw new ScenarioException(m.keyLocation("grid"), "sweep grid needs two axes under 'parameters'");
            }
            axes.add(axis(m, "parameter", p, model));
        }
        SweepSpec spec = new SweepSpec(axes, grid);
        if (spec.points().size() > SweepSpec.MAX_POINTS) {
            throw new ScenarioException(m.location(), "sweep has " + spec.points().size() + " points, more than "
                    + SweepSpec.MAX_POINTS);
        }
        p.sweep = spec;
    }

    private static SweepSpec.Axis axis(Node.Mapping a, String nameKey, Scenario.Parts p, Model model) {
        if (!a.has(nameKey)) {
            throw new ScenarioException(a.location(), "sweep axis needs '" + nameKey + "': the parameter or setting "
                    + "to vary");
        }
        Node nameNode = a.get(nameKey);
        String name = Values.text(nameNode, "sweep " + nameKey);
        Set<String> known = new java.util.LinkedHashSet<>();
        model.parameters().forEach(x -> known.add(x.name()));
        Set<String> settingNames = new java.util.LinkedHashSet<>();
        p.provider.settings().forEach(x -> settingNames.add(x.name()));
        boolean setting = settingNames.contains(name);
        if (!known.contains(name) && !setting) {
            Set<String> all = new java.util.LinkedHashSet<>(known);
            all.addAll(settingNames);
            throw new ScenarioException(nameNode.location(), "sweep names '" + name + "', which is neither a "
                    + "parameter nor a setting of model " + p.modelName + Suggestions.didYouMean(name, all)
                    + "; parameters: " + known + ", settings: " + settingNames);
        }
        if (a.has("values") == a.has("range")) {
            throw new ScenarioException(a.location(), "sweep axis " + name + " needs either 'values: [...]' or "
                    + "'range: {from, to, steps}'");
        }
        double[] values;
        if (a.has("values")) {
            values = Values.numbers(a.get("values"), "sweep values of " + name);
            if (values.length == 0) {
                throw new ScenarioException(a.get("values").location(), "sweep values of " + name + " is empty");
            }
        } else {
            Node.Mapping r = Values.mapping(a.get("range"), "sweep range");
            r.requireKeysIn("sweep range", Set.of("from", "to", "steps"));
            if (!r.has("from") || !r.has("to") || !r.has("steps")) {
                throw new ScenarioException(r.location(), "sweep range needs from, to and steps (the number of "
                        + "values, at least 2)");
            }
            double from = Values.number(r.get("from"), "sweep range from");
            double to = Values.number(r.get("to"), "sweep range to");
            long steps = Values.whole(r.get("steps"), "sweep range steps");
            if (steps < 2 || steps > SweepSpec.MAX_POINTS) {
                throw new ScenarioException(r.get("steps").location(), "sweep range steps = " + steps + " must lie "
                        + "in [2, " + SweepSpec.MAX_POINTS + "]");
            }
            if (!(to > from)) {
                throw new ScenarioException(r.get("to").location(), "sweep range to = " + to + " must be greater "
                        + "than from = " + from);
            }
            values = new double[(int) steps];
            for (int i = 0; i < steps; i++) {
                values[i] = i == steps - 1 ? to : from + (to - from) * i / (steps - 1);
            }
        }
        return new SweepSpec.Axis(name, setting, values, a.location());
    }
}
