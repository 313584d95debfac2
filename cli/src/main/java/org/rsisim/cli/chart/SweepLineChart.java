package org.rsisim.cli.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rsisim.scenario.report.Numbers;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.scenario.report.SweepKeys;
import org.rsisim.scenario.report.SweepPoint;

/**
 * The chart of a sweep over one parameter or setting: the first key estimate of the sweep table ({@link SweepKeys})
 * against the swept value, as a line through the points with each point's 95 % interval as a bar. A tornado chart
 * of one bar would hide how the estimate moves between the values; with common random numbers the points differ
 * by the swept value alone. Stateless.
 */
final class SweepLineChart {
    private SweepLineChart() {
    }

    /**
     * Builds the chart when the sweep varies exactly one name.
     *
     * @param ctx the report context
     * @param stem the file stem
     * @param provenance the provenance caption line
     * @return the figure, or empty if the sweep varies more than one name or the result has no key estimate
     */
    static Optional<Figure> of(ReportContext ctx, String stem, String provenance) {
        List<SweepPoint> points = new ArrayList<>(ctx.sweep());
        if (points.isEmpty() || points.stream().map(SweepPoint::parameter).distinct().count() != 1) {
            return Optional.empty();
        }
        List<SweepKeys.Key> keys = SweepKeys.keys(ctx.result());
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        SweepKeys.Key key = keys.get(0);
        String parameter = points.get(0).parameter();
        points.sort(Comparator.comparingDouble(SweepPoint::value));
        List<double[]> finite = new ArrayList<>();
        for (SweepPoint p : points) {
            double[] v = key.valueAndHalfWidth().apply(p.result());
            if (Double.isFinite(p.value()) && Double.isFinite(v[0])) {
                finite.add(new double[] {p.value(), v[0], Double.isFinite(v[1]) ? v[1] : 0});
            }
        }
        String title = key.heading() + " against " + parameter;
        List<String> caption = new ArrayList<>();
        if (finite.isEmpty()) {
            caption.add(provenance);
            return Optional.of(Figure.noData(stem, title, "No data: no sweep point gave a finite " + key.heading(),
                    caption));
        }
        int n = finite.size();
        double[] x = new double[n];
        double[] y = new double[n];
        XYChart chart = ChartStyle.xyChart(title, parameter, key.heading());
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        StringBuilder values = new StringBuilder("Estimates (95 % interval): ");
        for (int i = 0; i < n; i++) {
            double[] f = finite.get(i);
            x[i] = f[0];
            y[i] = f[1];
            left = Math.min(left, f[0]);
            right = Math.max(right, f[0]);
            XYSeries bar = ChartStyle.line(chart, i == 0 ? "95 % confidence interval" : "CI #" + i,
                    new double[] {f[0], f[0]}, new double[] {f[1] - f[2], f[1] + f[2]},
                    ChartStyle.alpha(ChartStyle.BLUE, 110), 7f, false);
            bar.setLineStyle(new BasicStroke(7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            bar.setShowInLegend(i == 0);
            values.append(i == 0 ? "" : "; ").append(parameter).append(" = ").append(Numbers.plain(f[0]))
                    .append(": ").append(ChartText.number(f[1])).append(" +/- ").append(ChartText.number(f[2]));
        }
        XYSeries line = ChartStyle.line(chart, key.heading() + ", estimate", x, y, ChartStyle.BLUE, 2f, false);
        line.setMarker(SeriesMarkers.CIRCLE);
        line.setMarkerColor(ChartStyle.BLUE);
        double pad = right > left ? 0.06 * (right - left) : 0.5;
        chart.getStyler().setXAxisMin(left - pad);
        chart.getStyler().setXAxisMax(right + pad);
        caption.add(values + ". Each point runs the scenario with " + parameter + " held at that value, on the same "
                + "random numbers (common random numbers), so the points differ by the swept value alone.");
        caption.add(provenance);
        return Optional.of(Figure.of(stem, chart, null, caption));
    }
}
