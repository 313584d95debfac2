package org.rsisim.core;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.internal.StatAccumulator;
import org.rsisim.core.internal.Tally;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Histogram;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/**
 * Turns the merged tally of an experiment into its {@link Result}: the summaries of its observed metrics, events and
 * series, and the manifest. The {@link Engine} schedules runs and merges tallies; this class does the rest, once per
 * result, on the calling thread. A pure function of its arguments, so a result assembled from parts merged on
 * several machines has the same bits as one from a single engine.
 *
 * <p>What each summary holds:
 * <ul>
 *   <li>a metric: its mean (with antithetic pairs, the standard error of the pair averages), standard deviation,
 *       minimum and maximum, the quantiles at {@link Quantiles#standardLevels()}, and a histogram of
 *       {@value #HISTOGRAM_BINS} bins between its 1 % and 99 % quantiles (see {@link #histogram});</li>
 *   <li>an event: the probability by each requested time with its interval ({@link #probability}), the share of
 *       censored runs, the quantiles and mean of the time of the runs that reached it, shifted by its origin;</li>
 *   <li>a series: per step, the count, the mean and the quantiles at {@link #SERIES_BAND_LEVELS}.</li>
 * </ul>
 * Not API: package-private.
 */
final class ResultAssembly {
    /**
     * Bins of a metric's histogram between its 1 % and 99 % quantiles (runs outside them are counted as below and
     * above): enough to show the shape of a distribution in a report, few enough that each bin of a run of
     * thousands holds tens of runs.
     */
    static final int HISTOGRAM_BINS = 40;
    /**
     * The histogram's bins are spaced on a log scale when its range is positive and spans more than this ratio
     * (two orders of magnitude), on a linear scale otherwise.
     */
    static final double LOG_BINS_RATIO = 100;
    /**
     * The quantile levels of a series' bands per step: the median, the 25-75 % band and the 5-95 % band drawn by a
     * fan chart. {@link SeriesBands} keeps one array per level, in this order.
     */
    static final double[] SERIES_BAND_LEVELS = {0.05, 0.25, 0.5, 0.75, 0.95};

    private ResultAssembly() {
    }

    /**
     * Assembles the result of an experiment from its merged tally.
     *
     * @param experiment the experiment the tally belongs to
     * @param total the tally merged over every block run so far
     * @param partial whether some runs were not run (cancellation, or parts missing)
     * @param seconds wall time, for the manifest
     * @param convergence the precision target's state, or {@code null} without a target
     * @param threads workers that ran the blocks, for the manifest
     * @return the result
     */
    static Result assemble(Experiment experiment, Tally total, boolean partial, double seconds,
                           Result.Convergence convergence, int threads) {
        Model model = experiment.model();
        List<Observable> observables = model.observables();
        double[][] requestedTimes = experiment.requestedTimesByIndex();
        long runs = experiment.runs();
        int blockSize = experiment.blockSize();
        double[] levels = Quantiles.standardLevels();
        Map<String, MetricSummary> metrics = new LinkedHashMap<>();
        Map<String, EventSummary> events = new LinkedHashMap<>();
        Map<String, SeriesBands> series = new LinkedHashMap<>();
        long completed = total.completed();
        boolean[] observed = experiment.observedByIndex();
        for (int i = 0; i < observables.size(); i++) {
            Observable o = observables.get(i);
            if (!observed[i]) {
                continue;
            }
            switch (o.kind()) {
                case METRIC -> {
                    StatAccumulator a = total.metric(i);
                    double[] q = new double[levels.length];
                    a.quantiles(levels, q);
                    long pairs = total.pairMetric(i) == null ? 0 : total.pairMetric(i).count();
                    metrics.put(o.name(), new MetricSummary(o.name(), o.unit(), a.count(), mean(total, i),
                            Math.sqrt(a.variance()), a.min(), a.max(), quantiles(a, levels, q, pairs, 0),
                            histogram(a, q[0], q[q.length - 1])));
                }
                case EVENT -> {
                    StatAccumulator a = total.eventTime(i);
                    double[] q = new double[levels.length];
                    a.quantiles(levels, q);
                    // the event times of a pair are not independent either; which runs with the event form complete
                    // pairs is not kept, so the interval treats them all as paired, which only widens it
                    long pairs = total.pairEventHalves(i) == null ? 0 : a.count() / 2;
                    Quantiles timeQuantiles = quantiles(a, levels, q, pairs, o.origin());
                    double[] times = requestedTimes[i];
                    Proportion[] by = new Proportion[times.length];
                    for (int j = 0; j < times.length; j++) {
                        by[j] = probability(total, i, j);
                    }
                    Estimate m = mean(a);
                    Estimate meanTime = Estimate.ofMean(m.value() + o.origin(), m.stderr());
                    double censored = completed == 0 ? Double.NaN
                            : (double) (completed - a.count()) / completed;
                    events.put(o.name(), new EventSummary(o.name(), o.unit(), completed, a.count(), times, by,
                            censored, timeQuantiles, meanTime, cdf(a, completed, total.pairEventHalves(i) == null ? 0
                            : total.completedPairs(), o.origin())));
                }
                case SERIES -> series.put(o.name(), bands(total, i, o, experiment.antithetic()));
                default -> throw new IllegalStateException(o.kind().toString());
            }
        }
        long executed = completed + total.diverged() + total.failed();
        Manifest manifest = new Manifest(Manifest.libraryVersion(), model.name(), experiment.name(),
                experiment.hash(), experiment.seed(), executed, runs, threads, blockSize, seconds, partial);
        return new Result(manifest, metrics, events, series, completed, total.diverged(), total.failed(),
                total.divergedAtStep(), total.failures(), convergence, total.rejectedDraws());
    }

    /**
     * Quantiles with their distribution-free {@value Quantiles#CONFIDENCE} intervals (see {@link Quantiles}), every
     * figure shifted by {@code origin} (0 for a metric).
     */
    private static Quantiles quantiles(StatAccumulator a, double[] levels, double[] q, long pairs, double origin) {
        double[] lower = new double[levels.length];
        double[] upper = new double[levels.length];
        a.quantileBounds(levels, Quantiles.CONFIDENCE, pairs, lower, upper);
        if (origin != 0) {
            for (int k = 0; k < q.length; k++) {
                q[k] += origin;
                lower[k] += origin;
                upper[k] += origin;
            }
        }
        return new Quantiles(levels, q, lower, upper, Quantiles.CONFIDENCE);
    }

    /**
     * An event's whole curve from its event-time histogram: one point per non-empty bucket, {@code P(T <= t)} over
     * all {@code runs} counted runs, Wilson's interval per point (with {@code pairs > 0}, with the pairs as the number
     * of trials) and the DKW band (see {@link EventCdf}).
     */
    static EventCdf cdf(StatAccumulator a, long runs, long pairs, double origin) {
        if (runs == 0) {
            return EventCdf.empty();
        }
        int[] size = new int[1];
        a.steps((value, upper, exact, count) -> size[0]++);
        int n = size[0];
        double[] time = new double[n];
        double[] p = new double[n];
        double[] lo = new double[n];
        double[] hi = new double[n];
        long[] cumulative = new long[1];
        int[] j = new int[1];
        double trials = pairs > 0 ? pairs : runs;
        a.steps((value, upper, exact, count) -> {
            cumulative[0] += count;
            int k = j[0]++;
            time[k] = (exact ? value : upper) + origin;
            double f = (double) cumulative[0] / runs;
            p[k] = f;
            double[] w = wilson(f, trials);
            lo[k] = cumulative[0] == 0 ? 0 : w[0];
            hi[k] = cumulative[0] == runs ? 1 : w[1];
        });
        double eps = pairs > 0 ? EventCdf.pairedHalfWidth(runs, pairs, Quantiles.CONFIDENCE)
                : EventCdf.dkwHalfWidth(runs, Quantiles.CONFIDENCE);
        return new EventCdf(time, p, lo, hi, pairs > 0 ? EventCdf.DKW_PAIRS : EventCdf.DKW, Quantiles.CONFIDENCE,
                eps);
    }

    /** Wilson's 95 % interval for the fraction {@code p} of {@code n} trials (Wilson 1927). */
    private static double[] wilson(double p, double n) {
        double z = Estimate.Z95;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /**
     * The bands of series {@code i}: per step, its count, mean, quantiles at {@link #SERIES_BAND_LEVELS} and the
     * standard error of the mean (NaN with antithetic pairs, whose runs are not independent).
     */
    private static SeriesBands bands(Tally total, int i, Observable o, boolean antithetic) {
        int n = o.length();
        int bandCount = SERIES_BAND_LEVELS.length;
        double[] index = new double[n];
        long[] count = new long[n];
        double[] mean = new double[n];
        double[] stderr = new double[n];
        double[][] q = new double[bandCount][n];
        double[] out = new double[bandCount];
        for (int k = 0; k < n; k++) {
            StatAccumulator a = total.series(i, k);
            index[k] = o.indexAt(k);
            count[k] = a.count();
            mean[k] = a.mean();
            stderr[k] = antithetic ? Double.NaN : mean(a).stderr();
            a.quantiles(SERIES_BAND_LEVELS, out);
            for (int j = 0; j < bandCount; j++) {
                q[j][k] = out[j];
            }
        }
        return new SeriesBands(o.name(), o.unit(), o.indexUnit(), index, count, mean, q[0], q[1], q[2], q[3],
                q[4], stderr);
    }

    /**
     * A metric's histogram: {@value #HISTOGRAM_BINS} bins from its 1 % quantile {@code p01} to its 99 % quantile
     * {@code p99}, log-spaced if the range is positive and spans more than {@value #LOG_BINS_RATIO} times, with the
     * runs below and above counted apart. If the quantiles coincide the range is the minimum to the maximum; if
     * those coincide too, one bin padded by 1 % of the value (0.5 around zero). No runs give one empty bin [0, 1].
     */
    private static Histogram histogram(StatAccumulator a, double p01, double p99) {
        int bins = HISTOGRAM_BINS;
        if (a.count() == 0) {
            return new Histogram(new double[] {0, 1}, new long[1], 0, 0, false);
        }
        double lo = p01;
        double hi = p99;
        if (!(hi > lo)) {
            lo = a.min();
            hi = a.max();
        }
        if (!(hi > lo)) {
            double pad = lo == 0 ? 0.5 : Math.abs(lo) * 0.01;
            lo -= pad;
            hi += pad;
            bins = 1;
        }
        boolean log = lo > 0 && hi / lo > LOG_BINS_RATIO;
        double[] edges = new double[bins + 1];
        for (int j = 0; j <= bins; j++) {
            double f = (double) j / bins;
            edges[j] = log ? Math.pow(10, Math.log10(lo) + f * (Math.log10(hi) - Math.log10(lo)))
                    : lo + f * (hi - lo);
        }
        edges[0] = lo;
        edges[bins] = hi;
        long[] out = new long[bins + 2];
        a.binCounts(edges, out);
        return new Histogram(edges, Arrays.copyOf(out, bins), out[bins], out[bins + 1], log);
    }

    /**
     * The probability of an event by its {@code j}-th requested time over all completed runs: Wilson's interval, or
     * with antithetic pairs the interval of the pairs' effective number of trials.
     */
    static Proportion probability(Tally total, int event, int j) {
        long successes = total.eventByTime(event)[j];
        long[] halves = total.pairEventHalves(event);
        if (halves == null) {
            return Proportion.wilson(successes, total.completed());
        }
        return Proportion.antitheticPairs(successes, total.completed(), total.completedPairs(), halves[j],
                total.pairEventBoths(event)[j]);
    }

    /**
     * A metric's mean over all completed runs; with antithetic pairs its standard error comes from the pair
     * averages, {@code sd(P) / sqrt(pairs)}, since the runs of a pair are not independent.
     */
    static Estimate mean(Tally total, int metric) {
        StatAccumulator a = total.metric(metric);
        StatAccumulator pairs = total.pairMetric(metric);
        if (pairs == null) {
            return mean(a);
        }
        long n = pairs.count();
        double se = n < 2 ? Double.NaN : Math.sqrt(pairs.variance() / n);
        return Estimate.ofMean(a.mean(), se);
    }

    private static Estimate mean(StatAccumulator a) {
        long n = a.count();
        double m = a.mean();
        double se = n < 2 ? Double.NaN : Math.sqrt(a.variance() / n);
        return Estimate.ofMean(m, se);
    }
}
