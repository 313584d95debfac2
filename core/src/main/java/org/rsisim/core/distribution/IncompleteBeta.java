package org.rsisim.core.distribution;

/**
 * The regularized incomplete beta function {@code I_x(a, b)} of one pair of shapes, its inverse in {@code x}, and
 * the beta density, evaluated without allocation so that the Gaussian copula can invert beta marginals per run.
 *
 * <p>{@code I_x(a, b)} is evaluated by the continued fraction of DLMF 8.17.22 (modified Lentz evaluation), on
 * {@code x < (a + 1) / (a + b + 2)} directly and otherwise through {@code I_x(a, b) = 1 - I_{1-x}(b, a)}, where the
 * fraction converges fast. The normalising constant {@code log B(a, b)} is computed once, by Hipparchus
 * {@code Beta.logBeta}. The inverse starts from the tail or normal approximations of Abramowitz and Stegun
 * (26.5.22) and refines them with Halley steps kept inside a bracket that shrinks at every step (a bisection step
 * replaces any step that leaves it) until the step is below {@code 1e-12} relative, then settles on the smallest
 * double whose computed CDF reaches the target. Immutable and thread-safe. Not API: package-private.
 */
final class IncompleteBeta {
    private static final double EPSILON = 0x1.0p-53;
    private static final double TINY = 1e-300;
    private static final int MAX_FRACTION_TERMS = 100_000;
    private static final int MAX_ROOT_STEPS = 200;

    private final double a;
    private final double b;
    private final double logBeta;

    /**
     * @param a first shape, finite and {@code > 0}
     * @param b second shape, finite and {@code > 0}
     * @param logBeta {@code log B(a, b)}, finite
     */
    IncompleteBeta(double a, double b, double logBeta) {
        this.a = a;
        this.b = b;
        this.logBeta = logBeta;
    }

    /**
     * Returns {@code I_x(a, b)}.
     *
     * @param x a point; values at or below 0 give 0, at or above 1 give 1, NaN gives NaN
     * @return the probability
     */
    double cdf(double x) {
        if (!(x > 0)) {
            return x <= 0 ? 0 : Double.NaN;
        }
        if (x >= 1) {
            return 1;
        }
        if (x < (a + 1) / (a + b + 2)) {
            return front(x, a, b) * fraction(x, a, b) / a;
        }
        double y = 1 - x;
        return 1 - front(y, b, a) * fraction(y, b, a) / b;
    }

    /**
     * Returns the beta density {@code x^(a-1) (1-x)^(b-1) / B(a, b)} on {@code (0, 1)}.
     *
     * @param x a point strictly inside {@code (0, 1)}
     * @return the density, possibly infinite or 0 where it under- or overflows
     */
    double density(double x) {
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
    }

    /**
     * Returns the smallest double {@code x} in {@code [0, 1]} with {@code cdf(x) >= p}, found near the root of
     * {@code I_x(a, b) = p}.
     *
     * @param p a probability; 0 gives 0, 1 gives 1, NaN or a value outside {@code [0, 1]} gives NaN
     * @return the quantile
     */
    double inverse(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) {
                return 0;
            }
            return p == 1 ? 1 : Double.NaN;
        }
        double lo = 0;
        double hi = 1;
        double x = initialGuess(p);
        if (!(x > 0 && x < 1)) {
            x = 0.5;
        }
        for (int step = 0; step < MAX_ROOT_STEPS; step++) {
            double err = cdf(x) - p;
            if (err == 0) {
                break;
            }
            if (err < 0) {
                lo = x;
            } else {
                hi = x;
            }
            double f = density(x);
            double next = Double.NaN;
            if (f > 0 && Double.isFinite(f)) {
                double newton = err / f;
                // Halley's correction uses f'/f = (a - 1)/x - (b - 1)/(1 - x); it is capped so that it never
                // reverses or more than doubles the Newton step.
                double curvature = newton * ((a - 1) / x - (b - 1) / (1 - x));
                next = x - newton / (1 - 0.5 * Math.max(-1, Math.min(1, curvature)));
            }
            if (!(next > lo && next < hi)) {
                // Bisect, geometrically when the bracket spans orders of magnitude near 0 (small quantiles of a
                // beta with a small first shape) so that such roots are reached in few steps.
                next = lo > 0 && hi > 4 * lo ? Math.sqrt(lo * hi)
                        : lo == 0 && hi > 1e-300 ? hi * 1e-3 : 0.5 * (lo + hi);
                if (!(next > lo && next < hi)) {
                    break;
                }
            }
            boolean converged = Math.abs(next - x) <= 1e-12 * x;
            x = next;
            if (converged) {
                break;
            }
        }
        return smallestAtLeast(p, x);
    }

    /**
     * Returns the smallest double {@code y} near {@code x} with {@code cdf(y) >= p}: brackets the crossing by steps
     * of 1, 2, 4, ... units in the last place around {@code x}, then bisects on the bit patterns of the doubles
     * (which are ordered like the values for numbers in {@code [0, 1]}). This makes the result a deterministic,
     * non-decreasing function of {@code p} wherever the computed CDF is non-decreasing.
     */
    private double smallestAtLeast(double p, double x) {
        final long one = Double.doubleToRawLongBits(1.0);
        long bits = Double.doubleToRawLongBits(x);
        long lo;
        long hi;
        long reach = 1;
        if (cdf(x) >= p) {
            hi = bits;
            lo = Math.max(0, bits - reach);
            while (lo > 0 && cdf(Double.longBitsToDouble(lo)) >= p) {
                hi = lo;
                reach *= 2;
                lo = Math.max(0, bits - reach);
            }
        } else {
            lo = bits;
            hi = Math.min(one, bits + reach);
            while (hi < one && cdf(Double.longBitsToDouble(hi)) < p) {
                lo = hi;
                reach *= 2;
                hi = Math.min(one, bits + reach);
            }
        }
        // cdf(lo) < p <= cdf(hi), with cdf(0) = 0 < p and cdf(1) = 1 >= p
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (cdf(Double.longBitsToDouble(mid)) >= p) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return Double.longBitsToDouble(hi);
    }

    /** A starting point for the root search, good to a few digits. */
    private double initialGuess(double p) {
        if (a >= 1 && b >= 1) {
            // Abramowitz and Stegun 26.5.22, with the exact normal quantile.
            double z = -StandardNormal.quantile(p);
            double lambda = (z * z - 3) / 6;
            double h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
            double w = z * Math.sqrt(h + lambda) / h
                    - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (lambda + 5.0 / 6 - 2 / (3 * h));
            return a / (a + b * Math.exp(2 * w));
        }
        // Near 0, I_x ~ x^a / (a B); near 1, 1 - I_x ~ (1 - x)^b / (b B). The split point weighs the two tails as
        // the leading terms do at the mean a / (a + b).
        double lowerWeight = Math.exp(a * Math.log(a / (a + b))) / a;
        double upperWeight = Math.exp(b * Math.log(b / (a + b))) / b;
        if (p < lowerWeight / (lowerWeight + upperWeight)) {
            return Math.exp((Math.log(p * a) + logBeta) / a);
        }
        return -Math.expm1((Math.log1p(-p) + Math.log(b) + logBeta) / b);
    }

    /** {@code x^a (1 - x)^b / B(a, b)}, computed in logs. */
    private double front(double x, double p, double q) {
        return Math.exp(p * Math.log(x) + q * Math.log1p(-x) - logBeta);
    }

    /** The continued fraction of DLMF 8.17.22 for {@code I_x(p, q)}, evaluated by the modified Lentz method. */
    private static double fraction(double x, double p, double q) {
        double c = 1;
        double d = 1 - (p + q) * x / (p + 1);
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1 / d;
        double h = d;
        for (int m = 1; m <= MAX_FRACTION_TERMS; m++) {
            int m2 = 2 * m;
            // even term d_{2m}
            double coef = m * (q - m) * x / ((p + m2 - 1) * (p + m2));
            d = 1 + coef * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + coef / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            h *= d * c;
            // odd term d_{2m+1}
            coef = -(p + m) * (p + q + m) * x / ((p + m2) * (p + m2 + 1));
            d = 1 + coef * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1 + coef / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) <= EPSILON) {
                break;
            }
        }
        return h;
    }
}
