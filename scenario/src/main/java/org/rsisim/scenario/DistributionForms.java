package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * The distribution forms a scenario file may write for a parameter, and how each maps to a factory of
 * {@link Distributions}.
 *
 * <p>A form is written as a one-key map, {@code lognormal: {p5: 3, p95: 12}}; some names have several argument
 * sets (lognormal by {@code mu, sigma} or by its 5th and 95th percentiles). Each entry of {@link #FORMS} names the
 * form, its argument keys and the factory it calls, so a new form is one line. Argument checks that belong to the file's notation (such as {@code p5 < p95}) are made here, so the
 * message names the keys the user wrote. Stateless and thread-safe.
 */
public final class DistributionForms {
    /** A way to write a distribution: its name, the keys it takes, and the factory call. */
    private record Form(String name, List<String> keys, FormFactory factory) {
    }

    @FunctionalInterface
    private interface FormFactory {
        Distribution create(Args a);
    }

    private static final List<Form> FORMS = List.of(
            new Form("fixed", List.of("value"), a -> Distributions.fixed(a.number("value"))),
            new Form("uniform", List.of("min", "max"), a -> Distributions.uniform(a.number("min"),
                    a.above("max", "min"))),
            new Form("loguniform", List.of("min", "max"), a -> Distributions.logUniform(a.positive("min"),
                    a.above("max", "min"))),
            new Form("normal", List.of("mean", "sd"), a -> Distributions.normal(a.number("mean"),
                    a.positive("sd"))),
            new Form("lognormal", List.of("mu", "sigma"), a -> Distributions.lognormal(a.number("mu"),
                    a.positive("sigma"))),
            new Form("lognormal", List.of("p5", "p95"), a -> Distributions.lognormal90(a.positive("p5"),
                    a.above("p95", "p5"))),
            new Form("lognormal", List.of("p10", "p90"), a -> Distributions.lognormal80(a.positive("p10"),
                    a.above("p90", "p10"))),
            new Form("normal", List.of("p10", "p90"), a -> Distributions.normal80(a.number("p10"),
                    a.above("p90", "p10"))),
            new Form("beta", List.of("alpha", "beta"), a -> Distributions.beta(a.positive("alpha"),
                    a.positive("beta"))),
            new Form("beta", List.of("mean", "concentration"), a -> Distributions.betaMeanConcentration(
                    a.openUnit("mean"), a.positive("concentration"))),
            new Form("triangular", List.of("min", "mode", "max"), a -> Distributions.triangular(a.number("min"),
                    a.between("mode", "min", "max"), a.above("max", "min"))),
            new Form("pert", List.of("min", "mode", "max"), a -> Distributions.pert(a.number("min"),
                    a.between("mode", "min", "max"), a.above("max", "min"))),
            new Form("choice", List.of("values", "weights"), Args::choice),
            new Form("skewed-loguniform", List.of("p5", "p50", "p95"), a -> Distributions.skewedLogUniform(
                    a.positive("p5"), a.above("p50", "p5"), a.above("p95", "p50"))),
            new Form("two-piece-loguniform", List.of("min", "median", "max"), a ->
                    Distributions.twoPieceLogUniform(a.positive("min"), a.above("median", "min"),
                            a.above("max", "median"))),
            new Form("two-piece-neg-loguniform", List.of("min", "median", "max"), a ->
                    Distributions.twoPieceNegLogUniform(a.number("min"), a.above("median", "min"),
                            a.above("max", "median"))),
            new Form("two-piece-logit-uniform", List.of("min", "median", "max"), a ->
                    Distributions.twoPieceLogitUniform(a.openUnit("min"), a.above("median", "min"),
                            a.above("max", "median"))),
            new Form("cdf-table", List.of("x", "p"), a -> Distributions.cdfTable(a.numbers("x"), a.numbers("p"))),
            new Form("log10-cdf-table", List.of("log10-x", "p"), a -> Distributions.log10CdfTable(
                    a.numbers("log10-x"), a.numbers("p"))));

    /** The key that truncates a distribution to [min, max] (conditions on it), written beside the form. */
    static final String TRUNCATE = "truncate";
    /** The key that clips a distribution to [min, max] (the mass beyond a bound piles up on it). */
    static final String CLIP = "clip";
    /** The key that adds a constant to a distribution. */
    static final String SHIFT = "shift";

    private DistributionForms() {
    }

    /**
     * Returns the names of the forms, for messages and documentation.
     *
     * @return the sorted names
     */
    public static Set<String> names() {
        Set<String> names = new TreeSet<>();
        FORMS.forEach(f -> names.add(f.name()));
        return names;
    }

    /**
     * Returns every form as it is written, such as {@code lognormal: {p5, p95}}.
     *
     * @return one line per form
     */
    public static List<String> signatures() {
        List<String> out = new ArrayList<>();
        for (Form f : FORMS) {
            out.add(f.name() + ": {" + String.join(", ", f.keys()) + "}");
        }
        return out;
    }

    /**
     * Builds a parameter's distribution from its node: a number (a fixed value) or a one-key map naming a form.
     *
     * @param parameter the parameter's name, for messages
     * @param node the node
     * @return the distribution
     * @throws ScenarioException at the offending key or value, naming the allowed forms or keys
     */
    public static Distribution parse(String parameter, Node node) {
        if (node instanceof Node.Scalar s) {
            return Distributions.fixed(Values.number(s, "parameter " + parameter));
        }
        if (node instanceof Node.Mapping m && m.values().size() > 1
                && (m.has(TRUNCATE) || m.has(CLIP) || m.has(SHIFT))) {
            return modified(parameter, m);
        }
        if (!(node instanceof Node.Mapping m) || m.values().size() != 1) {
            throw new ScenarioException(node.location(), "parameter " + parameter + " must be a number or a "
                    + "one-key map naming a distribution (optionally with " + SHIFT + ": x, then " + CLIP + " or "
                    + TRUNCATE + ": [min, max]), got "
                    + node.kindName() + "; forms: " + signatures());
        }
        String name = m.keys().keySet().iterator().next();
        Location keyAt = m.keyLocation(name);
        Node body = m.get(name);
        List<Form> candidates = FORMS.stream().filter(f -> f.name().equals(name)).toList();
        if (candidates.isEmpty()) {
            throw new ScenarioException(keyAt, "unknown distribution '" + name + "' for parameter " + parameter
                    + Suggestions.didYouMean(name, names()) + "; forms: " + signatures());
        }
        if (name.equals("fixed") && body instanceof Node.Scalar s) {
            return Distributions.fixed(Values.number(s, "parameter " + parameter + " fixed value"));
        }
        if (!(body instanceof Node.Mapping args)) {
            throw new ScenarioException(body.location(), parameter + ": " + name + " takes a map of its arguments, "
                    + "got " + body.kindName() + "; write " + alternatives(candidates));
        }
        Form form = null;
        for (Form f : candidates) {
            boolean required = f.name().equals("choice") ? args.has("values")
                    : args.keys().keySet().equals(Set.copyOf(f.keys()));
            if (required) {
                form = f;
            }
        }
        if (form == null) {
            Set<String> allowed = new TreeSet<>();
            candidates.forEach(f -> allowed.addAll(f.keys()));
            args.requireKeysIn(parameter + " " + name, allowed);
            throw new ScenarioException(keyAt, parameter + ": " + name + " needs the keys " + alternatives(candidates)
                    + ", got " + args.keys().keySet());
        }
        if (form.name().equals("choice")) {
            args.requireKeysIn(parameter + " choice", Set.of("values", "weights"));
        }
        try {
            return form.factory().create(new Args(parameter, name, keyAt, args));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(keyAt, parameter + ": " + e.getMessage(), e);
        }
    }

    private static String alternatives(List<Form> forms) {
        List<String> out = new ArrayList<>();
        forms.forEach(f -> out.add("{" + String.join(", ", f.keys()) + "}"));
        return String.join(" or ", out);
    }

    /** The arguments of one written distribution, with checks that name the keys. */
    private static final class Args {
        private final String parameter;
        private final String form;
        private final Location formAt;
        private final Node.Mapping args;
        private final Map<String, Double> numbers = new LinkedHashMap<>();

        Args(String parameter, String form, Location formAt, Node.Mapping args) {
            this.parameter = parameter;
            this.form = form;
            this.formAt = formAt;
            this.args = args;
        }

        double number(String key) {
            return numbers.computeIfAbsent(key, k -> Values.number(args.get(k), where(k)));
        }

        double positive(String key) {
            double v = number(key);
            if (!(v > 0)) {
                throw fail(key, key + " = " + v + " must be positive");
            }
            return v;
        }

        double[] numbers(String key) {
            return Values.numbers(args.get(key), where(key));
        }

        double openUnit(String key) {
            double v = number(key);
            if (!(v > 0 && v < 1)) {
                throw fail(key, key + " = " + v + " must lie strictly between 0 and 1");
            }
            return v;
        }

        double above(String key, String lowerKey) {
            double v = number(key);
            double lower = number(lowerKey);
            if (!(v > lower)) {
                throw fail(key, key + " = " + v + " must be greater than " + lowerKey + " = " + lower);
            }
            return v;
        }

        double between(String key, String lowerKey, String upperKey) {
            double v = number(key);
            double lo = number(lowerKey);
            double hi = number(upperKey);
            if (!(v >= lo && v <= hi)) {
                throw fail(key, key + " = " + v + " must lie in [" + lowerKey + ", " + upperKey + "] = [" + lo
                        + ", " + hi + "]");
            }
            return v;
        }

        Distribution choice() {
            double[] values = Values.numbers(args.get("values"), where("values"));
            if (values.length == 0) {
                throw fail("values", "values must list at least one value");
            }
            double[] weights;
            if (args.has("weights")) {
                weights = Values.numbers(args.get("weights"), where("weights"));
                if (weights.length != values.length) {
                    throw fail("weights", "weights has " + weights.length + " entries for " + values.length
                            + " values");
                }
                double sum = 0;
                for (double w : weights) {
                    if (!(w >= 0)) {
                        throw fail("weights", "weight " + w + " is negative; weights must be >= 0");
                    }
                    sum += w;
                }
                if (!(sum > 0)) {
                    throw fail("weights", "weights sum to 0; at least one must be positive");
                }
            } else {
                weights = new double[values.length];
                java.util.Arrays.fill(weights, 1.0);
            }
            return Distributions.discrete(values, weights);
        }

        private String where(String key) {
            return "parameter " + parameter + " " + form + " " + key;
        }

        private ScenarioException fail(String key, String problem) {
            return new ScenarioException(args.keyLocation(key), parameter + ": " + form + " " + problem);
        }
    }

    /**
     * A form with modifiers beside it, applied in this order whatever the order written: {@code shift: x} adds x,
     * then {@code clip: [min, max]} clips or {@code truncate: [min, max]} conditions (not both).
     */
    private static Distribution modified(String parameter, Node.Mapping m) {
        if (m.has(CLIP) && m.has(TRUNCATE)) {
            throw new ScenarioException(m.keyLocation(CLIP), "parameter " + parameter + ": write " + CLIP + " or "
                    + TRUNCATE + ", not both");
        }
        Map<String, Node.Key> keys = new LinkedHashMap<>(m.keys());
        Map<String, Node> values = new LinkedHashMap<>(m.values());
        for (String k : List.of(SHIFT, CLIP, TRUNCATE)) {
            keys.remove(k);
            values.remove(k);
        }
        Distribution d = parse(parameter, new Node.Mapping(m.location(), keys, values));
        if (m.has(SHIFT)) {
            Node at = m.get(SHIFT);
            if (!(at instanceof Node.Scalar shift)) {
                throw new ScenarioException(at.location(), "parameter " + parameter + ": " + SHIFT
                        + " takes a number, got " + at.kindName());
            }
            d = apply(parameter, at, Distributions::shifted, d, Values.number(shift, "parameter " + parameter + " "
                    + SHIFT));
        }
        for (String k : List.of(CLIP, TRUNCATE)) {
            if (m.has(k)) {
                Node bounds = m.get(k);
                double[] b = Values.numbers(bounds, "parameter " + parameter + " " + k);
                if (b.length != 2) {
                    throw new ScenarioException(bounds.location(), "parameter " + parameter + ": " + k
                            + " takes two bounds [min, max], got " + b.length + " numbers");
                }
                Distribution inner = d;
                d = apply(parameter, bounds, (x, unused) -> k.equals(CLIP) ? Distributions.clipped(x, b[0], b[1])
                        : Distributions.truncated(x, b[0], b[1]), inner, 0);
            }
        }
        return d;
    }

    private static Distribution apply(String parameter, Node at,
                                      java.util.function.BiFunction<Distribution, Double, Distribution> f,
                                      Distribution d, double argument) {
        try {
            return f.apply(d, argument);
        } catch (IllegalArgumentException e) {
            // the library's message names the distribution by its factory call; the user wrote the file's form
            String message = String.valueOf(e.getMessage()).replace(d.toString(), DistributionText.of(d))
                    .replaceFirst("^truncated: ", TRUNCATE + ": ").replaceFirst("^clipped: ", CLIP + ": ");
            throw new ScenarioException(at.location(), "parameter " + parameter + ": " + message, e);
        }
    }
}
