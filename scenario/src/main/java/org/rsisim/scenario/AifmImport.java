package org.rsisim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelCatalog;

/**
 * Converts a Monte Carlo sampling configuration of the AI Futures Project's timelines-and-takeoff model
 * ({@code brendanhalstead/ai-progress-rates}, the YAML files under {@code config/} that their
 * {@code scripts/batch_rollout.py} reads) into an rsisim scenario file for the model {@code ai-futures}, which draws
 * what their sampler draws.
 *
 * <p>What is converted, following their sampler at commit 786c6655:
 * <ul>
 *   <li>{@code parameters} and {@code time_series_parameters}, each a map with {@code dist}:
 *     {@code fixed} ({@code value}); {@code uniform} ({@code min}, {@code max}); {@code normal} given by
 *     {@code ci80: [a, b]} (or {@code ci80_low}, {@code ci80_high}) as its 10th and 90th percentiles, or by
 *     {@code mean} and {@code sd} (or {@code sigma}, 1 when neither is given); {@code lognormal} by {@code ci80} or
 *     by {@code mu} and {@code sigma} of the logarithm; {@code shifted_lognormal}, {@code shift} plus such a
 *     lognormal; {@code beta} ({@code alpha}, {@code beta}) on [0, 1]; {@code choice} ({@code values}, with
 *     probabilities {@code p} or equally likely). {@code include_gap}'s choice of {@code "no gap"} and
 *     {@code "gap"} becomes 0 and 1.</li>
 *   <li>Clipping. Their sampler clips a value to the distribution's {@code min} and {@code max} only when the
 *     entry says {@code clip_to_bounds: true}, and then, unless it says {@code clip_to_bounds: false}, to the
 *     parameter's bounds in their {@code model_config.py} {@code PARAMETER_BOUNDS} (copied below as numbers, with
 *     that source). The scenario writes the result as {@code clip: [lo, hi]}, intersected with the range the
 *     model {@code ai-futures} declares for the parameter (where its equations are defined), and only where the
 *     distribution can leave that interval.</li>
 *   <li>{@code correlation_matrix} ({@code parameters}, {@code correlation_matrix}) of rank correlations,
 *     {@code correlation_type: spearman} (their default): rsisim's Gaussian copula of rank correlations.</li>
 *   <li>{@code num_samples} (or {@code num_rollouts}) as {@code runs}, {@code seed} as {@code seed}.</li>
 *   <li>A model parameter the configuration leaves out is fixed at their default ({@code model_config.py}
 *     {@code DEFAULT_PARAMETERS}), which is what their model uses for it.</li>
 * </ul>
 *
 * <p>What cannot be converted is refused with a {@link ScenarioException} at the file, line and column of the
 * offending key: a parameter that {@code ai-futures} does not have; a categorical setting other than the one it
 * implements ({@code horizon_extrapolation_type: decaying doubling time}, {@code automation_interp_type: linear},
 * {@code taste_schedule_type: SDs per progress-year}); a beta on bounds other than [0, 1]; Pearson correlations
 * (their latent-correlation calibration for them has no counterpart); a time range other than 2012-2050, an
 * initial progress other than 0, or an input series other than their {@code input_data.csv} (which the model
 * bundles); a missing training-compute parameter; an unknown distribution. Their {@code per_sample_timeout},
 * which drops slow trajectories, is not converted: the scenario keeps every trajectory, and says so in a comment.
 *
 * <p>The converted scenario compiles (the conversion checks it). Stateless and thread-safe.
 */
public final class AifmImport {
    /** The model the scenario runs. */
    public static final String MODEL = "ai-futures";

    /**
     * Their {@code model_config.py} {@code PARAMETER_BOUNDS} for the parameters of {@code ai-futures}
     * ({@code brendanhalstead/ai-progress-rates} at commit 786c6655), to which their sampler clips a draw unless the
     * entry says {@code clip_to_bounds: false}.
     */
    private static final Map<String, double[]> THEIR_BOUNDS = Map.ofEntries(
            Map.entry("rho_coding_labor", new double[] {-10, 0}),
            Map.entry("r_software", new double[] {0.1, 10}),
            Map.entry("software_progress_rate_at_reference_year", new double[] {0.05, 10}),
            Map.entry("automation_fraction_at_coding_automation_anchor", new double[] {0.1, 1.0}),
            Map.entry("swe_multiplier_at_present_day", new double[] {1.0, 10.0}),
            Map.entry("coding_labor_normalization", new double[] {0.00001, 10}),
            Map.entry("ai_research_taste_at_coding_automation_anchor_sd", new double[] {-10, 100}),
            Map.entry("ai_research_taste_slope", new double[] {0.1, 10.0}),
            Map.entry("aa_time_horizon_minutes", new double[] {1000, 1e11}),
            Map.entry("pre_gap_aa_time_horizon", new double[] {1000, 1e11}),
            Map.entry("present_day", new double[] {2020.0, 2030.0}),
            Map.entry("present_horizon", new double[] {0.01, 100}),
            Map.entry("present_doubling_time", new double[] {0.01, 2}),
            Map.entry("doubling_difficulty_growth_factor", new double[] {0.5, 1.5}),
            Map.entry("inf_labor_asymptote", new double[] {0, 100000}),
            Map.entry("inf_compute_asymptote", new double[] {0, 100000}),
            Map.entry("inv_compute_anchor_exp_cap", new double[] {0, 10}),
            Map.entry("parallel_penalty", new double[] {0.0, 1.0}),
            Map.entry("median_to_top_taste_multiplier", new double[] {1.1, 20.0}),
            Map.entry("top_percentile", new double[] {0.5, 0.99999}),
            Map.entry("coding_automation_efficiency_slope", new double[] {0.01, 10.0}),
            Map.entry("optimal_ces_eta_init", new double[] {1e-12, 1e12}));

    /**
     * Their {@code model_config.py} {@code DEFAULT_PARAMETERS} (commit 786c6655) for the parameters of
     * {@code ai-futures}, and the three training-compute parameters' values in their default configuration's
     * centre; what their model uses for a parameter a configuration leaves out.
     */
    private static final Map<String, Double> THEIR_DEFAULTS = Map.ofEntries(
            Map.entry("present_day", 2025.6), Map.entry("present_horizon", 26.0),
            Map.entry("present_doubling_time", 0.408), Map.entry("doubling_difficulty_growth_factor", 0.92),
            Map.entry("aa_time_horizon_minutes", 6224000.0), Map.entry("include_gap", 0.0),
            Map.entry("gap_years", 1.5), Map.entry("pre_gap_aa_time_horizon", 124600.0),
            Map.entry("rho_coding_labor", -2.0), Map.entry("parallel_penalty", 0.5),
            Map.entry("coding_labor_normalization", 1.0), Map.entry("swe_multiplier_at_present_day", 1.6),
            Map.entry("automation_fraction_at_coding_automation_anchor", 1.0),
            Map.entry("coding_automation_efficiency_slope", 3.0), Map.entry("optimal_ces_eta_init", 0.05),
            Map.entry("inf_labor_asymptote", 15.0), Map.entry("inf_compute_asymptote", 5000.0),
            Map.entry("inv_compute_anchor_exp_cap", 3.33),
            Map.entry("ai_research_taste_at_coding_automation_anchor_sd", 0.5),
            Map.entry("ai_research_taste_slope", 2.5), Map.entry("median_to_top_taste_multiplier", 3.25),
            Map.entry("top_percentile", 0.999), Map.entry("software_progress_rate_at_reference_year", 0.79),
            Map.entry("r_software", 2.40));

    /** The training-compute parameters, which their configurations keep under {@code time_series_parameters}. */
    private static final List<String> TIME_SERIES = List.of("constant_training_compute_growth_rate",
            "slowdown_year", "post_slowdown_training_compute_growth_rate");

    /** Categorical settings of their model and the one value {@code ai-futures} implements. */
    private static final Map<String, String> CATEGORICAL = Map.of(
            "horizon_extrapolation_type", "decaying doubling time",
            "automation_interp_type", "linear",
            "taste_schedule_type", "SDs per progress-year");

    private static final Set<String> TOP_KEYS = Set.of("initial_progress", "time_range", "num_rollouts",
            "num_samples", "input_data", "per_sample_timeout", "seed", "parameters", "time_series_parameters",
            "correlation_matrix");

    private static final Set<String> DIST_KEYS = Set.of("dist", "value", "min", "max", "ci80", "ci80_low",
            "ci80_high", "mean", "sd", "sigma", "mu", "shift", "alpha", "beta", "values", "p", "clip_to_bounds");

    private static final String[] MILESTONES = {"acd_ai", "ai2027_sc", "air_5x", "air_25x", "air_250x",
        "air_2000x", "air_10000x", "sar", "siar"};

    private AifmImport() {
    }

    /**
     * Converts a configuration file.
     *
     * @param file their sampling configuration (YAML)
     * @return the scenario file's text
     * @throws ScenarioException if the file is not valid YAML or holds what cannot be converted; located at the
     *         offending key
     * @throws UncheckedIOException if the file cannot be read
     */
    public static String convert(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return convert(file.toString(), text);
    }

    /**
     * Converts a configuration given as text.
     *
     * @param fileName the name to give in locations and in the scenario's comments
     * @param text their sampling configuration (YAML)
     * @return the scenario file's text; it compiles
     * @throws ScenarioException if the text is not valid YAML or holds what cannot be converted; located at the
     *         offending key
     */
    public static String convert(String fileName, String text) {
        Node root = YamlTreeReader.read(fileName, text);
        if (!(root instanceof Node.Mapping top)) {
            throw new ScenarioException(root.location(), "their sampling configuration is a map, got "
                    + root.kindName());
        }
        top.requireKeysIn("their sampling configuration", TOP_KEYS);
        checkFixedTop(top);
        List<Parameter> declared = ModelCatalog.get(MODEL).create().parameters();
        Map<String, Parameter> byName = new LinkedHashMap<>();
        declared.forEach(p -> byName.put(p.name(), p));

        Map<String, String> lines = new LinkedHashMap<>();
        Map<String, Node.Key> where = new LinkedHashMap<>();
        for (String group : List.of("parameters", "time_series_parameters")) {
            Node g = top.get(group);
            if (g == null || isNull(g)) {
                continue;
            }
            Node.Mapping m = mapping(g, group);
            for (Node.Key k : m.keys().values()) {
                String name = k.name();
                Node spec = m.get(name);
                if (CATEGORICAL.containsKey(name)) {
                    checkCategorical(name, k, spec);
                    continue;
                }
                if (name.equals("automation_anchors")) {
                    continue; // their sampler skips this entry
                }
                Parameter p = byName.get(name);
                if (p == null) {
                    throw new ScenarioException(k.location(), "parameter '" + name + "' is not one of the model "
                            + MODEL + Suggestions.didYouMean(name, byName.keySet()) + "; it cannot be converted");
                }
                if (where.containsKey(name)) {
                    throw new ScenarioException(k.location(), "parameter '" + name + "' is given twice (first at "
                            + where.get(name).location() + ")");
                }
                where.put(name, k);
                lines.put(name, distribution(p, k, mapping(spec, group + "." + name)));
            }
        }
        for (String ts : TIME_SERIES) {
            if (!where.containsKey(ts)) {
                throw new ScenarioException(top.keyLocation("time_series_parameters"), "time_series_parameters "
                        + "lacks " + ts + ": without all three their runner reads input_data.csv as is, while "
                        + MODEL + " always builds the training-compute series from them");
            }
        }

        StringBuilder out = new StringBuilder();
        String base = Path.of(fileName).getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        out.append("# Converted by 'rsisim import aifm' from ").append(fileName).append(",\n")
                .append("# a sampling configuration of the AI Futures Project's model (brendanhalstead/ai-progress-rates).\n")
                .append("# Each parameter's comment gives the line of its entry there. clip: is their clipping to the\n")
                .append("# distribution's min and max (clip_to_bounds: true) and to model_config.PARAMETER_BOUNDS\n")
                .append("# (unless clip_to_bounds: false), within the range the model ai-futures declares.\n");
        Node timeout = top.get("per_sample_timeout");
        if (timeout != null && !isNull(timeout)) {
            out.append("# Their per_sample_timeout (").append(((Node.Scalar) timeout).text())
                    .append(" s) drops slow trajectories, a selection that depends on the machine; this scenario\n")
                    .append("# keeps every trajectory.\n");
        }
        out.append("name: ").append(name.isEmpty() ? "aifm-import" : name).append('\n')
                .append("description: imported from their sampling configuration ").append(quote(base))
                .append('\n')
                .append("model: ").append(MODEL).append('\n')
                .append("parameters:\n");
        for (Map.Entry<String, String> e : lines.entrySet()) {
            out.append("  ").append(e.getKey()).append(": ").append(e.getValue()).append("  # line ")
                    .append(where.get(e.getKey()).location().line()).append('\n');
        }
        List<String> absent = new ArrayList<>();
        for (Parameter p : declared) {
            if (!lines.containsKey(p.name())) {
                absent.add(p.name());
            }
        }
        if (!absent.isEmpty()) {
            out.append("  # not in the configuration: their model_config.DEFAULT_PARAMETERS\n");
            for (String a : absent) {
                Double v = THEIR_DEFAULTS.get(a);
                double value = v == null ? byName.get(a).defaultValue() : v;
                out.append("  ").append(a).append(": ").append(number(value)).append('\n');
            }
        }
        correlations(top, where, out);
        out.append("runs: ").append(runs(top)).append('\n');
        out.append("seed: ").append(seed(top)).append('\n');
        out.append("report:\n  events:\n");
        for (String m : MILESTONES) {
            out.append("    ").append(m).append(": {times: [2027, 2030, 2035, 2040, 2050]}\n");
        }
        String scenario = out.toString();
        Node.Mapping parsed = (Node.Mapping) YamlTreeReader.read(name + ".yaml", scenario);
        ScenarioCompiler.compile(parsed, name, Location.startOf(name + ".yaml")).experiment(Overrides.NONE);
        return scenario;
    }

    private static void checkFixedTop(Node.Mapping top) {
        Node range = top.get("time_range");
        if (range != null && !isNull(range)) {
            List<Node> items = range instanceof Node.Sequence s ? s.items() : List.of();
            if (items.size() != 2 || number(items.get(0), "time_range") != 2012.0
                    || number(items.get(1), "time_range") != 2050.0) {
                throw new ScenarioException(top.keyLocation("time_range"), "time_range must be [2012.0, 2050.0], "
                        + "the range the model " + MODEL + " integrates over; other ranges cannot be converted");
            }
        }
        Node initial = top.get("initial_progress");
        if (initial != null && !isNull(initial) && number(initial, "initial_progress") != 0.0) {
            throw new ScenarioException(top.keyLocation("initial_progress"), "initial_progress must be 0, as in "
                    + "their runs; " + MODEL + " starts progress at 0");
        }
        Node input = top.get("input_data");
        if (input != null && !isNull(input)) {
            String text = ((Node.Scalar) input).text();
            if (!Path.of(text).getFileName().toString().equals("input_data.csv")) {
                throw new ScenarioException(top.keyLocation("input_data"), "input_data '" + text + "' cannot be "
                        + "converted: " + MODEL + " bundles their input_data.csv and reads no other series");
            }
        }
    }

    private static void checkCategorical(String name, Node.Key k, Node spec) {
        Node.Mapping m = mapping(spec, name);
        String dist = m.has("dist") ? text(m.get("dist"), name + ".dist") : "fixed";
        Node value = m.get("value");
        String want = CATEGORICAL.get(name);
        if (!dist.equals("fixed") || value == null || !want.equals(((Node.Scalar) value).text())) {
            throw new ScenarioException(k.location(), name + " must be fixed at '" + want + "', the only one the "
                    + "model " + MODEL + " implements; this entry cannot be converted");
        }
    }

    /** The scenario form of one parameter's entry. */
    private static String distribution(Parameter p, Node.Key k, Node.Mapping spec) {
        String name = p.name();
        spec.requireKeysIn("their entry for " + name, DIST_KEYS);
        String dist = spec.has("dist") ? text(spec.get("dist"), name + ".dist") : "fixed";
        Boolean clipFlag = spec.has("clip_to_bounds") ? bool(spec.get("clip_to_bounds"),
                name + ".clip_to_bounds") : null;
        boolean toBounds = clipFlag == null || clipFlag;
        double lo = p.lower();
        double hi = p.upper();
        double[] theirs = THEIR_BOUNDS.get(name);
        if (toBounds && theirs != null) {
            lo = Math.max(lo, theirs[0]);
            hi = Math.min(hi, theirs[1]);
        }
        if (!dist.equals("fixed") && !dist.equals("choice") && toBounds
                && (!spec.has("min") || !spec.has("max"))) {
            throw new ScenarioException(k.location(), name + ": their sampler requires min and max for a " + dist
                    + " distribution unless clip_to_bounds is false");
        }
        boolean distClip = Boolean.TRUE.equals(clipFlag) && spec.has("min") && spec.has("max")
                && (dist.equals("normal") || dist.equals("lognormal") || dist.equals("shifted_lognormal"));
        if (distClip) {
            lo = Math.max(lo, number(spec.get("min"), name + ".min"));
            hi = Math.min(hi, number(spec.get("max"), name + ".max"));
        }
        if (!(lo <= hi)) {
            throw new ScenarioException(k.location(), name + ": the clipping interval is empty (the model's range "
                    + p.range() + ", their bounds and the entry's min and max do not overlap)");
        }
        String form;
        double supportLo;
        double supportHi;
        switch (dist) {
            case "fixed" -> {
                Node v = spec.get("value");
                if (v == null) {
                    throw new ScenarioException(spec.keyLocation("dist"), name + ": a fixed entry needs value");
                }
                return number(clip(value(name, v), lo, hi));
            }
            case "uniform" -> {
                double a = number(spec.get("min"), name + ".min");
                double b = number(spec.get("max"), name + ".max");
                if (a == b) {
                    return number(clip(a, lo, hi));
                }
                if (!(a < b)) {
                    throw new ScenarioException(spec.keyLocation("max"), name + ": max " + b + " is below min " + a);
                }
                form = "{uniform: {min: " + number(a) + ", max: " + number(b) + "}";
                supportLo = a;
                supportHi = b;
            }
            case "normal" -> {
                double[] q = ci80(name, spec);
                if (q != null) {
                    if (q[0] == q[1]) {
                        return number(clip(q[0], lo, hi));
                    }
                    form = "{normal: {p10: " + number(q[0]) + ", p90: " + number(q[1]) + "}";
                } else {
                    double mean = number(required(spec, "mean", name), name + ".mean");
                    double sd = spec.has("sd") ? number(spec.get("sd"), name + ".sd")
                            : spec.has("sigma") ? number(spec.get("sigma"), name + ".sigma") : 1.0;
                    form = "{normal: {mean: " + number(mean) + ", sd: " + number(sd) + "}";
                }
                supportLo = Double.NEGATIVE_INFINITY;
                supportHi = Double.POSITIVE_INFINITY;
            }
            case "lognormal", "shifted_lognormal" -> {
                double[] q = ci80(name, spec);
                double shift = 0;
                if (dist.equals("shifted_lognormal")) {
                    if (!spec.has("shift") || isNull(spec.get("shift"))) {
                        throw new ScenarioException(spec.keyLocation("dist"), name + ": shifted_lognormal needs "
                                + "shift");
                    }
                    shift = number(spec.get("shift"), name + ".shift");
                }
                if (q != null) {
                    if (!(q[0] > 0)) {
                        throw new ScenarioException(spec.keyLocation(spec.has("ci80") ? "ci80" : "ci80_low"), name
                                + ": a lognormal's 80 % interval must be positive, got " + q[0]);
                    }
                    if (q[0] == q[1]) {
                        return number(clip(shift + q[0], lo, hi));
                    }
                    form = "{lognormal: {p10: " + number(q[0]) + ", p90: " + number(q[1]) + "}";
                } else {
                    double mu = number(required(spec, "mu", name), name + ".mu");
                    double sigma = number(required(spec, "sigma", name), name + ".sigma");
                    form = "{lognormal: {mu: " + number(mu) + ", sigma: " + number(sigma) + "}";
                }
                if (shift != 0) {
                    form += ", shift: " + number(shift);
                }
                supportLo = shift;
                supportHi = Double.POSITIVE_INFINITY;
            }
            case "beta" -> {
                double a = number(required(spec, "alpha", name), name + ".alpha");
                double b = number(required(spec, "beta", name), name + ".beta");
                double min = spec.has("min") ? number(spec.get("min"), name + ".min") : 0.0;
                double max = spec.has("max") ? number(spec.get("max"), name + ".max") : 1.0;
                if (min != 0.0 || max != 1.0) {
                    throw new ScenarioException(spec.keyLocation(min != 0.0 ? "min" : "max"), name + ": a beta "
                            + "scaled to [" + min + ", " + max + "] cannot be converted; rsisim's beta lies on [0, 1]");
                }
                form = "{beta: {alpha: " + number(a) + ", beta: " + number(b) + "}";
                supportLo = 0;
                supportHi = 1;
            }
            case "choice" -> {
                return choice(p, spec, lo, hi);
            }
            default -> throw new ScenarioException(spec.keyLocation("dist"), name + ": unknown distribution '"
                    + dist + "'; their sampler knows fixed, uniform, normal, lognormal, shifted_lognormal, beta and "
                    + "choice");
        }
        if (supportLo < lo || supportHi > hi) {
            form += ", clip: [" + number(lo) + ", " + number(hi) + "]";
        }
        return form + "}";
    }

    private static String choice(Parameter p, Node.Mapping spec, double lo, double hi) {
        String name = p.name();
        Node vs = required(spec, "values", name);
        if (!(vs instanceof Node.Sequence seq) || seq.items().isEmpty()) {
            throw new ScenarioException(vs.location(), name + ": values must be a non-empty list");
        }
        List<String> values = new ArrayList<>();
        for (Node v : seq.items()) {
            values.add(number(clip(value(name, v), lo, hi)));
        }
        List<String> weights = new ArrayList<>();
        if (spec.has("p") && !isNull(spec.get("p"))) {
            if (!(spec.get("p") instanceof Node.Sequence ps) || ps.items().size() != values.size()) {
                throw new ScenarioException(spec.keyLocation("p"), name + ": p must list one probability per value");
            }
            for (Node w : ps.items()) {
                weights.add(number(number(w, name + ".p")));
            }
        } else {
            for (int i = 0; i < values.size(); i++) {
                weights.add("1");
            }
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        return "{choice: {values: [" + String.join(", ", values) + "], weights: [" + String.join(", ", weights)
                + "]}}";
    }

    /** A value of a fixed entry or a choice: a number, or include_gap's text. */
    private static double value(String name, Node v) {
        if (name.equals("include_gap") && v instanceof Node.Scalar s && s.kind() == Node.ScalarKind.TEXT) {
            return switch (s.text()) {
                case "gap" -> 1.0;
                case "no gap" -> 0.0;
                default -> throw new ScenarioException(v.location(), "include_gap must be 'gap' or 'no gap', got '"
                        + s.text() + "'");
            };
        }
        return number(v, name);
    }

    private static double[] ci80(String name, Node.Mapping spec) {
        double a;
        double b;
        if (spec.has("ci80")) {
            Node ci = spec.get("ci80");
            if (!(ci instanceof Node.Sequence s) || s.items().size() != 2) {
                throw new ScenarioException(ci.location(), name + ": ci80 must be a list of two numbers");
            }
            a = number(s.items().get(0), name + ".ci80");
            b = number(s.items().get(1), name + ".ci80");
        } else if (spec.has("ci80_low") && spec.has("ci80_high")) {
            a = number(spec.get("ci80_low"), name + ".ci80_low");
            b = number(spec.get("ci80_high"), name + ".ci80_high");
        } else {
            return null;
        }
        return a <= b ? new double[] {a, b} : new double[] {b, a}; // their sampler swaps a reversed interval
    }

    private static void correlations(Node.Mapping top, Map<String, Node.Key> where, StringBuilder out) {
        Node c = top.get("correlation_matrix");
        if (c == null || isNull(c)) {
            return;
        }
        Node.Mapping m = mapping(c, "correlation_matrix");
        m.requireKeysIn("correlation_matrix", Set.of("parameters", "correlation_matrix", "correlation_type",
                "interpretation", "calibration_samples", "latent_correlation_matrix"));
        for (String key : List.of("correlation_type", "interpretation")) {
            if (m.has(key) && !text(m.get(key), "correlation_matrix." + key).equals("spearman")) {
                throw new ScenarioException(m.keyLocation(key), "correlation_matrix." + key + " '"
                        + text(m.get(key), key) + "' cannot be converted: rsisim imposes rank (spearman) "
                        + "correlations through a Gaussian copula");
            }
        }
        if (m.has("latent_correlation_matrix")) {
            throw new ScenarioException(m.keyLocation("latent_correlation_matrix"), "a given "
                    + "latent_correlation_matrix cannot be converted; give the rank correlations");
        }
        Node ps = required(m, "parameters", "correlation_matrix");
        Node mx = required(m, "correlation_matrix", "correlation_matrix");
        if (!(ps instanceof Node.Sequence names) || !(mx instanceof Node.Sequence rows)) {
            throw new ScenarioException(m.location(), "correlation_matrix needs a list 'parameters' and a list of "
                    + "rows 'correlation_matrix'");
        }
        List<String> list = new ArrayList<>();
        for (Node n : names.items()) {
            String p = text(n, "correlation_matrix.parameters");
            if (!where.containsKey(p)) {
                throw new ScenarioException(n.location(), "correlated parameter '" + p + "' has no distribution "
                        + "in parameters or time_series_parameters");
            }
            list.add(p);
        }
        if (list.isEmpty()) {
            return;
        }
        if (rows.items().size() != list.size()) {
            throw new ScenarioException(mx.location(), "correlation_matrix has " + rows.items().size() + " rows for "
                    + list.size() + " parameters");
        }
        out.append("correlations:\n  parameters: [").append(String.join(", ", list)).append("]\n  matrix:\n");
        for (Node r : rows.items()) {
            if (!(r instanceof Node.Sequence row) || row.items().size() != list.size()) {
                throw new ScenarioException(r.location(), "each row of correlation_matrix must list " + list.size()
                        + " numbers");
            }
            List<String> cells = new ArrayList<>();
            for (Node x : row.items()) {
                cells.add(number(number(x, "correlation_matrix")));
            }
            out.append("    - [").append(String.join(", ", cells)).append("]\n");
        }
    }

    private static long runs(Node.Mapping top) {
        for (String key : List.of("num_samples", "num_rollouts")) {
            Node n = top.get(key);
            if (n != null && !isNull(n)) {
                double v = number(n, key);
                if (!(v >= 1) || v != Math.rint(v)) {
                    throw new ScenarioException(top.keyLocation(key), key + " must be a whole number >= 1, got "
                            + ((Node.Scalar) n).text());
                }
                return (long) v;
            }
        }
        return 5000; // their runner's default
    }

    private static long seed(Node.Mapping top) {
        Node n = top.get("seed");
        if (n == null || isNull(n)) {
            return 42; // their runner's default
        }
        double v = number(n, "seed");
        if (v != Math.rint(v)) {
            throw new ScenarioException(top.keyLocation("seed"), "seed must be a whole number, got "
                    + ((Node.Scalar) n).text());
        }
        return (long) v;
    }

    private static double clip(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    private static Node required(Node.Mapping m, String key, String what) {
        Node n = m.get(key);
        if (n == null || isNull(n)) {
            throw new ScenarioException(m.location(), what + ": '" + key + "' is missing");
        }
        return n;
    }

    private static boolean isNull(Node n) {
        return n instanceof Node.Scalar s && s.kind() == Node.ScalarKind.NULL;
    }

    private static Node.Mapping mapping(Node n, String what) {
        if (!(n instanceof Node.Mapping m)) {
            throw new ScenarioException(n.location(), what + " must be a map, got " + n.kindName());
        }
        return m;
    }

    private static String text(Node n, String what) {
        if (!(n instanceof Node.Scalar s) || s.kind() == Node.ScalarKind.NULL) {
            throw new ScenarioException(n.location(), what + " must be text, got " + n.kindName());
        }
        return s.text();
    }

    private static boolean bool(Node n, String what) {
        if (n instanceof Node.Scalar s && (s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s.text().toLowerCase(Locale.ROOT));
        }
        throw new ScenarioException(n.location(), what + " must be true or false, got " + n.kindName());
    }

    /** A number, written as a number or as text their reader (PyYAML) leaves as text, such as {@code 1e30}. */
    private static double number(Node n, String what) {
        if (n instanceof Node.Scalar s && (s.kind() == Node.ScalarKind.NUMBER || s.kind() == Node.ScalarKind.TEXT)) {
            try {
                double v = Double.parseDouble(s.text().trim());
                if (Double.isFinite(v)) {
                    return v;
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw new ScenarioException(n.location(), what + " must be a finite number, got " + n.kindName());
    }

    /** Writes a number so that the scenario reader reads it back to the same double. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7) {
            return Long.toString((long) v);
        }
        return Double.toString(v).replace("E", "e");
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
