package org.rsisim.models.bottleneck;

/**
 * Constant-elasticity-of-substitution (CES) aggregation across tasks, as used by the published takeoff models
 * (docs/sources.md: Davidson's compute-centric model, substitution between tasks {@code rho = -0.5}; the AI Futures
 * model, CES across coding tasks {@code rho = -2}).
 *
 * <p>Every aggregate here is a weighted power mean {@code M_p(w, x) = (sum_i w_i x_i^p)^(1/p)} with weights summing
 * to 1, whose limits are taken exactly: {@code p -> -infinity} gives {@code min x_i}, {@code p = 0} the weighted
 * geometric mean {@code exp(sum_i w_i ln x_i)}, {@code p -> +infinity} gives {@code max x_i} (over tasks with a
 * positive weight). It is evaluated as {@code exp(c + log1p(sum_i w_i expm1(p (ln x_i - c))) / p)}, with {@code c}
 * the largest log for {@code p > 0} and the smallest for {@code p < 0}, which neither overflows nor loses the
 * Cobb-Douglas limit as {@code p -> 0}, and is continuous in {@code p} there. {@code p = -1} (Amdahl's harmonic
 * form) is computed directly as {@code 1 / sum_i (w_i / x_i)}.
 *
 * <p>Two readings of the elasticity of substitution {@code sigma >= 0}:
 * <ul>
 *   <li>{@link #output}: the CES production function {@code Y = (sum_i w_i x_i^rho)^(1/rho)},
 *       {@code rho = (sigma - 1) / sigma}: {@code sigma = 0} Leontief ({@code min}), {@code sigma = 1}
 *       Cobb-Douglas, {@code sigma -> infinity} perfect substitutes (the weighted arithmetic mean).</li>
 *   <li>{@link #speedUp}: the overall speed-up when task {@code i}, which takes the share {@code w_i} of the work
 *       before the speed-up, is sped up {@code s_i} times and the workers move between tasks to maximise output.
 *       With {@code Y = (sum_i a_i (s_i L_i)^rho)^(1/rho)}, {@code sum_i L_i = 1} and the {@code a_i} normalised so
 *       that the tasks' shares of the work are {@code w_i} when every {@code s_i = 1}, the optimum is
 *       {@code (sum_i w_i s_i^(sigma - 1))^(1 / (sigma - 1))}, the power mean with {@code p = sigma - 1}:
 *       {@code sigma = 0} is Amdahl's law {@code 1 / sum_i (w_i / s_i)} (the Leontief economy with reallocated
 *       labour), {@code sigma = 1} the weighted geometric mean, and {@code sigma -> infinity} the fastest task.</li>
 * </ul>
 *
 * <p>The methods are static, allocation-free and do not validate: the weights must be non-negative and sum to 1,
 * the values non-negative (zero and {@code +Infinity} allowed), {@code sigma} in {@code [0, +Infinity]}. A NaN
 * argument gives NaN; so does a geometric mean of both 0 and {@code +Infinity}. Thread-safe.
 */
public final class Ces {
    private Ces() {
    }

    /**
     * Returns the CES production aggregate {@code (sum_i w_i x_i^rho)^(1/rho)}, {@code rho = (sigma - 1) / sigma}.
     *
     * @param w weights, non-negative, summing to 1
     * @param x task inputs, non-negative; same length as {@code w}
     * @param sigma elasticity of substitution in {@code [0, +Infinity]}; 0 gives the minimum, 1 the geometric
     *        mean, {@code +Infinity} the arithmetic mean
     * @return the aggregate
     */
    public static double output(double[] w, double[] x, double sigma) {
        double rho = sigma == 0 ? Double.NEGATIVE_INFINITY
                : sigma == Double.POSITIVE_INFINITY ? 1 : (sigma - 1) / sigma;
        return powerMean(w, x, rho);
    }

    /**
     * Returns the overall speed-up {@code (sum_i w_i s_i^(sigma - 1))^(1 / (sigma - 1))} when task {@code i}
     * (share {@code w_i} of the work) is sped up {@code s_i} times and labour is reallocated across tasks. At
     * {@code sigma = 0} this is exactly {@link Amdahl#speedUp(double[], double[])}.
     *
     * @param w work shares before the speed-up, non-negative, summing to 1
     * @param s speed-ups, positive, possibly {@code +Infinity}; same length as {@code w}
     * @param sigma elasticity of substitution in {@code [0, +Infinity]}
     * @return the speed-up, between {@code min s_i} and {@code max s_i} (over positive weights), non-decreasing in
     *         {@code sigma}
     */
    public static double speedUp(double[] w, double[] s, double sigma) {
        return powerMean(w, s, sigma - 1);
    }

    /**
     * Returns the share of the work (labour) that task {@code i} takes after the speed-up, when labour is
     * reallocated optimally: {@code w_i s_i^(sigma - 1) / sum_j w_j s_j^(sigma - 1)}. At {@code sigma = 0} it is
     * the share of the time spent in task {@code i}, {@code (w_i / s_i) / sum_j (w_j / s_j)}: the bottleneck's
     * share grows as the others speed up.
     *
     * @param w work shares before the speed-up, non-negative, summing to 1
     * @param s speed-ups, positive and finite
     * @param sigma elasticity of substitution in {@code [0, +Infinity)}
     * @param i the task
     * @return the share, in {@code [0, 1]}
     */
    public static double workShare(double[] w, double[] s, double sigma, int i) {
        double p = sigma - 1;
        double pivot = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < w.length; j++) {
            if (w[j] > 0) {
                pivot = Math.max(pivot, p * Math.log(s[j]));
            }
        }
        double total = 0;
        for (int j = 0; j < w.length; j++) {
            if (w[j] > 0) {
                total += w[j] * Math.exp(p * Math.log(s[j]) - pivot);
            }
        }
        return w[i] > 0 ? w[i] * Math.exp(p * Math.log(s[i]) - pivot) / total : 0;
    }

    /**
     * Returns the weighted power mean {@code (sum_i w_i x_i^p)^(1/p)} with its limits: {@code min} at
     * {@code p = -Infinity}, the weighted geometric mean at {@code p = 0}, {@code max} at {@code p = +Infinity}.
     * Tasks with weight 0 are ignored.
     *
     * @param w weights, non-negative, summing to 1
     * @param x values, non-negative, possibly {@code +Infinity}; same length as {@code w}
     * @param p the exponent, any value including the infinities
     * @return the power mean; NaN if an argument is NaN
     */
    public static double powerMean(double[] w, double[] x, double p) {
        if (Double.isNaN(p)) {
            return Double.NaN;
        }
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                double v = x[i];
                if (Double.isNaN(v)) {
                    return Double.NaN;
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            } else if (!(w[i] == 0)) {
                return Double.NaN;
            }
        }
        if (p == Double.NEGATIVE_INFINITY) {
            return lo;
        }
        if (p == Double.POSITIVE_INFINITY) {
            return hi;
        }
        if (lo == hi) {
            return lo;
        }
        if (p == -1) {
            return Amdahl.speedUp(w, x);
        }
        if (p == 0) {
            double s = 0;
            for (int i = 0; i < w.length; i++) {
                if (w[i] > 0) {
                    s += w[i] * Math.log(x[i]);
                }
            }
            return Math.exp(s);
        }
        if (p > 0 && hi == Double.POSITIVE_INFINITY) {
            return hi;
        }
        if (p < 0 && lo == 0) {
            return 0;
        }
        double c = Math.log(p > 0 ? hi : lo);
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                sum += w[i] * Math.expm1(p * (Math.log(x[i]) - c));
            }
        }
        if (sum > -0.5) {
            return Math.exp(c + Math.log1p(sum) / p);
        }
        // 1 + sum cancels: the term at c carries almost no weight. Weighted log-sum-exp instead, whose largest
        // term is exactly 1; |p| is then far from 0, so the Cobb-Douglas limit is not at stake.
        double m = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                m = Math.max(m, Math.log(w[i]) + p * Math.log(x[i]));
            }
        }
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                s += Math.exp(Math.log(w[i]) + p * Math.log(x[i]) - m);
            }
        }
        return Math.exp((m + Math.log(s)) / p);
    }
}
