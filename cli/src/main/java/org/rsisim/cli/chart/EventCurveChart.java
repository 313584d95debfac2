package org.rsisim.cli.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Proportion;

/**
 * The cumulative probability of an event over time. When the summary has the whole curve ({@link EventCdf}), it is
 * drawn as a step function with two shaded bands: the simultaneous band (DKW), which holds for the whole curve at
 * once, and inside it the pointwise 95 % Wilson intervals. The requested times are drawn on top as markers with their
 * exact figures and Wilson intervals as vertical bars. Without the curve (a result read from an older file), the
 * requested times are joined by straight lines. The censored fraction, the runs in which the event did not happen
 * within the horizon, is stated in the title and the caption; censored runs stay in the denominator.
 *
 * <p>An event with no requested times and no curve, or no counted runs, gives a figure that says so.
 */
final class EventCurveChart {

    private EventCurveChart() {
    }

    /**
     * Builds the chart of one event.
     *
     * @param event the event's summary
     * @param stem the file stem
     * @param provenance the provenance caption line
     * @return the figure
     */
    static Figure of(EventSummary event, String stem, String provenance) {
        boolean counted = event.runs() > 0 && Double.isFinite(event.censoredFraction());
        String title = "Cumulative probability of " + event.name() + " by "
                + (event.unit().isBlank() ? "time" : event.unit())
                + (counted ? " (" + ChartText.percent(event.censoredFraction()) + " censored)" : "");
        double[] t = event.times();
        Proportion[] p = event.probabilityBy();
        List<String> caption = new ArrayList<>();
        if (counted) {
            caption.add("Censored: " + ChartText.percent(event.censoredFraction()) + " of " + event.runs()
                    + " counted runs did not reach " + event.name() + " within the horizon; they stay in the"
                    + " denominator of every probability.");
        }
        double[] est = new double[t.length];
        double[] lo = new double[t.length];
        double[] hi = new double[t.length];
        for (int j = 0; j < t.length; j++) {
            est[j] = p[j].p();
            lo[j] = p[j].lower();
            hi[j] = p[j].upper();
        }
        List<int[]> segments = t.length == 0 ? List.of() : ChartStyle.finiteSegments(t, est, lo, hi);
        EventCdf cdf = event.cdf();
        boolean curve = counted && cdf.time().length > 0 && Double.isFinite(cdf.bandHalfWidth());
        if (segments.isEmpty() && !curve) {
            caption.add(provenance);
            String why = t.length == 0 ? "No data: the scenario requested no report times for this event"
                    : "No data: no counted run, so no probability to draw";
            return Figure.noData(stem, title, why, caption);
        }
        XYChart chart = ChartStyle.xyChart(title, ChartText.withUnit("Time", event.unit()),
                "P(" + event.name() + " by time t)");
        var styler = chart.getStyler();
        styler.setYAxisMin(0.0);
        double top = 0;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        boolean first = true;
        int k = 0;
        if (curve) {
            double end = t.length > 0 ? Math.max(t[t.length - 1], last(cdf.time())) : last(cdf.time());
            double[][] band = steps(cdf.time(), cdf.bandLower(), cdf.bandUpper(), end);
            ChartStyle.polygon(chart, Math.round(100 * cdf.bandConfidence()) + " % simultaneous band ("
                    + cdf.bandKind() + ")", band[0], band[1], ChartStyle.alpha(ChartStyle.BLUE, 40), true);
            double[][] pointwise = steps(cdf.time(), cdf.lower(), cdf.upper(), end);
            ChartStyle.polygon(chart, "95 % pointwise interval (Wilson)", pointwise[0], pointwise[1],
                    ChartStyle.alpha(ChartStyle.BLUE, 80), true);
            double[][] line = steps(cdf.time(), cdf.p(), null, end);
            ChartStyle.line(chart, "P(" + event.name() + " by t)", line[0], line[1], ChartStyle.BLUE, 1.8f, false);
            double[] ct = cdf.time();
            double[] bandHi = cdf.bandUpper();
            for (int j = 0; j < ct.length; j++) {
                top = Math.max(top, bandHi[j]);
            }
            left = Math.min(left, ct[0]);
            right = Math.max(right, end);
        }
        for (int[] seg : segments) {
            for (int j = seg[0]; j < seg[1]; j++) {
                XYSeries bar = ChartStyle.line(chart, first ? "95 % confidence interval (Wilson)" : "CI #" + k++,
                        new double[] {t[j], t[j]}, new double[] {lo[j], hi[j]}, ChartStyle.alpha(ChartStyle.BLUE, 110),
                        7f, false);
                bar.setLineStyle(new BasicStroke(7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                bar.setShowInLegend(first);
                first = false;
                top = Math.max(top, hi[j]);
                left = Math.min(left, t[j]);
                right = Math.max(right, t[j]);
            }
        }
        first = true;
        for (int[] seg : segments) {
            XYSeries line = ChartStyle.line(chart, first ? (curve ? "at the requested times" : "P(" + event.name()
                    + " by t), estimate") : "P #" + k++, java.util.Arrays.copyOfRange(t, seg[0], seg[1]),
                    java.util.Arrays.copyOfRange(est, seg[0], seg[1]), ChartStyle.BLUE, 2f, false);
            if (curve) {
                line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            }
            line.setMarker(SeriesMarkers.CIRCLE);
            line.setMarkerColor(ChartStyle.BLUE);
            line.setShowInLegend(first);
            first = false;
        }
        double pad = right > left ? 0.06 * (right - left) : 0.5;
        TickLabels ticks = ChartStyle.plainXAxis(chart, right - left + 2 * pad);
        styler.setXAxisMin(left - pad);
        styler.setXAxisMax(right + pad);
        styler.setYAxisMax(top > 0.6 ? 1.0 : Math.max(0.01, top * 1.15));
        StringBuilder values = new StringBuilder("Estimates: ");
        for (int j = 0; j < t.length; j++) {
            values.append(j == 0 ? "" : "; ").append("by ").append(ChartText.index(t[j])).append(": ")
                    .append(ChartText.percent(est[j])).append(" [").append(ChartText.percent(lo[j])).append(", ")
                    .append(ChartText.percent(hi[j])).append("]");
        }
        if (curve) {
            if (t.length > 0) {
                caption.add(values + ". Markers and bars: the requested times, exact counts with 95 % Wilson"
                        + " intervals.");
            }
            caption.add("Curve: the empirical distribution over all " + event.runs() + " counted runs; light band: "
                    + Math.round(100 * cdf.bandConfidence()) + " % simultaneous band (" + cdf.bandKind() + ", +/-"
                    + ChartText.percent(cdf.bandHalfWidth()) + ") for the whole curve at once; darker band: 95 %"
                    + " pointwise Wilson intervals.");
        } else {
            caption.add(values + ". Bars: 95 % Wilson intervals, known only at the requested times.");
        }
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }

    private static double last(double[] a) {
        return a[a.length - 1];
    }

    /**
     * The step function through the points {@code (t[j], y[j])}, 0 before the first time and flat after each point
     * up to {@code end}: as a line if {@code upper} is null, else as the polygon between {@code y} and
     * {@code upper}.
     */
    private static double[][] steps(double[] t, double[] y, double[] upper, double end) {
        int n = t.length;
        int m = 2 * n + 1;
        double[] x = new double[m];
        double[] lo = new double[m];
        double[] hi = new double[m];
        x[0] = t[0];
        for (int j = 0; j < n; j++) {
            x[2 * j + 1] = t[j];
            x[2 * j + 2] = j + 1 < n ? t[j + 1] : Math.max(end, t[j]);
            lo[2 * j + 1] = y[j];
            lo[2 * j + 2] = y[j];
            hi[2 * j + 1] = upper == null ? 0 : upper[j];
            hi[2 * j + 2] = upper == null ? 0 : upper[j];
        }
        if (upper == null) {
            return new double[][] {x, lo};
        }
        double[] px = new double[2 * m];
        double[] py = new double[2 * m];
        for (int i = 0; i < m; i++) {
            px[i] = x[i];
            py[i] = hi[i];
            px[2 * m - 1 - i] = x[i];
            py[2 * m - 1 - i] = lo[i];
        }
        return new double[][] {px, py};
    }
}
