package org.rsisim.core.distribution;

/**
 * Factory of the parameter distributions the engine knows. Every factory validates its arguments and names the
 * offending one in its message; NaN is always refused.
 */
public final class Distributions {
    private Distributions() {
    }

    /**
     * A parameter that takes one value in every run.
     *
     * @param value the value, finite
     * @return the distribution
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public static Distribution fixed(double value) {
        return new Fixed(value);
    }

    /**
     * The uniform distribution on {@code [lower, upper]}.
     *
     * @param lower lower bound, finite
     * @param upper upper bound, finite and greater than {@code lower}
     * @return the distribution
     * @throws IllegalArgumentException if a bound is not finite or {@code lower >= upper}
     */
    public static Distribution uniform(double lower, double upper) {
        return new Uniform(lower, upper);
    }

    static void requireFinite(String what, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " is not finite: " + value);
        }
    }

    /** A point mass. */
    static final class Fixed implements Distribution {
        private final double value;

        Fixed(double value) {
            requireFinite("fixed value", value);
            this.value = value;
        }

        @Override
        public double inverseCdf(double p) {
            return value;
        }

        @Override
        public double cdf(double x) {
            return x >= value ? 1 : 0;
        }

        @Override
        public String toString() {
            return "fixed(" + value + ")";
        }
    }

    /** The continuous uniform distribution. */
    static final class Uniform implements Distribution {
        private final double lower;
        private final double upper;

        Uniform(double lower, double upper) {
            requireFinite("uniform lower bound", lower);
            requireFinite("uniform upper bound", upper);
            if (!(lower < upper)) {
                throw new IllegalArgumentException("uniform lower bound " + lower + " is not below upper bound "
                        + upper);
            }
            this.lower = lower;
            this.upper = upper;
        }

        @Override
        public double inverseCdf(double p) {
            return p >= 1 ? upper : lower + p * (upper - lower);
        }

        @Override
        public double cdf(double x) {
            return x <= lower ? 0 : x >= upper ? 1 : (x - lower) / (upper - lower);
        }

        @Override
        public String toString() {
            return "uniform(" + lower + ", " + upper + ")";
        }
    }
}
