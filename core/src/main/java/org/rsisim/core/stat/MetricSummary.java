package org.rsisim.core.stat;

import java.io.Serializable;

/**
 * The summary of a metric over the counted runs: mean with its standard error and 95 % interval, standard
 * deviation, exact minimum and maximum, and quantiles.
 *
 * @param name the metric's name
 * @param unit its unit
 * @param count number of runs that recorded it (diverged and failed runs excluded)
 * @param mean the mean with its Monte Carlo error; NaN when {@code count == 0}
 * @param standardDeviation the sample standard deviation (divisor {@code count - 1}); NaN below two values
 * @param min the smallest value; NaN when {@code count == 0}
 * @param max the largest value; NaN when {@code count == 0}
 * @param quantiles quantiles with the relative error documented in {@link Quantiles}
 * @param histogram counts in display bins, for charts
 */
public record MetricSummary(String name, String unit, long count, Estimate mean, double standardDeviation,
                            double min, double max, Quantiles quantiles,
                            Histogram histogram) implements Serializable {
}
