package org.rsisim.models.analysis;

import java.util.Objects;
import java.util.function.DoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * A number a {@link Calibration} adjusts, with the bounds it searches, and how the number sets a model parameter's
 * distribution: as the parameter's value in every run ({@link #value}), as a shift of a distribution
 * ({@link #shift}), as a scale factor of a distribution ({@link #scale}), or by any monotone family
 * ({@link #of}).
 *
 * <p>Scaling a log-normal distribution by {@code v} multiplies its median and both ends of every interval by
 * {@code v}: it moves the location {@code mu} of {@code log X} by {@code log v} and keeps its spread, which is how a
 * belief stated as a 90 % interval is shifted while its width in orders of magnitude is kept.
 *
 * @param name the model parameter this sets
 * @param lower the smallest value searched, finite
 * @param upper the largest value searched, finite, above {@code lower}
 * @param start where the search starts, in {@code [lower, upper]}
 * @param form how the value sets the distribution, as text, such as {@code value} or {@code shift of uniform(0, 1)}
 * @param family the distribution of the parameter for a value of the free number
 */
public record FreeParameter(String name, double lower, double upper, double start, String form,
                            DoubleFunction<Distribution> family) {

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException if a bound is not finite, {@code lower >= upper}, or the start is outside
     *         the bounds; the message names the parameter
     */
    public FreeParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(family, "family");
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("free parameter " + name + ": bounds [" + lower + ", " + upper
                    + "] must be finite with lower < upper");
        }
        if (!(start >= lower && start <= upper)) {
            throw new IllegalArgumentException("free parameter " + name + ": start " + start
                    + " is outside its bounds [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The parameter takes the free value in every run. The search starts at the midpoint.
     *
     * @param name the model parameter
     * @param lower smallest value searched
     * @param upper largest value searched
     * @return the free parameter
     */
    public static FreeParameter value(String name, double lower, double upper) {
        return new FreeParameter(name, lower, upper, midpoint(lower, upper), "value", Distributions::fixed);
    }

    /**
     * The parameter is {@code base + v}: its distribution moves by the free value {@code v}. The search starts at
     * the midpoint.
     *
     * @param name the model parameter
     * @param lower smallest shift searched
     * @param upper largest shift searched
     * @param base the distribution at shift 0
     * @return the free parameter
     */
    public static FreeParameter shift(String name, double lower, double upper, Distribution base) {
        Objects.requireNonNull(base, "base");
        return new FreeParameter(name, lower, upper, midpoint(lower, upper), "shift of " + base,
                v -> new Shifted(base, v));
    }

    /**
     * The parameter is {@code v * base}: its distribution is stretched by the free value {@code v > 0}. The search
     * starts at the geometric midpoint {@code sqrt(lower upper)}.
     *
     * @param name the model parameter
     * @param lower smallest factor searched, positive
     * @param upper largest factor searched
     * @param base the distribution at factor 1
     * @return the free parameter
     * @throws IllegalArgumentException if {@code lower} is not positive
     */
    public static FreeParameter scale(String name, double lower, double upper, Distribution base) {
        Objects.requireNonNull(base, "base");
        if (!(lower > 0)) {
            throw new IllegalArgumentException("free parameter " + name + ": lower scale factor " + lower
                    + " is not positive");
        }
        double start = Math.sqrt(lower * upper);
        return new FreeParameter(name, lower, upper, Double.isFinite(start) ? Math.min(upper, Math.max(lower, start))
                : midpoint(lower, upper), "scale of " + base, v -> new Scaled(base, v));
    }

    /**
     * Any family of distributions indexed by the free value. For a smooth calibration objective the family should
     * move its draws continuously and monotonically with the value, as a location or scale does.
     *
     * @param name the model parameter
     * @param lower smallest value searched
     * @param upper largest value searched
     * @param form how the value sets the distribution, as text for reports
     * @param family the distribution for each value
     * @return the free parameter
     */
    public static FreeParameter of(String name, double lower, double upper, String form,
                                   DoubleFunction<Distribution> family) {
        return new FreeParameter(name, lower, upper, midpoint(lower, upper), form, family);
    }

    /**
     * Returns a copy that starts the search elsewhere.
     *
     * @param value the start, in {@code [lower, upper]}
     * @return the copy
     * @throws IllegalArgumentException if the start is outside the bounds
     */
    public FreeParameter startingAt(double value) {
        return new FreeParameter(name, lower, upper, value, form, family);
    }

    /**
     * Returns the parameter's distribution at a free value.
     *
     * @param value the free value
     * @return the distribution
     */
    public Distribution distributionAt(double value) {
        return Objects.requireNonNull(family.apply(value), "distribution of " + name + " at " + value);
    }

    private static double midpoint(double lower, double upper) {
        return lower + (upper - lower) / 2;
    }

    /** {@code base + shift}. */
    private static final class Shifted implements Distribution {
        private final Distribution base;
        private final double shift;

        Shifted(Distribution base, double shift) {
            this.base = base;
            this.shift = shift;
        }

        @Override
        public double inverseCdf(double p) {
            return base.inverseCdf(p) + shift;
        }

        @Override
        public double cdf(double x) {
            return base.cdf(x - shift);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return base.sample(rng) + shift;
        }

        @Override
        public String toString() {
            return "shifted(" + base + ", by=" + shift + ")";
        }
    }

    /** {@code factor * base}, factor positive. */
    private static final class Scaled implements Distribution {
        private final Distribution base;
        private final double factor;

        Scaled(Distribution base, double factor) {
            this.base = base;
            this.factor = factor;
        }

        @Override
        public double inverseCdf(double p) {
            return base.inverseCdf(p) * factor;
        }

        @Override
        public double cdf(double x) {
            return base.cdf(x / factor);
        }

        @Override
        public double sample(UniformRandomProvider rng) {
            return base.sample(rng) * factor;
        }

        @Override
        public String toString() {
            return "scaled(" + base + ", by=" + factor + ")";
        }
    }
}
