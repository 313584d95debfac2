package org.rsisim.cli.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.rsisim.scenario.report.Numbers;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Proportion;

/**
 * The cumulative probability of an event over time: {@code P(T <= t)} at each requested time as a line with
 * markers, and the 95 % Wilson interval at each time as a vertical bar (an interval is only known at the requested
 * times, so none is drawn between them). The censored fraction, the runs in which the event did not happen within
 * the horizon, is stated in the title and the caption; censored runs stay in the denominator.
 *
 * <p>An event with no requested times or no counted runs gives a figure that says so.
 */
final class EventCurveChart {
    /** Probabilities on the y axis: a leading zero and up to three decimals, such as 0.08 or 0.005. */
    static final String PROBABILITY_PATTERN = "0.0##";

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
        // The leading zero is always printed: 0.08, not .08.
        boolean counted = event.runs() > 0 && Double.isFinite(event.censoredFraction());
        boolean calendar = Numbers.CALENDAR_YEAR.equals(event.unit());
        String title = "Cumulative probability of " + event.name() + " by "
                + (calendar ? "date" : event.unit().isBlank() ? "time" : event.unit())
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
        if (segments.isEmpty()) {
            caption.add(provenance);
            String why = t.length == 0 ? "No data: the scenario requested no report times for this event"
                    : "No data: no counted run, so no probability to draw";
            return Figure.noData(stem, title, why, caption);
        }
        XYChart chart = ChartStyle.xyChart(title, calendar ? "Date (decimal year: 2028 is the start of 1 January 2028)"
                : ChartText.withUnit("Time", event.unit()),
                "P(" + event.name() + " by time t)");
        var styler = chart.getStyler();
        styler.setYAxisMin(0.0);
        styler.setYAxisDecimalPattern(PROBABILITY_PATTERN);
        double top = 0;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        boolean first = true;
        int k = 0;
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
            XYSeries line = ChartStyle.line(chart, first ? "P(" + event.name() + " by t), estimate" : "P #" + k++,
                    java.util.Arrays.copyOfRange(t, seg[0], seg[1]), java.util.Arrays.copyOfRange(est, seg[0], seg[1]),
                    ChartStyle.BLUE, 2f, false);
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
            values.append(j == 0 ? "" : "; ").append("by ").append(Numbers.byLabel(event.unit(), t[j])).append(": ")
                    .append(ChartText.percent(est[j])).append(" [").append(ChartText.percent(lo[j])).append(", ")
                    .append(ChartText.percent(hi[j])).append("]");
        }
        caption.add(values + ". Bars: 95 % Wilson intervals, known only at the requested times.");
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }
}
