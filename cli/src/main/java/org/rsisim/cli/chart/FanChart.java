package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.rsisim.core.stat.SeriesBands;

/**
 * The fan chart of a series: over its index (generations or years), the median across runs as a solid line, the
 * mean as a dashed line, and the 25-75 % and 5-95 % bands shaded around them.
 *
 * <p>Steps that no counted run reached (count 0, NaN bands) are left as gaps; a series with no finite step at all
 * gives a figure that says so instead of axes around nothing. The value axis is logarithmic when every band value
 * is positive and they span more than three orders of magnitude.
 */
final class FanChart {

    private FanChart() {
    }

    /**
     * Builds the fan chart of one series.
     *
     * @param bands the series' bands
     * @param stem the file stem
     * @param provenance the provenance caption line
     * @return the figure
     */
    static Figure of(SeriesBands bands, String stem, String provenance) {
        String indexName = bands.indexUnit().isBlank() ? "step" : bands.indexUnit();
        String title = "Fan chart of " + bands.name() + " by " + indexName;
        double[] x = bands.index();
        double[] p05 = bands.p05();
        double[] p25 = bands.p25();
        double[] p50 = bands.p50();
        double[] p75 = bands.p75();
        double[] p95 = bands.p95();
        double[] mean = bands.mean();
        long[] count = bands.count();
        List<int[]> segments = ChartStyle.finiteSegments(x, p05, p25, p50, p75, p95);
        List<String> caption = new ArrayList<>();
        if (segments.isEmpty()) {
            caption.add(provenance);
            return Figure.noData(stem, title, "No data: no counted run recorded any step of " + bands.name(),
                    caption);
        }
        XYChart chart = ChartStyle.xyChart(title, ChartText.capitalise(indexName),
                ChartText.withUnit(bands.name(), bands.unit()));
        double step = x.length > 1 ? Math.abs(x[1] - x[0]) : 1;
        TickLabels ticks = ChartStyle.plainXAxis(chart, Math.max(2 * step, span(x, segments)));
        boolean first = true;
        int blank = 0;
        for (long c : count) {
            blank += c == 0 ? 1 : 0;
        }
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int[] seg : segments) {
            double[] sx = sliceIndex(x, seg, step);
            double[][] outer = band(sx, slice(p05, seg), slice(p95, seg));
            double[][] inner = band(sx, slice(p25, seg), slice(p75, seg));
            ChartStyle.polygon(chart, first ? "5\u201395 % of runs" : "5\u201395 % #" + k, outer[0], outer[1],
                    ChartStyle.alpha(ChartStyle.BLUE, 55), first);
            ChartStyle.polygon(chart, first ? "25\u201375 % of runs" : "25\u201375 % #" + k, inner[0], inner[1],
                    ChartStyle.alpha(ChartStyle.BLUE, 95), first);
            ChartStyle.line(chart, first ? "median" : "median #" + k, sx, slice(p50, seg), ChartStyle.BLUE,
                    2.2f, false).setShowInLegend(first);
            k++;
            first = false;
            for (int i = seg[0]; i < seg[1]; i++) {
                lowest = Math.min(lowest, p05[i]);
                highest = Math.max(highest, p95[i]);
            }
        }
        first = true;
        for (int[] seg : ChartStyle.finiteSegments(x, mean)) {
            ChartStyle.line(chart, first ? "mean" : "mean #" + k, sliceIndex(x, seg, step), slice(mean, seg),
                    ChartStyle.VERMILION, 1.6f, true).setShowInLegend(first);
            first = false;
            k++;
            for (int i = seg[0]; i < seg[1]; i++) {
                lowest = Math.min(lowest, mean[i]);
                highest = Math.max(highest, mean[i]);
            }
        }
        double firstIndex = x[segments.get(0)[0]];
        double lastIndex = x[segments.get(segments.size() - 1)[1] - 1];
        if (firstIndex == lastIndex) {
            chart.getStyler().setXAxisMin(firstIndex - step);
            chart.getStyler().setXAxisMax(firstIndex + step);
        }
        if (lowest > 0 && highest / lowest > 1e3) {
            chart.getStyler().setYAxisLogarithmic(true);
        }
        caption.add("Shaded: the 5\u201395 % and 25\u201375 % ranges of " + bands.name() + " across counted runs at each "
                + indexName + "; solid line: median; dashed line: mean. Quantiles carry a relative error of at most "
                + "0.78 %." + (blank > 0 ? " " + blank + " of " + x.length + " steps were reached by no counted run "
                + "and are left blank." : "") + (chart.getStyler().isYAxisLogarithmic() ? " Logarithmic value axis."
                : ""));
        long[] reached = bands.count();
        int firstReached = -1;
        int lastReached = -1;
        for (int i = 0; i < reached.length; i++) {
            if (reached[i] > 0) {
                lastReached = i;
                firstReached = firstReached < 0 ? i : firstReached;
            }
        }
        if (firstReached >= 0 && reached[lastReached] < reached[firstReached]) {
            double[] index = bands.index();
            caption.add(String.format(java.util.Locale.ROOT, "Runs behind each step: %,d at %s %s, falling to %,d at "
                    + "%s %s, as runs end earlier; each band is over the runs that reached its step.",
                    reached[firstReached], indexName, ChartText.index(index[firstReached]), reached[lastReached], indexName,
                    ChartText.index(index[lastReached])));
        }
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }

    /**
     * Returns the values of a segment; a one-step segment is repeated so that, with {@link #sliceIndex}, it becomes
     * a short flat piece that stays visible.
     */
    private static double[] slice(double[] a, int[] seg) {
        if (seg[1] - seg[0] == 1) {
            return new double[] {a[seg[0]], a[seg[0]]};
        }
        return java.util.Arrays.copyOfRange(a, seg[0], seg[1]);
    }

    /** Returns the index values of a segment; a one-step segment is widened to a fifth of a step either side. */
    private static double[] sliceIndex(double[] x, int[] seg, double step) {
        if (seg[1] - seg[0] == 1) {
            return new double[] {x[seg[0]] - step / 5, x[seg[0]] + step / 5};
        }
        return java.util.Arrays.copyOfRange(x, seg[0], seg[1]);
    }

    /** Returns the width of the drawn part of the index. */
    private static double span(double[] x, List<int[]> segments) {
        double first = x[segments.get(0)[0]];
        double last = x[segments.get(segments.size() - 1)[1] - 1];
        return Math.max(1, Math.abs(last - first));
    }

    /** Returns the polygon {x forward then backward, upper forward then lower backward} of a band. */
    private static double[][] band(double[] x, double[] lower, double[] upper) {
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            px[i] = x[i];
            py[i] = upper[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = lower[i];
        }
        return new double[][] {px, py};
    }
}
