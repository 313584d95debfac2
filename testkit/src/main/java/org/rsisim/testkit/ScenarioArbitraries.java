package org.rsisim.testkit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;

/**
 * jqwik arbitraries of scenario files (docs/scenarios.md) for any model of the catalog: settings, priors in every
 * form the scenario language writes, a rank correlation, runs, seed, block size, the antithetic and quasi-random
 * options, the observed observables and the report times of events. Each {@link ScenarioFile} carries its text
 * ({@link ScenarioFile#yaml()}) and the choices it was written from, so a property can compile the text and compare
 * it with the experiment built directly ({@link ScenarioFile#experiment()}):
 * <pre>{@code
 * @Property(tries = 100)
 * void aFileRunsAsItsChoices(@ForAll("files") ScenarioFile file) {
 *     Experiment compiled = file.compile().experiment(Overrides.NONE);
 *     assertEquals(file.experiment().hash(), compiled.hash());
 * }
 *
 * @Provide
 * Arbitrary<ScenarioFile> files() {
 *     return ScenarioArbitraries.files(64);
 * }
 * }</pre>
 *
 * <p><b>Priors.</b> A parameter is left out of the file (its default) in one try in six, written as a number, as
 * {@code fixed: x} or as {@code fixed: {value: x}} in one in six, and as one of the 14 written distribution forms
 * otherwise, each equally often: {@code uniform}, {@code loguniform}, {@code normal: {mean, sd}},
 * {@code normal: {p10, p90}}, {@code lognormal: {mu, sigma}}, {@code lognormal: {p5, p95}},
 * {@code lognormal: {p10, p90}}, {@code beta: {alpha, beta}}, {@code beta: {mean, concentration}},
 * {@code triangular}, {@code pert}, {@code choice} (with and without weights), {@code skewed-loguniform} and
 * {@code fixed}. A form is placed on a sub-range {@code [a, b]} of the parameter's (finite stand-in) range; a form
 * that needs positive values on a range that is not is moved there with {@code shift: x}, and a form whose support
 * still leaves the parameter's range is cut to {@code [a, b]} with {@code clip} or {@code truncate} (each half the
 * time; {@code truncate} only where the form has mass in {@code [a, b]}). A form that fits is given {@code shift},
 * {@code clip} or {@code truncate} anyway in some tries, so every modifier meets every form.
 *
 * <p><b>The rest.</b> Settings come from {@link ModelArbitraries#settings(ModelProvider, List)} (finite values
 * only, since a file cannot write infinity). With two or more distributions, one file in two correlates two or three
 * of them (a matrix with off-diagonal entries in {@code [-0.9, 0.9]}, positive definite). Antithetic pairs and
 * quasi-random parameters are each chosen in one file in three (never both); a block size of 1 to 4 chunks in one in
 * two; runs from 1 to {@code maxRuns}; seeds as {@link ModelArbitraries#seeds()} gives them, every {@code long}
 * included, written in digits; an {@code observe} list in one file in three; and one to
 * three report times for each observed event in one file in two.
 *
 * <p>Every generated file is valid by construction; the rare combination a factory still refuses (a beta shape
 * outside its allowed range from extreme arguments) is skipped with jqwik's {@code ignoreException}, never returned.
 * No jqwik edge cases, as in {@link ModelArbitraries}. All methods are static and thread-safe.
 */
public final class ScenarioArbitraries {
    /** The written forms of a prior, by the names {@link ScenarioFile.Prior#form()} starts with. */
    public static final List<String> FORMS = List.of("uniform", "loguniform", "normal{mean,sd}", "normal{p10,p90}",
            "lognormal{mu,sigma}", "lognormal{p5,p95}", "lognormal{p10,p90}", "beta{alpha,beta}",
            "beta{mean,concentration}", "triangular", "pert", "choice", "skewed-loguniform", "fixed");

    private ScenarioArbitraries() {
    }

    /**
     * Returns scenario files for every model of {@link ModelCatalog#all()}, each model equally often, with the
     * settings each declares.
     *
     * @param maxRuns the most runs a file asks for, at least 1
     * @return the files
     * @throws IllegalArgumentException if {@code maxRuns < 1}
     */
    public static Arbitrary<ScenarioFile> files(long maxRuns) {
        requireRuns(maxRuns);
        return Arbitraries.of(ModelCatalog.all()).flatMap(p -> files(p, p.settings(), maxRuns));
    }

    /**
     * Returns scenario files of one model, with every setting the provider declares.
     *
     * @param provider the model's provider, such as {@code ModelCatalog.get("rsi-chain")}
     * @param maxRuns the most runs a file asks for, at least 1
     * @return the files
     * @throws IllegalArgumentException if {@code maxRuns < 1}
     */
    public static Arbitrary<ScenarioFile> files(ModelProvider provider, long maxRuns) {
        return files(provider, provider.settings(), maxRuns);
    }

    /**
     * Returns scenario files of one model with its settings drawn from the given declarations, for instance
     * {@linkplain ModelArbitraries#narrow narrowed} to keep generated runs short.
     *
     * @param provider the model's provider
     * @param settings the setting declarations to draw from (the provider's, possibly narrowed)
     * @param maxRuns the most runs a file asks for, at least 1
     * @return the files
     * @throws IllegalArgumentException if {@code maxRuns < 1}
     */
    public static Arbitrary<ScenarioFile> files(ModelProvider provider, List<Parameter> settings, long maxRuns) {
        Objects.requireNonNull(provider, "provider");
        requireRuns(maxRuns);
        Arbitrary<Map<String, Double>> chosen = ModelArbitraries.settings(provider, settings)
                .filter(m -> m.values().stream().allMatch(Double::isFinite));
        return chosen.flatMap(s -> files(provider, s, provider.create(s), maxRuns)).withoutEdgeCases();
    }

    private static void requireRuns(long maxRuns) {
        if (maxRuns < 1) {
            throw new IllegalArgumentException("maxRuns = " + maxRuns + " is below 1");
        }
    }

    private static Arbitrary<ScenarioFile> files(ModelProvider provider, Map<String, Double> settings, Model model,
                                                 long maxRuns) {
        List<Parameter> parameters = model.parameters();
        List<Arbitrary<Prior>> perParameter = new ArrayList<>();
        for (Parameter p : parameters) {
            perParameter.add(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Prior.NONE)),
                    Tuple.of(5, prior(p))));
        }
        Arbitrary<List<Prior>> priors = perParameter.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(perParameter).as(List::copyOf);
        Arbitrary<Long> runs = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1L, maxRuns)),
                Tuple.of(3, Arbitraries.longs().between(1, maxRuns)));
        Arbitrary<Long> seeds = ModelArbitraries.seeds();
        Arbitrary<Integer> blocks = Arbitraries.integers().between(0, 8);
        Arbitrary<Integer> options = Arbitraries.integers().between(0, 2);
        Arbitrary<double[]> rho = doubles(-0.9, 0.9).array(double[].class).ofSize(3);
        Arbitrary<Integer> observing = Arbitraries.integers().between(0, 5);
        Arbitrary<long[]> picks = Arbitraries.longs().array(long[].class).ofSize(4);
        return Combinators.combine(priors, runs, seeds, blocks, options, rho, observing, picks)
                .as((chosen, n, seed, block, option, r, obs, pick) -> file(provider, settings, model, chosen, n,
                        seed, block, option, r, obs, pick))
                .ignoreException(IllegalArgumentException.class);
    }

    private static ScenarioFile file(ModelProvider provider, Map<String, Double> settings, Model model,
                                     List<Prior> chosen, long runs, long seed, int block, int option, double[] rho,
                                     int observing, long[] pick) {
        List<Parameter> parameters = model.parameters();
        Map<String, ScenarioFile.Prior> written = new LinkedHashMap<>();
        List<String> random = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            Prior p = chosen.get(i);
            if (p == Prior.NONE) {
                continue;
            }
            String name = parameters.get(i).name();
            written.put(name, p.prior());
            if (p.prior().distribution().lower() < p.prior().distribution().upper()) {
                random.add(name);
            }
        }
        Correlation correlation = null;
        if (random.size() >= 2 && (pick[0] & 1) == 0) {
            int k = random.size() >= 3 && (pick[0] & 2) == 0 ? 3 : 2;
            List<String> names = new ArrayList<>(random);
            List<String> picked = new ArrayList<>();
            long bits = pick[1];
            for (int j = 0; j < k; j++) {
                picked.add(names.remove((int) Math.floorMod(bits, (long) names.size())));
                bits /= 7;
            }
            correlation = new Correlation(picked, matrix(k, rho));
        }
        List<String> observe = new ArrayList<>();
        List<Observable> observables = model.observables();
        if (observing <= 1) {
            long bits = pick[2];
            for (Observable o : observables) {
                if ((bits & 1) == 0) {
                    observe.add(o.name());
                }
                bits >>>= 1;
            }
            if (observe.isEmpty()) {
                observe.add(observables.get(0).name());
            }
        }
        Map<String, double[]> eventTimes = new LinkedHashMap<>();
        if ((pick[3] & 1) == 0) {
            long bits = pick[3] >>> 1;
            for (Observable o : observables) {
                if (o.kind() != Observable.Kind.EVENT || !(observe.isEmpty() || observe.contains(o.name()))) {
                    continue;
                }
                int count = 1 + (int) Math.floorMod(bits, 3L);
                bits /= 3;
                double first = o.origin() + Math.floorMod(bits, 40L) * 0.25;
                bits /= 40;
                double[] times = new double[count];
                for (int t = 0; t < count; t++) {
                    times[t] = first + t;
                }
                eventTimes.put(o.name(), times);
            }
        }
        Integer blockSize = block <= 4 && block > 0 ? block * Experiment.CHUNK : null;
        return new ScenarioFile("generated-" + provider.name(), provider, settings, written, correlation, runs, seed,
                blockSize, option == 1, option == 2, observe, eventTimes);
    }

    /** A matrix with ones on the diagonal and the given entries off it, made positive definite by shrinking. */
    private static double[][] matrix(int k, double[] rho) {
        double[][] m = new double[k][k];
        int at = 0;
        for (int i = 0; i < k; i++) {
            m[i][i] = 1;
            for (int j = i + 1; j < k; j++) {
                m[i][j] = rho[at];
                m[j][i] = rho[at];
                at++;
            }
        }
        if (k == 3) {
            // 1 + 2 r12 r13 r23 - r12^2 - r13^2 - r23^2 > 0 is positive definiteness; halve all until it holds
            while (1 + 2 * m[0][1] * m[0][2] * m[1][2] - m[0][1] * m[0][1] - m[0][2] * m[0][2]
                    - m[1][2] * m[1][2] <= 1e-3) {
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j < k; j++) {
                        if (i != j) {
                            m[i][j] /= 2;
                        }
                    }
                }
            }
        }
        return m;
    }

    /** A parameter's entry in a file, or {@link #NONE} for a parameter left out. */
    private record Prior(ScenarioFile.Prior prior) {
        static final Prior NONE = new Prior(null);
    }

    /**
     * Returns priors of one parameter as a scenario file writes them: fixed values in one try in six, the
     * distribution forms of {@link #FORMS} otherwise (see the class comment).
     *
     * @param parameter the parameter
     * @return priors whose distribution's support lies in the parameter's range
     */
    public static Arbitrary<ScenarioFile.Prior> priors(Parameter parameter) {
        return prior(parameter).map(Prior::prior);
    }

    private static Arbitrary<Prior> prior(Parameter p) {
        Arbitrary<Prior> fixed = ModelArbitraries.value(p).filter(Double::isFinite).flatMap(v -> Arbitraries.of(
                new ScenarioFile.Prior(ScenarioFile.number(v), Distributions.fixed(v), "number"),
                new ScenarioFile.Prior("{fixed: " + ScenarioFile.number(v) + "}", Distributions.fixed(v), "fixed"),
                new ScenarioFile.Prior("{fixed: {value: " + ScenarioFile.number(v) + "}}", Distributions.fixed(v),
                        "fixed{value}"))).map(Prior::new);
        double lo = ModelArbitraries.finiteLower(p);
        double hi = ModelArbitraries.finiteUpper(p);
        if (!(lo < hi)) {
            return fixed;
        }
        List<Arbitrary<Prior>> forms = new ArrayList<>();
        for (String form : FORMS) {
            forms.add(form.equals("fixed") ? fixed : placed(form, lo, hi));
        }
        return Arbitraries.frequencyOf(Tuple.of(1, fixed), Tuple.of(5, Arbitraries.oneOf(forms)))
                .withoutEdgeCases();
    }

    /** A form on a sub-range of [lo, hi], shifted, clipped or truncated as the class comment says. */
    private static Arbitrary<Prior> placed(String form, double lo, double hi) {
        Arbitrary<double[]> sub = doubles(0, 1).array(double[].class).ofSize(2)
                .map(u -> {
                    double a = lo + Math.min(u[0], u[1]) * (hi - lo);
                    double b = Math.min(hi, lo + Math.max(u[0], u[1]) * (hi - lo));
                    return new double[] {a, b};
                })
                .filter(ab -> ab[0] < ab[1]);
        Arbitrary<double[]> args = doubles(0, 1).array(double[].class).ofSize(4);
        return Combinators.combine(sub, args, Arbitraries.integers().between(0, 7))
                .as((ab, u, modifier) -> place(form, lo, hi, ab[0], ab[1], u, modifier))
                .ignoreException(IllegalArgumentException.class);
    }

    private static Prior place(String form, double lo, double hi, double a, double b, double[] u, int modifier) {
        double w = b - a;
        boolean positive = form.startsWith("loguniform") || form.startsWith("lognormal")
                || form.startsWith("skewed") || form.startsWith("beta");
        // positive forms on a range that is not positive are written on (0, w] and shifted by a
        double shift = positive && !(a > 0) ? a : 0;
        double base = positive && !(a > 0) ? 0 : a;
        double m = base + (0.05 + 0.9 * u[0]) * w;
        double lnM = Math.log(m);
        String yaml;
        Distribution d;
        switch (form) {
            case "uniform" -> {
                yaml = "uniform: {min: " + n(base) + ", max: " + n(base + w) + "}";
                d = Distributions.uniform(base, base + w);
            }
            case "loguniform" -> {
                double x = base > 0 ? base : w * (0.001 + 0.5 * u[1]);
                yaml = "loguniform: {min: " + n(x) + ", max: " + n(base + w) + "}";
                d = Distributions.logUniform(x, base + w);
            }
            case "normal{mean,sd}" -> {
                double sd = w * (0.01 + u[1]);
                yaml = "normal: {mean: " + n(m) + ", sd: " + n(sd) + "}";
                d = Distributions.normal(m, sd);
            }
            case "normal{p10,p90}" -> {
                double p10 = base + u[0] * w * 0.5;
                double p90 = p10 + w * (0.01 + 0.49 * u[1]);
                yaml = "normal: {p10: " + n(p10) + ", p90: " + n(p90) + "}";
                d = Distributions.normal80(p10, p90);
            }
            case "lognormal{mu,sigma}" -> {
                double sigma = 0.01 + 2 * u[1];
                yaml = "lognormal: {mu: " + n(lnM) + ", sigma: " + n(sigma) + "}";
                d = Distributions.lognormal(lnM, sigma);
            }
            case "lognormal{p5,p95}", "lognormal{p10,p90}" -> {
                double low = m * (0.1 + 0.89 * u[1]);
                double high = m / (0.1 + 0.89 * u[2]);
                boolean ninety = form.equals("lognormal{p5,p95}");
                yaml = "lognormal: {" + (ninety ? "p5: " : "p10: ") + n(low) + ", " + (ninety ? "p95: " : "p90: ")
                        + n(high) + "}";
                d = ninety ? Distributions.lognormal90(low, high) : Distributions.lognormal80(low, high);
            }
            case "beta{alpha,beta}" -> {
                double alpha = Math.pow(10, -1 + 3 * u[1]);
                double beta = Math.pow(10, -1 + 3 * u[2]);
                yaml = "beta: {alpha: " + n(alpha) + ", beta: " + n(beta) + "}";
                d = Distributions.beta(alpha, beta);
            }
            case "beta{mean,concentration}" -> {
                double mean = 0.01 + 0.98 * u[1];
                double k = Math.pow(10, -1 + 3 * u[2]);
                yaml = "beta: {mean: " + n(mean) + ", concentration: " + n(k) + "}";
                d = Distributions.betaMeanConcentration(mean, k);
            }
            case "triangular", "pert" -> {
                double mode = Math.min(base + w, base + u[1] * w);
                yaml = form + ": {min: " + n(base) + ", mode: " + n(mode) + ", max: " + n(base + w) + "}";
                d = form.equals("pert") ? Distributions.pert(base, mode, base + w)
                        : Distributions.triangular(base, mode, base + w);
            }
            case "choice" -> {
                int count = 1 + (int) (u[1] * 4.999);
                double[] values = new double[count];
                double[] weights = new double[count];
                for (int i = 0; i < count; i++) {
                    values[i] = count == 1 ? m : Math.min(base + w, base + i * w / (count - 1));
                    weights[i] = i == 0 ? 1 : Math.floor(u[2] * 10 * (i % 3));
                }
                boolean weighted = u[3] < 0.5;
                yaml = "choice: {values: " + list(values) + (weighted ? ", weights: " + list(weights) : "") + "}";
                d = Distributions.discrete(values, weighted ? weights : ones(count));
            }
            case "skewed-loguniform" -> {
                double x = base > 0 ? base : w * (0.001 + 0.5 * u[1]);
                double p50 = x + (base + w - x) * (0.01 + 0.98 * u[2]);
                yaml = "skewed-loguniform: {p5: " + n(x) + ", p50: " + n(p50) + ", p95: " + n(base + w) + "}";
                d = Distributions.skewedLogUniform(x, p50, base + w);
            }
            default -> throw new IllegalStateException("form " + form);
        }
        String label = form;
        // a form that fits the range is shifted, clipped or truncated anyway in some tries
        if (shift == 0 && modifier == 7 && a > lo) {
            shift = a - d.lower() > 0 && Double.isFinite(d.lower()) ? Math.min(a - lo, (a - lo) * u[3]) : 0;
        }
        if (shift != 0) {
            d = Distributions.shifted(d, shift);
            yaml += ", shift: " + n(shift);
            label += "+shift";
        }
        boolean fits = d.lower() >= lo && d.upper() <= hi;
        if (!fits || modifier >= 5) {
            boolean truncate = (modifier & 1) == 1 && d.cdf(b) - d.cdf(a) > 1e-6
                    && (d.cdf(a) > 0 || d.cdf(b) < 1);
            if (truncate) {
                d = Distributions.truncated(d, a, b);
                yaml += ", truncate: [" + n(a) + ", " + n(b) + "]";
                label += "+truncate";
            } else {
                d = Distributions.clipped(d, a, b);
                yaml += ", clip: [" + n(a) + ", " + n(b) + "]";
                label += "+clip";
            }
        }
        if (!(d.lower() >= lo && d.upper() <= hi)) {
            throw new IllegalArgumentException("placed outside the range");
        }
        return new Prior(new ScenarioFile.Prior("{" + yaml + "}", d, label));
    }

    private static String n(double v) {
        return ScenarioFile.number(v);
    }

    private static String list(double[] values) {
        return ScenarioFile.numbers(values);
    }

    private static double[] ones(int count) {
        double[] w = new double[count];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }

    private static Arbitrary<Double> doubles(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).ofScale(15).withDistribution(RandomDistribution.uniform());
    }
}
