package org.rsisim.core.stat;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Per-step bands of a series across runs, for fan charts: the mean and the 5, 25, 50, 75 and 95 % quantiles at
 * every step, with the number of runs that reached the step and the standard error of each step's mean.
 *
 * <p>Quantiles carry the relative error documented in {@link Quantiles}. A step no counted run reached has count 0
 * and NaN everywhere else.
 *
 * @param name the series' name
 * @param unit unit of its values
 * @param indexUnit unit of the index, such as {@code generation} or {@code year}
 * @param index index value of each step
 * @param count runs that recorded each step
 * @param mean mean at each step
 * @param p05 5 % quantile at each step
 * @param p25 25 % quantile at each step
 * @param p50 median at each step
 * @param p75 75 % quantile at each step
 * @param p95 95 % quantile at each step
 * @param stderr standard error of the mean at each step, {@code sqrt(s^2 / n)} with the sample variance {@code s^2}
 *        of the step's {@code n} runs, as for a metric's mean; NaN with fewer than two runs, and for experiments
 *        with antithetic pairs (whose runs are not independent; the series keep no pair statistics)
 */
public record SeriesBands(String name, String unit, String indexUnit, double[] index, long[] count, double[] mean,
                          double[] p05, double[] p25, double[] p50, double[] p75, double[] p95, double[] stderr)
        implements Serializable {

    /**
     * Bands without standard errors (every {@link #stderr()} is NaN), as read from results written before series
     * carried them.
     *
     * @param name the series' name
     * @param unit unit of its values
     * @param indexUnit unit of the index
     * @param index index value of each step
     * @param count runs that recorded each step
     * @param mean mean at each step
     * @param p05 5 % quantile at each step
     * @param p25 25 % quantile at each step
     * @param p50 median at each step
     * @param p75 75 % quantile at each step
     * @param p95 95 % quantile at each step
     */
    public SeriesBands(String name, String unit, String indexUnit, double[] index, long[] count, double[] mean,
                       double[] p05, double[] p25, double[] p50, double[] p75, double[] p95) {
        this(name, unit, indexUnit, index, count, mean, p05, p25, p50, p75, p95, nan(index.length));
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        Arrays.fill(a, Double.NaN);
        return a;
    }

    /**
     * Copies the arrays and checks that they have one entry per step.
     */
    public SeriesBands {
        index = index.clone();
        count = count.clone();
        mean = mean.clone();
        p05 = p05.clone();
        p25 = p25.clone();
        p50 = p50.clone();
        p75 = p75.clone();
        p95 = p95.clone();
        stderr = stderr.clone();
        int n = index.length;
        if (count.length != n || mean.length != n || p05.length != n || p25.length != n || p50.length != n
                || p75.length != n || p95.length != n || stderr.length != n) {
            throw new IllegalArgumentException("series " + name + ": bands differ in length");
        }
    }

    /**
     * Returns the number of steps.
     *
     * @return the length of every array
     */
    public int length() {
        return index.length;
    }

    @Override
    public double[] index() {
        return index.clone();
    }

    @Override
    public long[] count() {
        return count.clone();
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] p05() {
        return p05.clone();
    }

    @Override
    public double[] p25() {
        return p25.clone();
    }

    @Override
    public double[] p50() {
        return p50.clone();
    }

    @Override
    public double[] p75() {
        return p75.clone();
    }

    @Override
    public double[] p95() {
        return p95.clone();
    }

    @Override
    public double[] stderr() {
        return stderr.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeriesBands s && name.equals(s.name) && Arrays.equals(index, s.index)
                && Arrays.equals(count, s.count) && Arrays.equals(mean, s.mean) && Arrays.equals(p05, s.p05)
                && Arrays.equals(p25, s.p25) && Arrays.equals(p50, s.p50) && Arrays.equals(p75, s.p75)
                && Arrays.equals(p95, s.p95) && Arrays.equals(stderr, s.stderr);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(mean);
    }

    @Override
    public String toString() {
        return "SeriesBands[" + name + ", " + index.length + " steps]";
    }
}
