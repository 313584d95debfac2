package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/**
 * Properties of the quantile function and the CDF over arbitrary valid arguments of every factory, and the refusal
 * of every non-finite argument. Deterministic checks (no false failures): jqwik reports the failing sample and its
 * seed.
 */
class DistributionPropertiesTest {

    /** A number between 10^loExponent and 10^hiExponent, uniform in log scale. */
    private static Arbitrary<Double> magnitude(double loExponent, double hiExponent) {
        return between(loExponent, hiExponent).map(e -> Math.pow(10, e));
    }

    private static Arbitrary<Double> between(double lo, double hi) {
        return Arbitraries.doubles().between(lo, hi).ofScale(12);
    }

    @Provide
    Arbitrary<Distribution> distributions() {
        Arbitrary<Distribution> fixed = between(-1e9, 1e9).map(Distributions::fixed);
        Arbitrary<Distribution> uniform = Combinators.combine(between(-1e6, 1e6), magnitude(-6, 6))
                .as((lo, w) -> Distributions.uniform(lo, lo + w));
        Arbitrary<Distribution> logUniform = Combinators.combine(magnitude(-10, 10), magnitude(0.001, 6))
                .as((lo, r) -> Distributions.logUniform(lo, lo * r));
        Arbitrary<Distribution> normal = Combinators.combine(between(-1e6, 1e6), magnitude(-6, 6))
                .as(Distributions::normal);
        Arbitrary<Distribution> lognormal = Combinators.combine(between(-50, 50), between(0.01, 5))
                .as(Distributions::lognormal);
        Arbitrary<Distribution> lognormal90 = Combinators.combine(magnitude(-10, 10), magnitude(0.001, 6))
                .as((p5, r) -> Distributions.lognormal90(p5, p5 * r));
        Arbitrary<Distribution> beta = Combinators.combine(magnitude(-3, 4), magnitude(-3, 4))
                .as(Distributions::beta);
        Arbitrary<Distribution> betaMean = Combinators.combine(between(0.01, 0.99), magnitude(-0.7, 3))
                .as(Distributions::betaMeanConcentration);
        Arbitrary<Distribution> triangular = Combinators.combine(between(-1e6, 1e6), magnitude(-6, 6),
                between(0, 1)).as((lo, w, f) -> Distributions.triangular(lo, lo + f * w, lo + w));
        Arbitrary<Distribution> pert = Combinators.combine(between(-1e6, 1e6), magnitude(-6, 6),
                between(0, 1)).as((lo, w, f) -> Distributions.pert(lo, lo + f * w, lo + w));
        Arbitrary<Distribution> discrete = between(-1e6, 1e6).list().ofMinSize(1).ofMaxSize(8).uniqueElements()
                .flatMap(values -> between(0, 10).list().ofSize(values.size())
                        .filter(w -> w.stream().mapToDouble(Double::doubleValue).sum() > 0)
                        .map(w -> Distributions.discrete(values.stream().mapToDouble(Double::doubleValue).toArray(),
                                w.stream().mapToDouble(Double::doubleValue).toArray())));
        Arbitrary<Distribution> skewed = Combinators.combine(magnitude(-10, 10), magnitude(0.001, 6),
                magnitude(0.001, 6)).as((p5, r1, r2) -> Distributions.skewedLogUniform(p5, p5 * r1, p5 * r1 * r2));
        return Arbitraries.oneOf(List.of(fixed, uniform, logUniform, normal, lognormal, lognormal90, beta, betaMean,
                triangular, pert, discrete, skewed));
    }

    @Property(tries = 600, seed = "20260611")
    void quantileIsMonotoneAndInsideTheSupport(@ForAll("distributions") Distribution d,
                                               @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double p1,
                                               @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double p2) {
        double lo = Math.min(p1, p2);
        double hi = Math.max(p1, p2);
        double qLo = d.inverseCdf(lo);
        double qHi = d.inverseCdf(hi);
        assertTrue(qLo <= qHi, d + ": inverseCdf(" + lo + ") = " + qLo + " > inverseCdf(" + hi + ") = " + qHi);
        assertTrue(qLo >= d.lower() && qHi <= d.upper(), d + ": quantiles outside [" + d.lower() + ", " + d.upper()
                + "]: " + qLo + ", " + qHi);
    }

    /**
     * The quantile sits where the CDF crosses p, to within the precision of doubles: a relative 1e-12 in x (the
     * lognormal's {@code exp(mu + sigma z)} loses about |mu| ulps) and 1e-12 in probability.
     */
    @Property(tries = 600, seed = "20260611")
    void quantileIsWhereTheCdfCrossesP(@ForAll("distributions") Distribution d,
                                       @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double p) {
        double q = d.inverseCdf(p);
        if (!Double.isFinite(q)) {
            assertTrue(p == 0 || p == 1, d + ": inverseCdf(" + p + ") = " + q);
            return;
        }
        double slack = 1e-12 * Math.abs(q) + Double.MIN_NORMAL;
        assertTrue(d.cdf(q + slack) >= p - 1e-12, d + ": cdf just above inverseCdf(" + p + ") = " + q + " is "
                + d.cdf(q + slack));
        assertTrue(d.cdf(q - slack) <= p + 1e-12, d + ": cdf just below inverseCdf(" + p + ") = " + q + " is "
                + d.cdf(q - slack));
    }

    @Property(tries = 600, seed = "20260611")
    void cdfIsAProbabilityAndNonDecreasing(@ForAll("distributions") Distribution d,
                                           @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double u1,
                                           @ForAll @DoubleRange(min = 0, max = 1) @Scale(15) double u2,
                                           @ForAll @DoubleRange(min = -1e-3, max = 1e-3) @Scale(15) double jitter) {
        double x1 = d.inverseCdf(Math.min(u1, u2)) * (1 + jitter);
        double x2 = d.inverseCdf(Math.max(u1, u2));
        double lo = Math.min(x1, x2);
        double hi = Math.max(x1, x2);
        double cLo = d.cdf(lo);
        double cHi = d.cdf(hi);
        assertTrue(cLo >= 0 && cHi <= 1 && cLo <= cHi, d + ": cdf(" + lo + ") = " + cLo + ", cdf(" + hi + ") = "
                + cHi);
    }

    @Provide
    Arbitrary<Double> nonFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    /** Each factory with valid arguments, and the names of those arguments in order. */
    private record Factory(String name, List<String> arguments, double[] valid,
                           Function<double[], Distribution> build) {
    }

    private static final List<Factory> FACTORIES = List.of(
            new Factory("fixed", List.of("value"), new double[] {1}, a -> Distributions.fixed(a[0])),
            new Factory("uniform", List.of("lower", "upper"), new double[] {0, 1},
                    a -> Distributions.uniform(a[0], a[1])),
            new Factory("logUniform", List.of("lower", "upper"), new double[] {1, 2},
                    a -> Distributions.logUniform(a[0], a[1])),
            new Factory("normal", List.of("mean", "sd"), new double[] {0, 1}, a -> Distributions.normal(a[0], a[1])),
            new Factory("lognormal", List.of("mu", "sigma"), new double[] {0, 1},
                    a -> Distributions.lognormal(a[0], a[1])),
            new Factory("lognormal90", List.of("p5", "p95"), new double[] {1, 2},
                    a -> Distributions.lognormal90(a[0], a[1])),
            new Factory("beta", List.of("alpha", "beta"), new double[] {1, 2}, a -> Distributions.beta(a[0], a[1])),
            new Factory("betaMeanConcentration", List.of("mean", "concentration"), new double[] {0.5, 2},
                    a -> Distributions.betaMeanConcentration(a[0], a[1])),
            new Factory("triangular", List.of("min", "mode", "max"), new double[] {0, 1, 2},
                    a -> Distributions.triangular(a[0], a[1], a[2])),
            new Factory("pert", List.of("min", "mode", "max"), new double[] {0, 1, 2},
                    a -> Distributions.pert(a[0], a[1], a[2])),
            new Factory("skewedLogUniform", List.of("p5", "p50", "p95"), new double[] {1, 2, 4},
                    a -> Distributions.skewedLogUniform(a[0], a[1], a[2])),
            new Factory("discrete", List.of("values[0]", "weights[0]"), new double[] {1, 1},
                    a -> Distributions.discrete(new double[] {a[0]}, new double[] {a[1]})));

    @Property(tries = 200, seed = "20260611")
    void everyNonFiniteArgumentIsRefusedByName(@ForAll @IntRange(min = 0, max = 11) int which,
                                               @ForAll @IntRange(min = 0, max = 2) int position,
                                               @ForAll("nonFinite") double value) {
        Factory f = FACTORIES.get(which);
        int i = position % f.arguments().size();
        double[] args = f.valid().clone();
        f.build().apply(args);
        args[i] = value;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> f.build().apply(args));
        String expected = f.arguments().get(i) + " = " + value;
        assertTrue(e.getMessage().startsWith(f.name()) && e.getMessage().contains(expected),
                "message '" + e.getMessage() + "' should start with '" + f.name() + "' and name '" + expected + "'");
    }
}
