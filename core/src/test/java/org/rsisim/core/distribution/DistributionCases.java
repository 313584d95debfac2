package org.rsisim.core.distribution;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every distribution of {@link Distributions}, each with its closed-form support, mean, variance and fourth central
 * moment, worked out here independently of the implementation. A distribution added to the library is tested by
 * {@link DistributionContractTest} once it is added to {@link #all()}.
 */
final class DistributionCases {
    /** {@code Phi^-1(0.95)}, from tables (not from the implementation). */
    static final double Z95 = 1.6448536269514722;

    private DistributionCases() {
    }

    /**
     * One distribution with its expected properties.
     *
     * @param factory builds the distribution (called more than once, to check equality)
     * @param text expected canonical {@code toString()}
     * @param lower infimum of the support
     * @param upper supremum of the support
     * @param mean closed-form mean
     * @param variance closed-form variance
     * @param mu4 closed-form fourth central moment
     * @param continuous whether the distribution has a density (no atoms)
     */
    record Case(Supplier<Distribution> factory, String text, double lower, double upper, double mean,
                double variance, double mu4, boolean continuous) {
        Distribution distribution() {
            return factory.get();
        }

        @Override
        public String toString() {
            return text;
        }
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case(() -> Distributions.fixed(2.5), "fixed(value=2.5)", 2.5, 2.5, 2.5, 0, 0, false));
        cases.add(uniform(-1, 3));
        cases.add(fromRaw(() -> Distributions.logUniform(1, 100), "logUniform(lower=1.0, upper=100.0)", 1, 100,
                logUniformRaw(1, 100), true));
        cases.add(new Case(() -> Distributions.normal(3, 2), "normal(mean=3.0, sd=2.0)", Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, 3, 4, 3 * 16, true));
        cases.add(fromRaw(() -> Distributions.lognormal(0.5, 0.4), "lognormal(mu=0.5, sigma=0.4)", 0,
                Double.POSITIVE_INFINITY, lognormalRaw(0.5, 0.4), true));
        double mu90 = 0.5 * (Math.log(2) + Math.log(20));
        double sigma90 = (Math.log(20) - Math.log(2)) / (2 * Z95);
        cases.add(fromRaw(() -> Distributions.lognormal90(2, 20), "lognormal90(p5=2.0, p95=20.0)", 0,
                Double.POSITIVE_INFINITY, lognormalRaw(mu90, sigma90), true));
        cases.add(beta(() -> Distributions.beta(2, 5), "beta(alpha=2.0, beta=5.0)", 2, 5, 0, 1));
        cases.add(beta(() -> Distributions.beta(0.5, 0.5), "beta(alpha=0.5, beta=0.5)", 0.5, 0.5, 0, 1));
        cases.add(beta(() -> Distributions.beta(0.7, 3), "beta(alpha=0.7, beta=3.0)", 0.7, 3, 0, 1));
        // mass piled against both bounds: 1e-4 of it lies within one ulp of 1
        cases.add(beta(() -> Distributions.beta(0.05, 0.2), "beta(alpha=0.05, beta=0.2)", 0.05, 0.2, 0, 1));
        cases.add(beta(() -> Distributions.betaMeanConcentration(0.3, 8),
                "betaMeanConcentration(mean=0.3, concentration=8.0)", 0.3 * 8, 0.7 * 8, 0, 1));
        cases.add(beta(() -> Distributions.betaMeanConcentration(0.9, 200),
                "betaMeanConcentration(mean=0.9, concentration=200.0)", 0.9 * 200, (1 - 0.9) * 200, 0, 1));
        cases.add(beta(() -> Distributions.pert(0, 1, 10), "pert(min=0.0, mode=1.0, max=10.0)", 1.4, 4.6, 0, 10));
        cases.add(beta(() -> Distributions.pert(-2, -2, 2), "pert(min=-2.0, mode=-2.0, max=2.0)", 1, 5, -2, 2));
        cases.add(triangular(0, 1, 3));
        cases.add(triangular(0, 0, 2));
        cases.add(triangular(-1, 4, 4));
        cases.add(discrete(new double[] {3, 1, 2}, new double[] {0.2, 0.5, 0.3},
                "discrete(values=[1.0, 2.0, 3.0], weights=[0.5, 0.3, 0.2])", 1, 3));
        cases.add(discrete(new double[] {5, 1, -2, 3}, new double[] {0, 2, 0, 6},
                "discrete(values=[-2.0, 1.0, 3.0, 5.0], weights=[0.0, 2.0, 6.0, 0.0])", 1, 3));
        cases.add(skewedLogUniform(0.8, 1.25, 5));
        cases.add(skewedLogUniform(2, 8, 32));
        cases.add(twoPiece(0, 0.8, 1.25, 5));
        cases.add(twoPiece(1, -2, -0.5, -0.2));
        cases.add(twoPiece(2, 0.03, 0.1, 0.3));
        // a flat stretch of the table carries no mass; a leading flat stretch moves the lower end of the support
        cases.add(cdfTable(false, new double[] {0, 1, 3, 4}, new double[] {0, 0.25, 0.25, 1}, 0, 4));
        cases.add(cdfTable(false, new double[] {-2, 0, 1, 3}, new double[] {0, 0, 0.5, 1}, 0, 3));
        cases.add(cdfTable(true, new double[] {0, 1, 1.5, 3}, new double[] {0, 0.3, 0.5, 1}, 1, 1000));
        // a uniform truncated to a sub-interval is the uniform on it
        cases.add(new Case(() -> Distributions.truncated(Distributions.uniform(0, 10), 2, 5),
                "truncated(uniform(lower=0.0, upper=10.0), lower=2.0, upper=5.0)", 2, 5, 3.5, 9.0 / 12,
                81.0 / 80, true));
        // the standard normal truncated to [0, inf) is the half-normal: E[X^k] = sqrt(2/pi), 1, 2 sqrt(2/pi), 3
        double r = Math.sqrt(2 / Math.PI);
        cases.add(fromRaw(() -> Distributions.truncated(Distributions.normal(0, 1), 0, Double.POSITIVE_INFINITY),
                "truncated(normal(mean=0.0, sd=1.0), lower=0.0, upper=Infinity)", 0, Double.POSITIVE_INFINITY,
                new double[] {1, r, 1, 2 * r, 3}, true));
        // the 80 % interval forms: the lognormal and the normal with these 10th and 90th percentiles
        double z80 = 1.2815515655446004;
        double mu80 = 0.5 * (Math.log(2) + Math.log(20));
        double sigma80 = (Math.log(20) - Math.log(2)) / (2 * z80);
        cases.add(fromRaw(() -> Distributions.lognormal80(2, 20), "lognormal80(p10=2.0, p90=20.0)", 0,
                Double.POSITIVE_INFINITY, lognormalRaw(mu80, sigma80), true));
        double var80 = 1 / (z80 * z80);
        cases.add(new Case(() -> Distributions.normal80(1, 3), "normal80(p10=1.0, p90=3.0)",
                Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 2, var80, 3 * var80 * var80, true));
        // a shifted uniform is the uniform on the shifted interval
        cases.add(new Case(() -> Distributions.shifted(Distributions.uniform(0, 1), 2),
                "shifted(uniform(lower=0.0, upper=1.0), shift=2.0)", 2, 3, 2.5, 1.0 / 12, 1.0 / 80, true));
        // uniform(0, 10) clipped to [2, 5]: 0.2 on 2, 0.5 on 5, density 0.1 between
        double[] clippedRaw = new double[5];
        for (int k = 0; k <= 4; k++) {
            clippedRaw[k] = 0.2 * Math.pow(2, k) + 0.5 * Math.pow(5, k)
                    + 0.1 * (Math.pow(5, k + 1) - Math.pow(2, k + 1)) / (k + 1);
        }
        cases.add(fromRaw(() -> Distributions.clipped(Distributions.uniform(0, 10), 2, 5),
                "clipped(uniform(lower=0.0, upper=10.0), lower=2.0, upper=5.0)", 2, 5, clippedRaw, false));
        return cases;
    }

    private static Case uniform(double lo, double hi) {
        double w = hi - lo;
        return new Case(() -> Distributions.uniform(lo, hi), "uniform(lower=" + lo + ", upper=" + hi + ")", lo, hi,
                (lo + hi) / 2, w * w / 12, Math.pow(w, 4) / 80, true);
    }

    /** A beta distribution with shapes a, b, rescaled to [lo, hi]. */
    private static Case beta(Supplier<Distribution> factory, String text, double a, double b, double lo,
                             double hi) {
        double[] raw = new double[5];
        raw[0] = 1;
        for (int k = 1; k <= 4; k++) {
            raw[k] = raw[k - 1] * (a + k - 1) / (a + b + k - 1);
        }
        double[] c = central(raw);
        double w = hi - lo;
        return new Case(factory, text, lo, hi, lo + w * c[0], w * w * c[1], Math.pow(w, 4) * c[2], true);
    }

    private static Case triangular(double a, double c, double b) {
        double mean = (a + b + c) / 3;
        double var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        // the triangular distribution has excess kurtosis -3/5 whatever its shape
        return new Case(() -> Distributions.triangular(a, c, b),
                "triangular(min=" + a + ", mode=" + c + ", max=" + b + ")", a, b, mean, var, 2.4 * var * var, true);
    }

    private static Case discrete(double[] values, double[] weights, String text, double lo, double hi) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] raw = new double[5];
        for (int i = 0; i < values.length; i++) {
            for (int k = 0; k <= 4; k++) {
                raw[k] += weights[i] / total * Math.pow(values[i], k);
            }
        }
        double[] c = central(raw);
        return new Case(() -> Distributions.discrete(values.clone(), weights.clone()), text, lo, hi, c[0], c[1],
                c[2], false);
    }

    /** The equal mixture of log-uniform distributions on [L, p50] and [p50, U]. */
    private static Case skewedLogUniform(double p5, double p50, double p95) {
        double lower = Math.exp(Math.log(p5) - (Math.log(p50) - Math.log(p5)) / 9);
        double upper = Math.exp(Math.log(p95) + (Math.log(p95) - Math.log(p50)) / 9);
        double[] left = logUniformRaw(lower, p50);
        double[] right = logUniformRaw(p50, upper);
        double[] raw = new double[5];
        for (int k = 0; k <= 4; k++) {
            raw[k] = 0.5 * (left[k] + right[k]);
        }
        return fromRaw(() -> Distributions.skewedLogUniform(p5, p50, p95),
                "skewedLogUniform(p5=" + p5 + ", p50=" + p50 + ", p95=" + p95 + ")", lower, upper, raw, true);
    }

    /**
     * The two-piece distributions, uniform in u = T(x) on [T(min), T(median)] and [T(median), T(max)] with mass 1/2
     * each (T = log, log(-x), logit for scale 0, 1, 2): raw moments by Simpson's rule in u, 20,000 intervals a piece.
     */
    private static Case twoPiece(int scale, double min, double median, double max) {
        java.util.function.DoubleUnaryOperator t = scale == 0 ? Math::log
                : scale == 1 ? x -> Math.log(-x) : x -> Math.log(x / (1 - x));
        java.util.function.DoubleUnaryOperator back = scale == 0 ? Math::exp
                : scale == 1 ? u -> -Math.exp(u) : u -> 1 / (1 + Math.exp(-u));
        double[] raw = new double[5];
        double[][] pieces = {{t.applyAsDouble(min), t.applyAsDouble(median)},
            {t.applyAsDouble(median), t.applyAsDouble(max)}};
        int m = 20000;
        for (double[] piece : pieces) {
            double h = (piece[1] - piece[0]) / m;
            for (int i = 0; i <= m; i++) {
                double w = i == 0 || i == m ? 1 : i % 2 == 1 ? 4 : 2;
                double x = back.applyAsDouble(piece[0] + i * h);
                for (int k = 0; k <= 4; k++) {
                    // mass 1/2 spread uniformly over the piece: density 1 / (2 (b - a)) in u
                    raw[k] += 0.5 * w / (3.0 * m) * Math.pow(x, k);
                }
            }
        }
        String[] names = {"twoPieceLogUniform", "twoPieceNegLogUniform", "twoPieceLogitUniform"};
        Supplier<Distribution> factory = scale == 0 ? () -> Distributions.twoPieceLogUniform(min, median, max)
                : scale == 1 ? () -> Distributions.twoPieceNegLogUniform(min, median, max)
                : () -> Distributions.twoPieceLogitUniform(min, median, max);
        return fromRaw(factory, names[scale] + "(min=" + min + ", median=" + median + ", max=" + max + ")", min, max,
                raw, true);
    }

    /**
     * A tabulated CDF: a mixture, with weights {@code p[i + 1] - p[i]}, of uniform distributions on
     * {@code [x[i], x[i + 1]]} (of log-uniform ones on {@code [10^x[i], 10^x[i + 1]]} for the log10 table).
     */
    private static Case cdfTable(boolean log10, double[] x, double[] p, double lo, double hi) {
        double[] raw = new double[5];
        for (int i = 0; i + 1 < x.length; i++) {
            double w = p[i + 1] - p[i];
            if (w == 0) {
                continue;
            }
            double[] piece = log10 ? logUniformRaw(Math.pow(10, x[i]), Math.pow(10, x[i + 1])) : new double[5];
            if (!log10) {
                for (int k = 0; k <= 4; k++) {
                    piece[k] = (Math.pow(x[i + 1], k + 1) - Math.pow(x[i], k + 1)) / ((k + 1) * (x[i + 1] - x[i]));
                }
            }
            for (int k = 0; k <= 4; k++) {
                raw[k] += w * piece[k];
            }
        }
        String text = (log10 ? "log10CdfTable(log10x=" : "cdfTable(x=") + java.util.Arrays.toString(x) + ", p="
                + java.util.Arrays.toString(p) + ")";
        Supplier<Distribution> factory = log10 ? () -> Distributions.log10CdfTable(x, p)
                : () -> Distributions.cdfTable(x, p);
        return fromRaw(factory, text, lo, hi, raw, true);
    }

    private static Case fromRaw(Supplier<Distribution> factory, String text, double lo, double hi, double[] raw,
                                boolean continuous) {
        double[] c = central(raw);
        return new Case(factory, text, lo, hi, c[0], c[1], c[2], continuous);
    }

    /** E[X^k] = (hi^k - lo^k) / (k log(hi / lo)) for the log-uniform distribution on [lo, hi]. */
    private static double[] logUniformRaw(double lo, double hi) {
        double[] raw = new double[5];
        raw[0] = 1;
        double logRatio = Math.log(hi / lo);
        for (int k = 1; k <= 4; k++) {
            raw[k] = (Math.pow(hi, k) - Math.pow(lo, k)) / (k * logRatio);
        }
        return raw;
    }

    /** E[X^k] = exp(k mu + k^2 sigma^2 / 2) for the lognormal distribution. */
    private static double[] lognormalRaw(double mu, double sigma) {
        double[] raw = new double[5];
        for (int k = 0; k <= 4; k++) {
            raw[k] = Math.exp(k * mu + 0.5 * k * k * sigma * sigma);
        }
        return raw;
    }

    /** Mean, variance and fourth central moment from the raw moments E[X^0..4]. */
    private static double[] central(double[] raw) {
        double m = raw[1];
        double var = raw[2] - m * m;
        double mu4 = raw[4] - 4 * m * raw[3] + 6 * m * m * raw[2] - 3 * m * m * m * m;
        return new double[] {m, var, mu4};
    }
}
