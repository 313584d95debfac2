package org.rsisim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.distribution.Distribution;

/**
 * Writes a distribution the way a scenario file writes it ({@link DistributionForms}, docs/scenarios.md), such as
 * {@code {lognormal: {p5: 0.4, p95: 1.4}, truncate: [0, 10]}}, so that messages and reports speak the scenario
 * language and never the library's factory names ({@code lognormal90}, {@code normal80}, {@code logUniform}).
 *
 * <p>The text is read from the distribution's canonical description ({@code toString()}, documented
 * by every factory of {@code Distributions}), and every number is written as the shortest text that reads back to
 * the same {@code double}, so a scenario file written with these forms builds distributions equal to the
 * originals, bit for bit. A description that is not one of the library's forms (a distribution of the user's own
 * class) is returned unchanged in quotes. Stateless and thread-safe.
 */
public final class DistributionText {
    private static final Map<String, Form> FORMS = new LinkedHashMap<>();

    /** A factory's name in the library and its form in a scenario file, with the file's key for each argument. */
    private record Form(String file, Map<String, String> keys) {
    }

    static {
        form("uniform", "uniform", "lower", "min", "upper", "max");
        form("logUniform", "loguniform", "lower", "min", "upper", "max");
        form("normal", "normal", "mean", "mean", "sd", "sd");
        form("lognormal", "lognormal", "mu", "mu", "sigma", "sigma");
        form("lognormal90", "lognormal", "p5", "p5", "p95", "p95");
        form("lognormal80", "lognormal", "p10", "p10", "p90", "p90");
        form("normal80", "normal", "p10", "p10", "p90", "p90");
        form("beta", "beta", "alpha", "alpha", "beta", "beta");
        form("betaMeanConcentration", "beta", "mean", "mean", "concentration", "concentration");
        form("triangular", "triangular", "min", "min", "mode", "mode", "max", "max");
        form("pert", "pert", "min", "min", "mode", "mode", "max", "max");
        form("discrete", "choice", "values", "values", "weights", "weights");
        form("skewedLogUniform", "skewed-loguniform", "p5", "p5", "p50", "p50", "p95", "p95");
        form("twoPieceLogUniform", "two-piece-loguniform", "min", "min", "median", "median", "max", "max");
        form("twoPieceNegLogUniform", "two-piece-neg-loguniform", "min", "min", "median", "median", "max", "max");
        form("twoPieceLogitUniform", "two-piece-logit-uniform", "min", "min", "median", "median", "max", "max");
        form("cdfTable", "cdf-table", "x", "x", "p", "p");
        form("log10CdfTable", "log10-cdf-table", "log10x", "log10-x", "p", "p");
    }

    private static void form(String library, String file, String... pairs) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.put(pairs[i], pairs[i + 1]);
        }
        FORMS.put(library, new Form(file, keys));
    }

    private DistributionText() {
    }

    /**
     * Returns a distribution in the scenario language: a number for a fixed value, else a one-line YAML map.
     *
     * @param d the distribution
     * @return such as {@code 0.999}, {@code {loguniform: {min: 3, max: 30}}} or
     *         {@code {lognormal: {p10: 0.18, p90: 2}, shift: 1, clip: [1, 10]}}
     */
    public static String of(Distribution d) {
        return ofCanonical(d.toString());
    }

    /**
     * Rewrites text that may end with a distribution's canonical description, such as a calibration's
     * {@code shift of uniform(lower=0.5, upper=1.5)}, into the scenario language:
     * {@code shift of {uniform: {min: 0.5, max: 1.5}}}. Text without a description is returned unchanged.
     *
     * @param text the text
     * @return the text with its description in the scenario language
     */
    public static String inText(String text) {
        for (String prefix : new String[] {"shift of ", "scale of "}) {
            if (text.startsWith(prefix)) {
                String rest = ofCanonical(text.substring(prefix.length()));
                return rest.startsWith("'") ? text : prefix + rest;
            }
        }
        return text;
    }

    private static String ofCanonical(String canonical) {
        try {
            Call call = new Parser(canonical).call();
            return write(call);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            return "'" + canonical.replace("'", "''") + "'";
        }
    }

    /**
     * Formats a number as the shortest text that reads back to the same {@code double}: {@code 2}, {@code 0.5},
     * {@code 1.0E-5}; infinities as {@code .inf} and {@code -.inf} (YAML's spelling).
     *
     * @param v the number
     * @return the text
     */
    public static String number(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? ".inf" : "-.inf";
        }
        String s = Double.toString(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String write(Call c) {
        switch (c.name) {
            case "fixed" -> {
                return number(c.numbers.get("value"));
            }
            case "truncated", "clipped" -> {
                if (c.inner.name.equals("fixed")) {
                    // a point mass inside the interval is unchanged by either; one outside is refused at construction
                    return write(c.inner);
                }
                String inner = asMap(write(c.inner));
                String key = c.name.equals("truncated") ? DistributionForms.TRUNCATE : DistributionForms.CLIP;
                return inner.substring(0, inner.length() - 1) + ", " + key + ": [" + number(c.numbers.get("lower"))
                        + ", " + number(c.numbers.get("upper")) + "]}";
            }
            case "shifted" -> {
                String inner = asMap(write(c.inner));
                String shift = DistributionForms.SHIFT + ": " + number(c.numbers.get("shift"));
                // a shift is written before a clip or truncation of the same distribution; order does not matter
                // to the reader (shift applies first), but this keeps the text stable
                return inner.substring(0, inner.length() - 1) + ", " + shift + "}";
            }
            default -> {
                Form f = FORMS.get(c.name);
                if (f == null) {
                    throw new IllegalArgumentException("not a library form: " + c.name);
                }
                List<String> args = new ArrayList<>();
                for (Map.Entry<String, String> k : f.keys().entrySet()) {
                    if (c.lists.containsKey(k.getKey())) {
                        List<String> items = new ArrayList<>();
                        c.lists.get(k.getKey()).forEach(x -> items.add(number(x)));
                        args.add(k.getValue() + ": [" + String.join(", ", items) + "]");
                    } else {
                        Double v = c.numbers.get(k.getKey());
                        if (v == null) {
                            throw new IllegalArgumentException("missing " + k.getKey());
                        }
                        args.add(k.getValue() + ": " + number(v));
                    }
                }
                return "{" + f.file() + ": {" + String.join(", ", args) + "}}";
            }
        }
    }

    /** A fixed value inside a truncation or clip is written as a one-key map so that keys can stand beside it. */
    private static String asMap(String form) {
        return form.startsWith("{") ? form : "{fixed: " + form + "}";
    }

    /** A parsed canonical description: {@code name(inner, key=value, ...)}. */
    private static final class Call {
        String name;
        Call inner;
        final Map<String, Double> numbers = new LinkedHashMap<>();
        final Map<String, List<Double>> lists = new LinkedHashMap<>();
    }

    /** Reads the canonical text {@code name(arg, key=value, key=[a, b], ...)}. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Call call() {
            Call c = new Call();
            int open = s.indexOf('(', i);
            c.name = s.substring(i, open).strip();
            i = open + 1;
            boolean first = true;
            while (s.charAt(i) != ')') {
                if (!first) {
                    expect(',');
                }
                skipBlanks();
                int eq = s.indexOf('=', i);
                int paren = s.indexOf('(', i);
                if (first && paren >= 0 && (eq < 0 || paren < eq)) {
                    c.inner = call();
                } else {
                    String key = s.substring(i, eq).strip();
                    i = eq + 1;
                    skipBlanks();
                    if (s.charAt(i) == '[') {
                        c.lists.put(key, list());
                    } else {
                        c.numbers.put(key, value());
                    }
                }
                first = false;
                skipBlanks();
            }
            i++;
            return c;
        }

        private List<Double> list() {
            expect('[');
            List<Double> out = new ArrayList<>();
            skipBlanks();
            while (s.charAt(i) != ']') {
                if (!out.isEmpty()) {
                    expect(',');
                }
                skipBlanks();
                out.add(value());
                skipBlanks();
            }
            i++;
            return out;
        }

        private double value() {
            int start = i;
            while (i < s.length() && ",)] ".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            return Double.parseDouble(s.substring(start, i));
        }

        private void expect(char c) {
            skipBlanks();
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i + " of " + s);
            }
            i++;
        }

        private void skipBlanks() {
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
        }
    }
}
