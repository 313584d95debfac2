package org.rsisim.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelProvider;

/**
 * jqwik arbitraries of valid inputs of rsisim models, built from the models' own {@link Parameter} declarations, so
 * that every model, including one a user writes, is covered without listing its parameters by hand.
 *
 * <p>A value of a parameter is drawn from a mixture (weights in brackets): the lower bound [1], the upper bound [1],
 * the declared default [1], a value within a hair above the lower bound [1] ({@code nextUp(lower)} or
 * {@code lower + 1e-9 width}, equally often), the same below the upper bound [1], and a uniform value inside the
 * range [4]. When the range is positive and spans three orders of magnitude or more (a speed from 1 to 10^9), a
 * log-uniform value inside the range [3] is added, so that small values are not starved. Each edge
 * {@linkplain Regime regime} is thus generated in at least one try in twelve, for every parameter whatever its
 * position in the model's list, and independently of the other parameters.
 *
 * <p><b>No jqwik edge cases.</b> These arbitraries have none: jqwik would otherwise mix its own edge cases (the
 * combinations of every parameter's bounds, and the ends of the uniform draws) into the tries on top of the mixture
 * above, which skews the shares away from the weights, differently for each position in the list, and makes jqwik
 * warn that edge-case generation exceeds the number of tries. The mixture is the edge-case generation;
 * {@code EdgeMixTest.eachRegimeHasItsShareAtEveryPosition} measures it.
 *
 * <p>Uniform values are {@code lower + u (upper - lower)} with {@code u} uniform (jqwik's
 * {@code RandomDistribution.uniform()}, not its default bias towards small numbers) on a 15-decimal grid of
 * {@code [0, 1]}, so shrinking moves a value towards the lower bound.
 *
 * <p><b>Infinite bounds.</b> A bound of {@code -Infinity} or {@code +Infinity} is itself generated as the bound edge
 * (the declaration says it is allowed, and models give it a meaning, such as an infinitely distant ceiling), but the
 * near-bound and inside values use a finite stand-in: the infinite bound is replaced by the anchor minus, or plus,
 * {@value #INFINITE_SPAN} times {@code max(1, |anchor|)}, where the anchor is the default if finite, else the finite
 * bound, else 0 (see {@link #finiteLower} and {@link #finiteUpper}). Narrow a parameter with {@link #narrow} to test
 * another range.
 *
 * <p>All methods are static and thread-safe; the arbitraries are immutable, as jqwik's are.
 */
public final class ModelArbitraries {
    /** Factor of the finite stand-in of an infinite bound: anchor +/- this times {@code max(1, |anchor|)}. */
    public static final double INFINITE_SPAN = 1e6;
    /** Fraction of the range's width within which a value counts as near a bound ({@link Regime#NEAR_LOWER}). */
    public static final double NEAR_BOUND = 1e-6;
    /** Relative offset of the second near-bound value: {@code lower + 1e-9 width} and {@code upper - 1e-9 width}. */
    static final double NEAR_OFFSET = 1e-9;
    private static final int UNIT_SCALE = 15;

    private ModelArbitraries() {
    }

    /**
     * Returns the finite lower end of the range that near-bound and inside values are drawn from: the declared
     * lower bound if finite, else the finite stand-in described in the class comment.
     *
     * @param parameter the parameter
     * @return a finite value at most {@link #finiteUpper}
     */
    public static double finiteLower(Parameter parameter) {
        if (Double.isFinite(parameter.lower())) {
            return parameter.lower();
        }
        double anchor = anchor(parameter);
        return Math.min(anchor, Double.isFinite(parameter.upper()) ? parameter.upper() : anchor) - span(anchor);
    }

    /**
     * Returns the finite upper end of the range that near-bound and inside values are drawn from: the declared
     * upper bound if finite, else the finite stand-in described in the class comment.
     *
     * @param parameter the parameter
     * @return a finite value at least {@link #finiteLower}
     */
    public static double finiteUpper(Parameter parameter) {
        if (Double.isFinite(parameter.upper())) {
            return parameter.upper();
        }
        double anchor = anchor(parameter);
        return Math.max(anchor, Double.isFinite(parameter.lower()) ? parameter.lower() : anchor) + span(anchor);
    }

    private static double anchor(Parameter p) {
        if (Double.isFinite(p.defaultValue())) {
            return p.defaultValue();
        }
        if (Double.isFinite(p.lower())) {
            return p.lower();
        }
        return Double.isFinite(p.upper()) ? p.upper() : 0;
    }

    private static double span(double anchor) {
        return INFINITE_SPAN * Math.max(1, Math.abs(anchor));
    }

    /**
     * Returns values of one parameter, every one allowed by it, with the edge regimes generated often (see the class
     * comment).
     *
     * @param parameter the parameter
     * @return the arbitrary; a single-valued range gives that value only
     */
    public static Arbitrary<Double> value(Parameter parameter) {
        Objects.requireNonNull(parameter, "parameter");
        double lo = finiteLower(parameter);
        double hi = finiteUpper(parameter);
        if (parameter.lower() == parameter.upper()) {
            return Arbitraries.just(parameter.lower());
        }
        double width = hi - lo;
        List<Tuple2<Integer, Arbitrary<Double>>> parts = new ArrayList<>();
        parts.add(Tuple.of(1, Arbitraries.just(parameter.lower())));
        parts.add(Tuple.of(1, Arbitraries.just(parameter.upper())));
        parts.add(Tuple.of(1, Arbitraries.just(parameter.defaultValue())));
        parts.add(Tuple.of(1, Arbitraries.of(Math.nextUp(lo), Math.min(hi, lo + NEAR_OFFSET * width))));
        parts.add(Tuple.of(1, Arbitraries.of(Math.nextDown(hi), Math.max(lo, hi - NEAR_OFFSET * width))));
        parts.add(Tuple.of(4, unit().map(u -> clamp(lo + u * width, lo, hi))));
        if (lo > 0 && hi / lo >= 1000) {
            double logLo = Math.log(lo);
            double logWidth = Math.log(hi) - logLo;
            parts.add(Tuple.of(3, unit().map(u -> clamp(Math.exp(logLo + u * logWidth), lo, hi))));
        }
        return Arbitraries.frequencyOf(parts).withoutEdgeCases();
    }

    /**
     * Returns whole-number values of a parameter that is a count (generations, steps): the edges are the bounds,
     * one step inside each bound and the default, and inside values are rounded; every value is allowed by the
     * parameter.
     *
     * @param parameter the parameter; its range must contain a whole number
     * @return the arbitrary
     * @throws IllegalArgumentException if no whole number is allowed
     */
    public static Arbitrary<Double> wholeValue(Parameter parameter) {
        double lo = Math.ceil(finiteLower(parameter));
        double hi = Math.floor(finiteUpper(parameter));
        if (!(lo <= hi)) {
            throw new IllegalArgumentException("parameter " + parameter.name() + " allows no whole number in "
                    + parameter.range());
        }
        double mid = 0.5 * (lo + hi);
        return value(parameter).map(v -> {
            if (v == Double.NEGATIVE_INFINITY || v == Double.POSITIVE_INFINITY) {
                return v;
            }
            double w = v <= mid ? Math.ceil(v) : Math.floor(v);
            return clamp(w, lo, hi);
        });
    }

    /**
     * Returns parameter vectors of a model: one value per {@link Model#parameters() parameter}, in declaration order,
     * each drawn by {@link #value(Parameter)} independently.
     *
     * @param model the model
     * @return arrays of {@code model.parameters().size()} values; each array is a new one
     */
    public static Arbitrary<double[]> parameters(Model model) {
        return parameters(model.parameters());
    }

    /**
     * Returns parameter vectors for a list of parameters (a model's list, possibly {@linkplain #narrow narrowed}).
     *
     * @param parameters the parameters, in order
     * @return arrays of one value per parameter
     */
    public static Arbitrary<double[]> parameters(List<Parameter> parameters) {
        List<Arbitrary<Double>> parts = parameters.stream().map(ModelArbitraries::value).toList();
        if (parts.isEmpty()) {
            return Arbitraries.create(() -> new double[0]).withoutEdgeCases();
        }
        return Combinators.combine(parts).as(values -> values.stream().mapToDouble(Double::doubleValue).toArray())
                .withoutEdgeCases();
    }

    /**
     * Returns a copy of a list of parameters with one of them restricted to a sub-range; its default is moved into
     * the sub-range (clamped) if it falls outside. Use it to keep a property away from a regime it does not speak
     * of, or to keep an engine run cheap (few generations).
     *
     * @param parameters the parameters
     * @param name the parameter to restrict
     * @param lower new lower bound, at least the declared one
     * @param upper new upper bound, at most the declared one and at least {@code lower}
     * @return a new immutable list, in the same order
     * @throws IllegalArgumentException if there is no such parameter or the sub-range is not inside its range
     */
    public static List<Parameter> narrow(List<Parameter> parameters, String name, double lower, double upper) {
        List<Parameter> out = new ArrayList<>(parameters.size());
        boolean found = false;
        for (Parameter p : parameters) {
            if (p.name().equals(name)) {
                if (!(lower >= p.lower() && upper <= p.upper() && lower <= upper)) {
                    throw new IllegalArgumentException("parameter " + name + ": [" + lower + ", " + upper
                            + "] is not a sub-range of its allowed range " + p.range());
                }
                double d = clamp(p.defaultValue(), lower, upper);
                out.add(new Parameter(p.name(), p.unit(), lower, upper, d, p.description()));
                found = true;
            } else {
                out.add(p);
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no parameter '" + name + "'; known: "
                    + parameters.stream().map(Parameter::name).toList());
        }
        return List.copyOf(out);
    }

    /**
     * Returns settings that a provider accepts, for every one of its {@link ModelProvider#settings() settings}.
     * Equivalent to {@code settings(provider, provider.settings())}.
     *
     * @param provider the provider
     * @return maps from setting name to value, in declaration order, unmodifiable
     */
    public static Arbitrary<Map<String, Double>> settings(ModelProvider provider) {
        return settings(provider, provider.settings());
    }

    /**
     * Returns settings that a provider accepts, drawn from the given declarations (the provider's, possibly
     * {@linkplain #narrow narrowed}). Values are drawn per setting as by {@link #value(Parameter)}; a setting that
     * is declared {@linkplain Parameter#whole() whole}, or that the provider accepts only as a whole number (it
     * refuses the default plus one half), is drawn by
     * {@link #wholeValue(Parameter)}. Combinations the provider refuses although each value is in its declared range
     * (a horizon before the start date, a takeoff that ends below where it starts) are filtered out, so the
     * arbitrary fails with jqwik's too-many-filter-misses error only if the provider accepts almost nothing.
     *
     * @param provider the provider
     * @param settings the declarations to draw from, one per setting the provider has (or a subset)
     * @return maps from setting name to value, unmodifiable
     */
    public static Arbitrary<Map<String, Double>> settings(ModelProvider provider, List<Parameter> settings) {
        Objects.requireNonNull(provider, "provider");
        List<String> names = settings.stream().map(Parameter::name).toList();
        if (settings.isEmpty()) {
            return Arbitraries.just(Map.of());
        }
        List<Arbitrary<Double>> parts = new ArrayList<>();
        for (Parameter s : settings) {
            parts.add(refusesFractions(provider, s) ? wholeValue(s) : value(s));
        }
        return Combinators.combine(parts).as(values -> {
            Map<String, Double> map = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                map.put(names.get(i), values.get(i));
            }
            return Collections.unmodifiableMap(map);
        }).filter(map -> accepts(provider, map)).withoutEdgeCases();
    }

    /**
     * Returns models built by a provider from {@link #settings(ModelProvider)}.
     *
     * @param provider the provider
     * @return the models
     */
    public static Arbitrary<Model> models(ModelProvider provider) {
        return settings(provider).map(map -> create(provider, map));
    }

    /**
     * Returns complete cases of one model as it is (its settings are not varied): a parameter vector, a seed and a
     * run index, ready for the checks of {@link Invariants}. A case prints as the model's name, seed, run and
     * parameters by name.
     *
     * <pre>{@code
     * @Provide
     * Arbitrary<ModelCase> cases() {
     *     return ModelArbitraries.cases(new MyModel());
     * }
     * }</pre>
     *
     * @param model the model
     * @return the cases, each with empty settings
     */
    public static Arbitrary<ModelCase> cases(Model model) {
        Objects.requireNonNull(model, "model");
        return Combinators.combine(parameters(model), seeds(), runIndices())
                .as((p, seed, run) -> new ModelCase(model.name(), Map.of(), model, p, seed, run))
                .withoutEdgeCases();
    }

    /**
     * Returns complete cases of a model with its settings varied too: settings drawn from the model's
     * {@link Model#settings() declarations} and applied with {@link Model#withSettings}, then parameters, seed and
     * run as in {@link #cases(Model)}. The same as {@code cases(ModelProvider.of(model))}; a case prints its
     * settings as well.
     *
     * @param model the model with its default settings
     * @return the cases
     */
    public static Arbitrary<ModelCase> casesWithSettings(Model model) {
        return cases(ModelProvider.of(model));
    }

    /**
     * Returns complete cases of a provider's model: settings, the model built from them, a parameter vector, a seed
     * and a run index, ready for the checks of {@link Invariants}.
     *
     * @param provider the provider
     * @return the cases
     */
    public static Arbitrary<ModelCase> cases(ModelProvider provider) {
        return cases(provider, provider.settings());
    }

    /**
     * Returns complete cases of a provider's model with settings drawn from the given (possibly narrowed)
     * declarations.
     *
     * @param provider the provider
     * @param settings declarations of the settings to draw
     * @return the cases
     */
    public static Arbitrary<ModelCase> cases(ModelProvider provider, List<Parameter> settings) {
        return settings(provider, settings).flatMap(map -> {
            Model model = create(provider, map);
            return Combinators.combine(parameters(model), seeds(), runIndices())
                    .as((p, seed, run) -> new ModelCase(provider.name(), map, model, p, seed, run));
        }).withoutEdgeCases();
    }

    /**
     * Returns experiment seeds: any {@code long}, uniform, with 0, 1, -1, {@code Long.MIN_VALUE} and
     * {@code Long.MAX_VALUE} in one try in five (one in 25 each); no jqwik edge cases (see the class comment).
     *
     * @return the seeds
     */
    public static Arbitrary<Long> seeds() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE)),
                Tuple.of(4, Arbitraries.longs().withDistribution(RandomDistribution.uniform())))
                .withoutEdgeCases();
    }

    /**
     * Returns run indices: 0, 1 or the last allowed index ({@code Experiment.MAX_RUNS - 1}) in one try in nine, small
     * ones (uniform in {@code [0, 10000)}, the runs of a small experiment) in four, and uniform ones in
     * {@code [0, Experiment.MAX_RUNS)} in four; no jqwik edge cases.
     *
     * @return the run indices, all {@code >= 0}
     */
    public static Arbitrary<Long> runIndices() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(0L, 1L, Experiment.MAX_RUNS - 1)),
                Tuple.of(4, Arbitraries.longs().between(0, 9_999).withDistribution(RandomDistribution.uniform())),
                Tuple.of(4, Arbitraries.longs().between(0, Experiment.MAX_RUNS - 1)
                        .withDistribution(RandomDistribution.uniform())))
                .withoutEdgeCases();
    }

    /**
     * Returns whether a provider builds a model from the given settings.
     *
     * @param provider the provider
     * @param settings the settings
     * @return {@code false} if {@code create} throws {@link IllegalArgumentException}
     */
    public static boolean accepts(ModelProvider provider, Map<String, Double> settings) {
        try {
            provider.create(settings);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Builds a model from settings it accepted; anything it throws now is reported with the settings. */
    private static Model create(ModelProvider provider, Map<String, Double> settings) {
        try {
            return provider.create(settings);
        } catch (RuntimeException | StackOverflowError | ExceptionInInitializerError e) {
            throw new AssertionError("model " + provider.name() + " threw when built with the generated settings "
                    + settings + ": " + e, e);
        }
    }

        private static boolean refusesFractions(ModelProvider provider, Parameter s) {
        if (s.whole()) {
            return true;
        }
        double d = s.defaultValue();
        if (!isWhole(d) || !isWhole(s.lower())) {
            return false;
        }
        double probe = s.allows(d + 0.5) ? d + 0.5 : d - 0.5;
        if (!s.allows(probe)) {
            return false;
        }
        return !accepts(provider, Map.of(s.name(), probe));
    }

    private static boolean isWhole(double v) {
        return v == Math.rint(v) && Double.isFinite(v);
    }

    private static Arbitrary<Double> unit() {
        return Arbitraries.doubles().between(0, 1).ofScale(UNIT_SCALE)
                .withDistribution(RandomDistribution.uniform());
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
