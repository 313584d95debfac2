package org.rsisim.cli.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.scenario.report.SweepPoint;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;

/**
 * The tornado chart of a sweep: for each swept parameter, a horizontal bar spanning the range of one estimate over
 * the parameter's swept values, with markers at its lowest and highest value, around a vertical line at the base
 * scenario's estimate. Parameters are sorted by the width of their range, widest at the top.
 *
 * <p>The estimate is the mean of the result's first metric, or, in a model without metrics, the probability of its
 * first event by the last requested time; the title names it. Sweep points whose estimate is NaN are left out, and
 * a parameter with no finite estimate is left out with a note in the caption.
 */
final class TornadoChart {

    private TornadoChart() {
    }

    /**
     * The estimate a tornado chart compares across a sweep.
     *
     * @param label what it is, such as {@code mean capability}
     * @param unit its unit
     * @param value reads it from a result; NaN when the result lacks it
     */
    record Measure(String label, String unit, ToDoubleFunction<Result> value) {
    }

    /**
     * Chooses the estimate to compare: the mean of the first metric, else the probability of the first event (that
     * has report times) by its last report time.
     *
     * @param base the base result
     * @return the measure, or empty if the result has neither
     */
    static Optional<Measure> measure(Result base) {
        for (MetricSummary m : base.metrics().values()) {
            String name = m.name();
            return Optional.of(new Measure("mean " + name, m.unit(), r -> {
                MetricSummary s = r.metrics().get(name);
                return s == null ? Double.NaN : s.mean().value();
            }));
        }
        for (EventSummary e : base.events().values()) {
            double[] times = e.times();
            if (times.length == 0) {
                continue;
            }
            String name = e.name();
            double t = times[times.length - 1];
            return Optional.of(new Measure("P(" + name + " by " + org.rsisim.scenario.report.Numbers.byLabel(e.unit(), t) + ")", "probability", r -> {
                EventSummary s = r.events().get(name);
                if (s == null) {
                    return Double.NaN;
                }
                double[] ts = s.times();
                for (int j = 0; j < ts.length; j++) {
                    if (ts[j] == t) {
                        return s.probabilityBy()[j].p();
                    }
                }
                return Double.NaN;
            }));
        }
        return Optional.empty();
    }

    /**
     * Builds the tornado chart of a context's sweep.
     *
     * @param ctx the report context
     * @param stem the file stem
     * @param provenance the provenance caption line
     * @return the figure, or empty if nothing was swept or the result has no metric and no event with times
     */
    static Optional<Figure> of(ReportContext ctx, String stem, String provenance) {
        if (ctx.sweep().isEmpty()) {
            return Optional.empty();
        }
        Optional<Measure> chosen = measure(ctx.result());
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        Measure measure = chosen.get();
        String title = "Sensitivity of " + measure.label() + " to the swept parameters";
        Map<String, List<SweepPoint>> byParameter = new LinkedHashMap<>();
        for (SweepPoint p : ctx.sweep()) {
            byParameter.computeIfAbsent(p.parameter(), k -> new ArrayList<>()).add(p);
        }
        List<Bar> bars = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Map.Entry<String, List<SweepPoint>> e : byParameter.entrySet()) {
            Bar bar = Bar.of(e.getKey(), e.getValue(), measure);
            if (bar == null) {
                skipped.add(e.getKey());
            } else {
                bars.add(bar);
            }
        }
        double base = measure.value().applyAsDouble(ctx.result());
        List<String> caption = new ArrayList<>();
        if (bars.isEmpty()) {
            caption.add(provenance);
            return Optional.of(Figure.noData(stem, title, "No data: no sweep point gave a finite "
                    + measure.label(), caption));
        }
        bars.sort(Comparator.comparingDouble(Bar::width));
        XYChart chart = ChartStyle.xyChart(title, ChartText.withUnit(ChartText.capitalise(measure.label()),
                measure.unit()), "Swept parameter (named above its bar)");
        var styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setPlotGridHorizontalLinesVisible(false);
        styler.setYAxisMin(-0.7);
        styler.setYAxisMax(bars.size() - 0.3);
        styler.setYAxisTicksVisible(false);
        styler.setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        styler.setAnnotationTextFontColor(java.awt.Color.BLACK);
        int n = bars.size();
        double[] lowX = new double[n];
        double[] highX = new double[n];
        double[] ys = new double[n];
        double left = Double.isFinite(base) ? base : Double.POSITIVE_INFINITY;
        double right = Double.isFinite(base) ? base : Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            ChartStyle.polygon(chart, i == 0 ? "range over the swept values" : "range #" + i,
                    new double[] {b.min(), b.max(), b.max(), b.min()},
                    new double[] {i - 0.22, i - 0.22, i + 0.22, i + 0.22}, ChartStyle.alpha(ChartStyle.BLUE, 70),
                    i == 0);
            lowX[i] = b.atLowest();
            highX[i] = b.atHighest();
            ys[i] = i;
            left = Math.min(left, b.min());
            right = Math.max(right, b.max());
        }
        XYSeries low = chart.addSeries("at the lowest swept value", lowX, ys);
        low.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        low.setMarker(SeriesMarkers.CIRCLE);
        low.setMarkerColor(ChartStyle.BLUE);
        XYSeries high = chart.addSeries("at the highest swept value", highX, ys);
        high.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        high.setMarker(SeriesMarkers.DIAMOND);
        high.setMarkerColor(ChartStyle.VERMILION);
        if (Double.isFinite(base)) {
            ChartStyle.line(chart, "base scenario " + ChartText.number(base), new double[] {base, base},
                    new double[] {-0.7, n - 0.3}, ChartStyle.GREY, 1.5f, true);
        }
        double pad = right > left ? 0.06 * (right - left) : Math.max(1e-9, Math.abs(left) * 0.05 + 1e-3);
        styler.setXAxisMin(left - pad);
        styler.setXAxisMax(right + pad);
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            Bar b = bars.get(i);
            labels[n - 1 - i] = b.label() + ":  " + ChartText.number(b.atLowest()) + " at the lowest value, "
                    + ChartText.number(b.atHighest()) + " at the highest";
            chart.addAnnotation(new AnnotationText(labels[n - 1 - i], (left + right) / 2, i + 0.38, false));
        }
        caption.add("Each bar spans " + measure.label() + " over the values swept for one parameter, the others held"
                + " at the base scenario; the dashed line is the base scenario's estimate."
                + (skipped.isEmpty() ? "" : " Left out, with no finite estimate: " + String.join(", ", skipped)
                + "."));
        caption.add(provenance);
        return Optional.of(Figure.of(stem, chart, null, caption, labels));
    }

    /** One parameter's bar: the range of the estimate, and its values at the lowest and highest swept value. */
    private record Bar(String label, double min, double max, double atLowest, double atHighest) {

        double width() {
            return max - min;
        }

        static Bar of(String parameter, List<SweepPoint> points, Measure measure) {
            List<SweepPoint> sorted = new ArrayList<>(points);
            sorted.sort(Comparator.comparingDouble(SweepPoint::value));
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double atLowest = Double.NaN;
            double atHighest = Double.NaN;
            double lowValue = Double.NaN;
            double highValue = Double.NaN;
            for (SweepPoint p : sorted) {
                double v = measure.value().applyAsDouble(p.result());
                if (!Double.isFinite(v) || !Double.isFinite(p.value())) {
                    continue;
                }
                if (Double.isNaN(atLowest)) {
                    atLowest = v;
                    lowValue = p.value();
                }
                atHighest = v;
                highValue = p.value();
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (Double.isNaN(atLowest)) {
                return null;
            }
            return new Bar(parameter + " from " + ChartText.number(lowValue) + " to " + ChartText.number(highValue),
                    min, max, atLowest, atHighest);
        }
    }
}
