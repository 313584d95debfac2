package org.rsisim.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * jqwik arbitraries of the engine's inputs beyond one model's parameters: parameter distributions of every form
 * that {@link Distributions} builds, and whole experiments (distributions or fixed values per parameter, a rank
 * correlation, antithetic pairs, quasi-random draws, block sizes, run counts and seeds), so that a property can
 * check the engine's contracts over generated experiments, for instance with
 * {@link Invariants#sameResultOnOneAndTwoThreads} or {@link EngineLifecycle}.
 *
 * <p>Every generated value is valid by construction; the few combinations that a constructor still refuses (a
 * beta whose mean and concentration give a shape outside {@code [0.001, 1e6]}, an option pair the experiment
 * builder does not allow) are skipped with jqwik's {@code ignoreException}, never returned. Like
 * {@link ModelArbitraries}, these arbitraries have no jqwik edge cases; the mixtures below reach the edges. All
 * methods are static and thread-safe.
 *
 * <p>Scenario files are not covered here: the scenario language lives in its own module, which the testkit does
 * not depend on.
 */
public final class ExperimentArbitraries {
    /** The forms of {@link Distributions}, by the name of the factory method; {@link #distributions()} covers all. */
    public static final List<String> FORMS = List.of("fixed", "uniform", "logUniform", "normal", "normal80",
            "lognormal", "lognormal90", "lognormal80", "beta", "betaMeanConcentration", "triangular", "pert",
            "discrete", "skewedLogUniform", "truncated", "clipped", "shifted");

    private ExperimentArbitraries() {
    }

    /**
     * Returns distributions of every form in {@link #FORMS}, equally often, with arguments spread over several
     * orders of magnitude and including the extremes each factory allows (a beta shape of 0.001 or 1e6, a mode at
     * a bound, a zero weight).
     *
     * @return the distributions
     */
    public static Arbitrary<Distribution> distributions() {
        List<Arbitrary<Distribution>> forms = new ArrayList<>();
        for (String form : FORMS) {
            forms.add(form(form));
        }
        return Arbitraries.oneOf(forms).withoutEdgeCases();
    }

    /**
     * Returns distributions of one form.
     *
     * @param form a name in {@link #FORMS}
     * @return the distributions
     * @throws IllegalArgumentException if the form is unknown
     */
    public static Arbitrary<Distribution> form(String form) {
        Arbitrary<Double> any = Arbitraries.oneOf(magnitude().map(m -> -m), magnitude(),
                Arbitraries.just(0.0));
        Arbitrary<Double> positive = magnitude();
        Arbitrary<Double> shape = Arbitraries.oneOf(Arbitraries.of(0.001, 1e6, 1.0),
                doubles(-3, 6).map(e -> Math.pow(10, e)));
        Arbitrary<Double> open = Arbitraries.oneOf(Arbitraries.of(1e-9, 0.5, 1 - 1e-9),
                doubles(0.001, 0.999));
        Arbitrary<Double> unit = doubles(0, 1);
        Arbitrary<Distribution> d = switch (form) {
            case "fixed" -> any.map(Distributions::fixed);
            case "uniform" -> Combinators.combine(any, positive).as((a, w) -> Distributions.uniform(a, a + w));
            case "logUniform" -> Combinators.combine(positive, positive)
                    .as((a, w) -> Distributions.logUniform(a, a + w));
            case "normal" -> Combinators.combine(any, positive).as(Distributions::normal);
            case "lognormal" -> Combinators.combine(doubles(-20, 20),
                    doubles(0.001, 3)).as(Distributions::lognormal);
            case "lognormal90" -> Combinators.combine(positive, doubles(1.001, 1e4))
                    .as((p5, f) -> Distributions.lognormal90(p5, p5 * f));
            case "lognormal80" -> Combinators.combine(positive, doubles(1.001, 1e4))
                    .as((p10, f) -> Distributions.lognormal80(p10, p10 * f));
            case "normal80" -> Combinators.combine(any, positive).as((a, w) -> Distributions.normal80(a, a + w));
            case "beta" -> Combinators.combine(shape, shape).as(Distributions::beta);
            case "betaMeanConcentration" -> Combinators.combine(open, shape)
                    .as(Distributions::betaMeanConcentration);
            case "triangular" -> Combinators.combine(any, positive, unit)
                    .as((a, w, m) -> Distributions.triangular(a, a + m * w, a + w));
            case "pert" -> Combinators.combine(any, positive, unit)
                    .as((a, w, m) -> Distributions.pert(a, a + m * w, a + w));
            case "discrete" -> Arbitraries.integers().between(1, 6).flatMap(n -> Combinators.combine(any,
                            positive, doubles(0, 10).array(double[].class).ofSize(n))
                    .as((a, step, w) -> {
                        double[] values = new double[n];
                        for (int i = 0; i < n; i++) {
                            values[i] = a + i * step;
                        }
                        w[n - 1] += 1;
                        return Distributions.discrete(values, w);
                    }));
            case "skewedLogUniform" -> Combinators.combine(positive, doubles(1.001, 100),
                    doubles(1.001, 100))
                    .as((p5, f, g) -> Distributions.skewedLogUniform(p5, p5 * f, p5 * f * g));
            case "truncated" -> Combinators.combine(Arbitraries.oneOf(form("normal"), form("lognormal"),
                            form("uniform"), form("beta")), doubles(0.01, 0.49),
                    doubles(0.51, 0.99), Arbitraries.integers().between(0, 3))
                    .as((inner, p, q, open2) -> Distributions.truncated(inner,
                            (open2 & 1) == 0 ? inner.inverseCdf(p) : Double.NEGATIVE_INFINITY,
                            (open2 & 2) == 0 ? inner.inverseCdf(q) : Double.POSITIVE_INFINITY));
            case "clipped" -> Combinators.combine(Arbitraries.oneOf(form("normal"), form("lognormal"),
                            form("uniform"), form("beta")), doubles(0.01, 0.49), doubles(0.51, 0.99))
                    .as((inner, p, q) -> Distributions.clipped(inner, inner.inverseCdf(p), inner.inverseCdf(q)));
            case "shifted" -> Combinators.combine(Arbitraries.oneOf(form("normal"), form("lognormal"),
                    form("uniform"), form("beta")), any).as(Distributions::shifted);
            default -> throw new IllegalArgumentException("form = '" + form + "' is not one of " + FORMS);
        };
        return d.ignoreException(IllegalArgumentException.class).withoutEdgeCases();
    }

    /**
     * Returns distributions whose support lies inside {@code [lower, upper]}: fixed values, uniform, triangular
     * and PERT distributions on sub-ranges, a normal truncated to the range, and a log-uniform one when the range
     * is positive, so that an experiment accepts them for a parameter of that range.
     *
     * @param lower the lower end, finite
     * @param upper the upper end, finite and {@code > lower}
     * @return the distributions
     * @throws IllegalArgumentException if the ends are not finite or not ordered
     */
    public static Arbitrary<Distribution> within(double lower, double upper) {
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("[" + lower + ", " + upper + "] is not a finite range with lower "
                    + "below upper");
        }
        double width = upper - lower;
        Arbitrary<Tuple2<Double, Double>> sub = doubles(0, 1).tuple2()
                .filter(t -> !t.get1().equals(t.get2()))
                .map(t -> Tuple.of(lower + Math.min(t.get1(), t.get2()) * width,
                        Math.min(upper, lower + Math.max(t.get1(), t.get2()) * width)))
                .filter(t -> t.get1() < t.get2());
        Arbitrary<Double> unit = doubles(0, 1);
        List<Arbitrary<Distribution>> parts = new ArrayList<>(List.of(
                unit.map(u -> Distributions.fixed(Math.min(upper, lower + u * width))),
                sub.map(t -> Distributions.uniform(t.get1(), t.get2())),
                Combinators.combine(sub, unit).as((t, m) -> Distributions.triangular(t.get1(),
                        Math.min(t.get2(), t.get1() + m * (t.get2() - t.get1())), t.get2())),
                Combinators.combine(sub, unit).as((t, m) -> Distributions.pert(t.get1(),
                        Math.min(t.get2(), t.get1() + m * (t.get2() - t.get1())), t.get2())),
                Combinators.combine(unit, doubles(0.01, 2)).as((m, s) -> Distributions
                        .truncated(Distributions.normal(lower + m * width, s * width), lower, upper))));
        if (lower > 0) {
            parts.add(sub.map(t -> Distributions.logUniform(t.get1(), t.get2())));
        }
        return Arbitraries.oneOf(parts).ignoreException(IllegalArgumentException.class).withoutEdgeCases();
    }

    /**
     * Returns experiments of a model: each parameter fixed at a value from {@link ModelArbitraries#value} (one in
     * three) or drawn from a distribution {@link #within} its (finite stand-in) range; when two or more parameters
     * have non-fixed distributions, a rank correlation between the first two in one experiment in two; antithetic
     * pairs and quasi-random draws each in one in two; a block size of 1 to 8 chunks; 1 to {@code maxRuns} runs
     * (the ends often); and a seed from {@link ModelArbitraries#seeds()}.
     *
     * @param model the model
     * @param maxRuns the most runs, at least 1; keep it small, every try runs the experiment
     * @return the experiments
     * @throws IllegalArgumentException if {@code maxRuns < 1}
     */
    public static Arbitrary<Experiment> experiments(Model model, long maxRuns) {
        Objects.requireNonNull(model, "model");
        if (maxRuns < 1) {
            throw new IllegalArgumentException("maxRuns = " + maxRuns + " is below 1");
        }
        List<Parameter> parameters = model.parameters();
        List<Arbitrary<Object>> perParameter = new ArrayList<>();
        for (Parameter p : parameters) {
            double lo = ModelArbitraries.finiteLower(p);
            double hi = ModelArbitraries.finiteUpper(p);
            Arbitrary<Object> fixed = ModelArbitraries.value(p).map(v -> (Object) v);
            perParameter.add(lo < hi ? Arbitraries.frequencyOf(Tuple.of(1, fixed),
                    Tuple.of(2, within(lo, hi).map(d -> (Object) d))) : fixed);
        }
        Arbitrary<List<Object>> choices = perParameter.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(perParameter).as(List::copyOf);
        Arbitrary<Long> runs = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.of(1L, maxRuns)),
                Tuple.of(3, Arbitraries.longs().between(1, maxRuns)));
        Arbitrary<Experiment> experiments = Combinators.combine(choices, runs, ModelArbitraries.seeds(),
                Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 2),
                doubles(-0.95, 0.95))
                .as((chosen, n, seed, chunks, options, rho) -> {
                    Experiment.Builder b = Experiment.builder(model).runs(n).seed(seed)
                            .blockSize(chunks * Experiment.CHUNK).antithetic(options == 1)
                            .quasiRandom(options == 2);
                    List<String> random = new ArrayList<>();
                    for (int i = 0; i < chosen.size(); i++) {
                        String name = parameters.get(i).name();
                        if (chosen.get(i) instanceof Distribution d) {
                            b.parameter(name, d);
                            if (d.lower() < d.upper()) {
                                random.add(name);
                            }
                        } else {
                            b.parameter(name, (Double) chosen.get(i));
                        }
                    }
                    if (random.size() >= 2 && seed % 2 == 0) {
                        b.correlation(new Correlation(random.subList(0, 2),
                                new double[][] {{1, rho}, {rho, 1}}));
                    }
                    return b.build();
                });
        return experiments.ignoreException(IllegalArgumentException.class).withoutEdgeCases();
    }

    private static Arbitrary<Double> doubles(double lower, double upper) {
        return Arbitraries.doubles().between(lower, upper).ofScale(12)
                .withDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    private static Arbitrary<Double> magnitude() {
        return doubles(-6, 6).map(e -> Math.pow(10, e));
    }
}
