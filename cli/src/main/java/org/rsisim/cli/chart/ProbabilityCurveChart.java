package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.rsisim.core.stat.SeriesBands;

/**
 * The chart of a series whose runs record (nearly) only 0 or 1 at each step, such as {@code sie}'s
 * {@code years_compressed_curve} (1 when the run compressed at least that many years of progress into one year, 0
 * when not, a fraction only at the step where it crosses, interpolated between whole doublings): its mean at each
 * step is a share of runs, a probability, drawn as a line over the index with its 95 % confidence interval at every
 * point (mean &plusmn; 1.96 standard errors of the step, cut to [0, 1]) as a shaded band. A fan chart of such a
 * series would only show bands jumping between 0 and 1.
 *
 * <p>Without standard errors (antithetic pairs, or a result written before series carried them) the line is drawn
 * alone and the caption says why.
 */
final class ProbabilityCurveChart {
    private static final double Z95 = 1.959963984540054;

    private ProbabilityCurveChart() {
    }

    /**
     * Tells whether a series is drawn as a probability curve: its unit is {@code 1}, its mean and quantiles lie in
     * [0, 1] at every reached step, and at no fewer than 90 % of the reached steps all five quantiles (5 % to 95 %) are
     * exactly 0 or 1, so that a fan chart would show nothing but bands jumping between the two.
     *
     * @param bands the series' bands
     * @return whether {@link #of} should draw it instead of a fan chart
     */
    static boolean applies(SeriesBands bands) {
        if (!"1".equals(bands.unit().trim())) {
            return false;
        }
        double[][] q = {bands.p05(), bands.p25(), bands.p50(), bands.p75(), bands.p95()};
        double[] mean = bands.mean();
        long[] count = bands.count();
        int reached = 0;
        int binary = 0;
        for (int k = 0; k < mean.length; k++) {
            if (count[k] == 0) {
                continue;
            }
            reached++;
            if (!(mean[k] >= 0 && mean[k] <= 1)) {
                return false;
            }
            boolean allBinary = true;
            for (double[] a : q) {
                if (!(a[k] >= 0 && a[k] <= 1)) {
                    return false;
                }
                allBinary &= a[k] == 0 || a[k] == 1;
            }
            binary += allBinary ? 1 : 0;
        }
        return reached > 0 && binary >= 0.9 * reached;
    }

    /**
     * Builds the chart of one indicator series.
     *
     * @param bands the series' bands
     * @param stem the file stem
     * @param provenance the provenance caption line
     * @return the figure
     */
    static Figure of(SeriesBands bands, String stem, String provenance) {
        String indexName = bands.indexUnit().isBlank() ? "step" : bands.indexUnit();
        String title = "Share of runs: mean of " + bands.name() + " by " + indexName + ", with 95 % intervals";
        double[] x = bands.index();
        double[] mean = bands.mean();
        double[] se = bands.stderr();
        double[] lo = new double[x.length];
        double[] hi = new double[x.length];
        for (int k = 0; k < x.length; k++) {
            lo[k] = Math.max(0, mean[k] - Z95 * se[k]);
            hi[k] = Math.min(1, mean[k] + Z95 * se[k]);
        }
        List<String> caption = new ArrayList<>();
        List<int[]> segments = ChartStyle.finiteSegments(x, mean);
        if (segments.isEmpty()) {
            caption.add(provenance);
            return Figure.noData(stem, title, "No data: no counted run recorded any step of " + bands.name(),
                    caption);
        }
        XYChart chart = ChartStyle.xyChart(title, ChartText.capitalise(indexName),
                "Share of runs (mean of " + bands.name() + ")");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        double left = x[segments.get(0)[0]];
        double right = x[segments.get(segments.size() - 1)[1] - 1];
        TickLabels ticks = ChartStyle.plainXAxis(chart, Math.max(1, right - left));
        boolean withInterval = !ChartStyle.finiteSegments(x, lo, hi).isEmpty();
        boolean first = true;
        int k = 0;
        for (int[] seg : ChartStyle.finiteSegments(x, lo, hi)) {
            double[] sx = Arrays.copyOfRange(x, seg[0], seg[1]);
            double[] px = new double[2 * sx.length];
            double[] py = new double[2 * sx.length];
            for (int i = 0; i < sx.length; i++) {
                px[i] = sx[i];
                py[i] = hi[seg[0] + i];
                px[px.length - 1 - i] = sx[i];
                py[px.length - 1 - i] = lo[seg[0] + i];
            }
            ChartStyle.polygon(chart, first ? "95 % confidence interval" : "CI #" + k++, px, py,
                    ChartStyle.alpha(ChartStyle.BLUE, 80), first);
            first = false;
        }
        first = true;
        for (int[] seg : segments) {
            ChartStyle.line(chart, first ? "share of runs (mean)" : "mean #" + k++,
                    Arrays.copyOfRange(x, seg[0], seg[1]), Arrays.copyOfRange(mean, seg[0], seg[1]),
                    ChartStyle.BLUE, 2.2f, false).setShowInLegend(first);
            first = false;
        }
        if (left == right) {
            chart.getStyler().setXAxisMin(left - 1);
            chart.getStyler().setXAxisMax(right + 1);
        }
        int last = segments.get(segments.size() - 1)[1] - 1;
        int mid = segments.get(0)[0] + (last - segments.get(0)[0]) / 2;
        StringBuilder values = new StringBuilder();
        for (int i : new int[] {segments.get(0)[0], mid, last}) {
            values.append(values.length() == 0 ? "At " : "; at ").append(ChartText.number(x[i])).append(": ")
                    .append(ChartText.percent(mean[i]));
            if (Double.isFinite(lo[i]) && Double.isFinite(hi[i])) {
                values.append(" [").append(ChartText.percent(lo[i])).append(", ").append(ChartText.percent(hi[i]))
                        .append("]");
            }
        }
        caption.add("Line: the mean of " + bands.name() + " over " + bands.count()[segments.get(0)[0]]
                + " counted runs at each step (" + indexName + "); its runs record 0 or 1 (a fraction only where a run"
                + " crosses), so the mean is the share of runs with 1. "
                + (withInterval ? "Band: its 95 % confidence interval at each point, mean \u00b1 1.96 standard "
                + "errors, cut to [0, 1]." : "No interval: this result carries no standard errors for the series "
                + "(antithetic pairs, or a result written before series had them).") + " " + values + ".");
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }
}
