package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.rsisim.core.stat.Histogram;
import org.rsisim.core.stat.MetricSummary;

/**
 * The histogram of a metric across counted runs, from {@link MetricSummary#histogram()}: runs per display bin as a
 * filled outline over the bins' edges (a logarithmic value axis when the bins are equal in log10), with the median
 * and the mean as vertical lines. Runs outside the bins (below the 1 % or above the 99 % quantile) are counted in
 * the caption.
 *
 * <p>The counts behind the display bins come from buckets 1/64 of a binary octave wide, each counted whole in the
 * display bin that holds its midpoint (see {@link Histogram}). A display bin narrower than a few buckets therefore
 * receives one bucket more or less than its neighbour, which draws false spikes; adjacent display bins are merged
 * until each spans at least {@value #MIN_BUCKETS_PER_BIN} bucket widths, so that such jitter stays below about a
 * quarter of a bin's count.
 *
 * <p>A metric that no counted run recorded gives a figure that says so.
 */
final class MetricHistogramChart {
    /** Fewest engine buckets a drawn bin must span. */
    static final int MIN_BUCKETS_PER_BIN = 4;

    private MetricHistogramChart() {
    }

    /**
     * Builds the histogram of one metric.
     *
     * @param metric the metric's summary
     * @param stem the file stem
     * @param provenance the provenance caption line
     * @return the figure
     */
    static Figure of(MetricSummary metric, String stem, String provenance) {
        String title = "Distribution of " + metric.name() + " across runs";
        Histogram h = metric.histogram();
        List<String> caption = new ArrayList<>();
        double[] edges = h == null ? new double[0] : h.edges();
        long[] counts = h == null ? new long[0] : h.counts();
        boolean drawable = metric.count() > 0 && counts.length > 0;
        for (double e : edges) {
            drawable &= Double.isFinite(e);
        }
        if (!drawable) {
            caption.add(provenance);
            return Figure.noData(stem, title, "No data: no counted run recorded " + metric.name(), caption);
        }
        int merge = mergeFactor(edges);
        if (merge > 1) {
            int bins = counts.length / merge;
            double[] e = new double[bins + 1];
            long[] c = new long[bins];
            for (int j = 0; j < bins; j++) {
                e[j] = edges[j * merge];
                for (int k = 0; k < merge; k++) {
                    c[j] += counts[j * merge + k];
                }
            }
            e[bins] = edges[edges.length - 1];
            edges = e;
            counts = c;
        }
        XYChart chart = ChartStyle.xyChart(title, ChartText.withUnit(metric.name(), metric.unit()), "Runs per bin");
        chart.getStyler().setXAxisLogarithmic(h.logarithmic());
        chart.getStyler().setYAxisMin(0.0);
        int n = counts.length;
        double[] px = new double[2 * n + 2];
        double[] py = new double[2 * n + 2];
        long most = 0;
        px[0] = edges[0];
        py[0] = 0;
        for (int j = 0; j < n; j++) {
            px[1 + 2 * j] = edges[j];
            py[1 + 2 * j] = counts[j];
            px[2 + 2 * j] = edges[j + 1];
            py[2 + 2 * j] = counts[j];
            most = Math.max(most, counts[j]);
        }
        px[2 * n + 1] = edges[n];
        py[2 * n + 1] = 0;
        XYSeries bars = ChartStyle.polygon(chart, "runs per bin (" + n + " bins)", px, py,
                ChartStyle.alpha(ChartStyle.BLUE, 120), true);
        bars.setLineColor(ChartStyle.BLUE);
        bars.setLineStyle(new java.awt.BasicStroke(1f));
        double top = Math.max(1, most) * 1.08;
        chart.getStyler().setYAxisMax(top);
        double median = metric.quantiles().at(0.5);
        double mean = metric.mean().value();
        if (Double.isFinite(median) && median >= edges[0] && median <= edges[n]) {
            ChartStyle.line(chart, "median " + ChartText.number(median), new double[] {median, median},
                    new double[] {0, top}, ChartStyle.GREY, 1.8f, false);
        }
        if (Double.isFinite(mean) && mean >= edges[0] && mean <= edges[n]) {
            ChartStyle.line(chart, "mean " + ChartText.number(mean), new double[] {mean, mean},
                    new double[] {0, top}, ChartStyle.VERMILION, 1.8f, true);
        }
        caption.add("Bins span the 1 % to 99 % quantiles" + (h.logarithmic() ? " with equal widths in log10" : "")
                + (merge > 1 ? " (each merged from " + merge + " display bins, so that it spans at least "
                + MIN_BUCKETS_PER_BIN + " of the 1/64-octave buckets behind the counts)" : "")
                + "; " + h.below() + " runs below " + ChartText.number(edges[0]) + " and " + h.above()
                + " runs above " + ChartText.number(edges[n]) + " lie outside them. Mean "
                + ChartText.number(mean) + " (95 % CI " + ChartText.number(metric.mean().lower()) + " to "
                + ChartText.number(metric.mean().upper()) + "), standard deviation "
                + ChartText.number(metric.standardDeviation()) + ", over " + metric.count() + " runs.");
        if (metric.count() > 1 && metric.min() == metric.max()) {
            caption.add("Every run gave the same value, " + ChartText.number(metric.min()) + ", hence a single bar:"
                    + " no input that varies in this scenario changes " + metric.name() + ".");
        }
        caption.add(provenance);
        return Figure.of(stem, chart, null, caption);
    }

    /**
     * Returns the smallest divisor {@code m} of the number of bins such that every group of {@code m} adjacent bins
     * spans at least {@link #MIN_BUCKETS_PER_BIN} engine buckets, counting each bucket at its widest in the group
     * ({@code 2^floor(log2 |x|) / 64} at the group's largest magnitude).
     */
    static int mergeFactor(double[] edges) {
        int n = edges.length - 1;
        for (int m = 1; m < n; m++) {
            if (n % m != 0) {
                continue;
            }
            boolean wide = true;
            for (int j = 0; wide && j < n; j += m) {
                double a = edges[j];
                double b = edges[j + m];
                double magnitude = Math.max(Math.abs(a), Math.abs(b));
                double bucket = magnitude > 0 ? Math.scalb(1.0, Math.getExponent(magnitude)) / 64 : 0;
                wide = b - a >= MIN_BUCKETS_PER_BIN * bucket;
            }
            if (wide) {
                return m;
            }
        }
        return Math.max(1, n);
    }
}
