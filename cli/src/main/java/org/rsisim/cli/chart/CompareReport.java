package org.rsisim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.models.analysis.PairedDifference;
import org.rsisim.models.analysis.PairedReport;
import org.rsisim.scenario.report.Numbers;

/**
 * The charts of a paired comparison ({@code rsisim compare A B --out DIR}), with both scenarios in one chart each
 * (from each scenario run alone with the pairs' seed and runs, so on the same random numbers as the pairs):
 * <ul>
 *   <li>{@code compare-event-NAME}: both scenarios' cumulative probabilities of the event at its report times, with
 *       95 % Wilson intervals;</li>
 *   <li>{@code difference-event-NAME}: the paired difference {@code P_B - P_A} at each time with its 95 % paired
 *       interval, and zero;</li>
 *   <li>{@code compare-fan-NAME}: both scenarios' 5-95 % bands and medians of each series;</li>
 * </ul>
 * and {@code compare.html}: every paired difference (metrics and event probabilities) in a table and every chart
 * inline. Thread-safe: each call builds its own charts.
 */
public final class CompareReport {
    private static final Color A = ChartStyle.BLUE;
    private static final Color B = ChartStyle.VERMILION;

    private CompareReport() {
    }

    /**
     * Writes the charts as PNG and SVG and the page.
     *
     * @param r the comparison
     * @param ra scenario A run alone, with the same seed and runs (so the same runs as the pairs' A side): its
     *        event probabilities and series bands
     * @param rb scenario B run alone, likewise
     * @param dir the directory, created if missing
     * @return the files written
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(PairedReport r, Result ra, Result rb, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        List<Figure> figures = figures(r, ra, rb);
        List<Path> written = new ArrayList<>(Figure.writeAll(figures, dir));
        Path html = dir.resolve("compare.html");
        Files.writeString(html, html(r, figures), StandardCharsets.UTF_8);
        written.add(html);
        return written;
    }

    static List<Figure> figures(PairedReport r, Result ra, Result rb) {
        Result res = r.result();
        String provenance = "Paired comparison: A = " + r.a() + ", B = " + r.b() + " \u00b7 " + r.completedPairs()
                + " pairs on common random numbers \u00b7 seed " + res.manifest().seed() + " \u00b7 rsisim "
                + res.manifest().version();
        Set<String> taken = new HashSet<>();
        List<Figure> out = new ArrayList<>();
        Map<String, List<PairedDifference>> byEvent = new LinkedHashMap<>();
        for (PairedDifference d : r.differences()) {
            if (Double.isFinite(d.time())) {
                String event = d.quantity().substring(0, d.quantity().lastIndexOf("<="));
                byEvent.computeIfAbsent(event, k -> new ArrayList<>()).add(d);
            }
        }
        for (String name : common(ra.events().keySet(), rb.events().keySet())) {
            EventSummary ea = ra.events().get(name);
            EventSummary eb = rb.events().get(name);
            out.add(eventOverlay(name, ea, eb, r, FileNames.stem("compare-event", name, taken), provenance));
            List<PairedDifference> diffs = byEvent.get(name);
            if (diffs != null && !diffs.isEmpty()) {
                out.add(differences(name, ea.unit(), diffs, r, FileNames.stem("difference-event", name, taken),
                        provenance));
            }
        }
        for (String name : common(ra.series().keySet(), rb.series().keySet())) {
            out.add(fanOverlay(ra.series().get(name), rb.series().get(name), name, r,
                    FileNames.stem("compare-fan", name, taken), provenance));
        }
        return out;
    }

    private static List<String> common(Set<String> a, Set<String> b) {
        List<String> out = new ArrayList<>();
        for (String k : a) {
            if (b.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    private static Figure eventOverlay(String name, EventSummary ea, EventSummary eb, PairedReport r, String stem,
                                       String provenance) {
        String title = "Cumulative probability of " + name + ": " + r.a() + " (A) and " + r.b() + " (B)";
        XYChart chart = ChartStyle.xyChart(title, ChartText.withUnit("Time", ea.unit()), "P(" + name + " by time t)");
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        List<String> caption = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            EventSummary e = side == 0 ? ea : eb;
            Color c = side == 0 ? A : B;
            String label = side == 0 ? "A: " + r.a() : "B: " + r.b();
            double[] t = e.times();
            Proportion[] p = e.probabilityBy();
            double[] est = new double[t.length];
            StringBuilder values = new StringBuilder(label + ": ");
            for (int j = 0; j < t.length; j++) {
                est[j] = p[j].p();
                double dx = side == 0 ? -0.01 : 0.01;
                XYSeries bar = ChartStyle.line(chart, label + " CI " + j, new double[] {t[j] + dx, t[j] + dx},
                        new double[] {p[j].lower(), p[j].upper()}, ChartStyle.alpha(c, 110), 5f, false);
                bar.setLineStyle(new BasicStroke(5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
                bar.setShowInLegend(false);
                left = Math.min(left, t[j]);
                right = Math.max(right, t[j]);
                values.append(j == 0 ? "" : "; ").append("by ").append(Numbers.byLabel(e.unit(), t[j])).append(' ')
                        .append(ChartText.percent(p[j].p()));
            }
            if (t.length > 0) {
                XYSeries line = ChartStyle.line(chart, label, t, est, c, 2f, side == 1);
                line.setMarker(SeriesMarkers.CIRCLE);
                line.setMarkerColor(c);
            }
            caption.add(values + ".");
        }
        if (left <= right) {
            double pad = right > left ? 0.06 * (right - left) : 0.5;
            chart.getStyler().setXAxisMin(left - pad);
            chart.getStyler().setXAxisMax(right + pad);
        }
        TickLabels ticks = ChartStyle.plainXAxis(chart, Math.max(1, right - left));
        caption.add("Bars: 95 % Wilson intervals of each scenario's probability; the paired differences, with their "
                + "own (narrower) intervals, are in the next chart.");
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }

    private static Figure differences(String name, String unit, List<PairedDifference> diffs, PairedReport r,
                                      String stem, String provenance) {
        String title = "Paired difference P_B - P_A of " + name + " by time";
        XYChart chart = ChartStyle.xyChart(title, ChartText.withUnit("Time", unit), "P_B - P_A");
        int n = diffs.size();
        double[] t = new double[n];
        double[] d = new double[n];
        StringBuilder values = new StringBuilder("Differences (B - A) [95 % paired interval]: ");
        for (int j = 0; j < n; j++) {
            PairedDifference x = diffs.get(j);
            t[j] = x.time();
            d[j] = x.difference().value();
            XYSeries bar = ChartStyle.line(chart, j == 0 ? "95 % paired interval" : "CI " + j,
                    new double[] {t[j], t[j]}, new double[] {x.difference().lower(), x.difference().upper()},
                    ChartStyle.alpha(ChartStyle.GREEN, 130), 7f, false);
            bar.setLineStyle(new BasicStroke(7f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            bar.setShowInLegend(j == 0);
            values.append(j == 0 ? "" : "; ").append("by ").append(Numbers.byLabel(unit, t[j])).append(' ')
                    .append(ChartText.number(d[j])).append(" [").append(ChartText.number(x.difference().lower()))
                    .append(", ").append(ChartText.number(x.difference().upper())).append("]");
        }
        double left = Arrays.stream(t).min().orElse(0);
        double right = Arrays.stream(t).max().orElse(1);
        double pad = right > left ? 0.06 * (right - left) : 0.5;
        ChartStyle.line(chart, "no difference", new double[] {left - pad, right + pad}, new double[] {0, 0},
                ChartStyle.GREY, 1f, true);
        XYSeries line = ChartStyle.line(chart, "P_B - P_A, estimate", t, d, ChartStyle.GREEN, 2f, false);
        line.setMarker(SeriesMarkers.DIAMOND);
        line.setMarkerColor(ChartStyle.GREEN);
        chart.getStyler().setXAxisMin(left - pad);
        chart.getStyler().setXAxisMax(right + pad);
        TickLabels ticks = ChartStyle.plainXAxis(chart, Math.max(1, right - left));
        List<String> caption = new ArrayList<>();
        caption.add(values + ". The pairs share their random numbers, so the interval of the difference is that of "
                + "the paired differences, not of two independent estimates.");
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }

    private static Figure fanOverlay(SeriesBands a, SeriesBands b, String name, PairedReport r, String stem,
                                     String provenance) {
        String indexName = a.indexUnit().isBlank() ? "step" : a.indexUnit();
        String title = name + " by " + indexName + ": " + r.a() + " (A) and " + r.b() + " (B)";
        XYChart chart = ChartStyle.xyChart(title, ChartText.capitalise(indexName), ChartText.withUnit(name, a.unit()));
        double lowest = Double.POSITIVE_INFINITY;
        double highest = Double.NEGATIVE_INFINITY;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        int k = 0;
        for (int side = 0; side < 2; side++) {
            SeriesBands s = side == 0 ? a : b;
            Color c = side == 0 ? A : B;
            String label = side == 0 ? "A: " + r.a() : "B: " + r.b();
            double[] x = s.index();
            double[] p05 = s.p05();
            double[] p95 = s.p95();
            double[] p50 = s.p50();
            boolean first = true;
            for (int[] seg : ChartStyle.finiteSegments(x, p05, p50, p95)) {
                int m = seg[1] - seg[0];
                double[] px = new double[2 * m];
                double[] py = new double[2 * m];
                for (int i = 0; i < m; i++) {
                    px[i] = x[seg[0] + i];
                    py[i] = p95[seg[0] + i];
                    px[2 * m - 1 - i] = x[seg[0] + i];
                    py[2 * m - 1 - i] = p05[seg[0] + i];
                    lowest = Math.min(lowest, p05[seg[0] + i]);
                    highest = Math.max(highest, p95[seg[0] + i]);
                    left = Math.min(left, x[seg[0] + i]);
                    right = Math.max(right, x[seg[0] + i]);
                }
                ChartStyle.polygon(chart, first ? label + ", 5\u201395 % of runs" : label + " band #" + k++, px, py,
                        ChartStyle.alpha(c, 60), first);
                ChartStyle.line(chart, first ? label + ", median" : label + " median #" + k++,
                        Arrays.copyOfRange(x, seg[0], seg[1]), Arrays.copyOfRange(p50, seg[0], seg[1]), c, 2.2f,
                        side == 1).setShowInLegend(first);
                first = false;
            }
        }
        if (!(left <= right)) {
            List<String> caption = new ArrayList<>(List.of(provenance));
            return Figure.noData(stem, title, "No data: no counted pair recorded any step of " + name, caption);
        }
        if (lowest > 0 && highest / lowest > 1e3) {
            chart.getStyler().setYAxisLogarithmic(true);
        }
        if (left == right) {
            chart.getStyler().setXAxisMin(left - 1);
            chart.getStyler().setXAxisMax(right + 1);
        }
        TickLabels ticks = ChartStyle.plainXAxis(chart, Math.max(1, right - left));
        List<String> caption = new ArrayList<>();
        caption.add("Shaded: each scenario's 5\u201395 % range of " + name + " across counted pairs at each "
                + indexName + "; lines: medians (B dashed). Quantiles carry a relative error of at most 0.78 %.");
        caption.add(provenance);
        return Figure.of(stem, chart, ticks, caption);
    }

    private static String html(PairedReport r, List<Figure> figures) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>rsisim compare: ")
                .append(HtmlReport.esc(r.a())).append(" and ").append(HtmlReport.esc(r.b()))
                .append("</title>\n<style>\n").append(HtmlReport.style()).append("</style>\n</head>\n<body>\n")
                .append("<h1>").append(HtmlReport.esc(r.b())).append(" against ").append(HtmlReport.esc(r.a()))
                .append("</h1>\n<p class=\"note\">").append(r.completedPairs()).append(" pairs on common random numbers"
                        + " (diverged pairs ").append(r.divergedPairs()).append(", failed ").append(r.failedPairs())
                .append("); differences are B &minus; A.</p>\n<h2>Paired differences</h2>\n<table>\n<tr>")
                .append("<th class=\"name\">quantity</th><th class=\"name\">unit</th><th>A</th><th>B</th>")
                .append("<th>B &minus; A</th><th>95 % interval</th><th>variance reduction</th></tr>\n");
        for (PairedDifference d : r.differences()) {
            h.append("<tr><td class=\"name\">").append(HtmlReport.esc(d.quantity())).append("</td><td class=\"name\">")
                    .append(HtmlReport.esc(d.unit())).append("</td><td>").append(ChartText.number(d.a().value()))
                    .append("</td><td>").append(ChartText.number(d.b().value())).append("</td><td>")
                    .append(ChartText.number(d.difference().value())).append("</td><td>[")
                    .append(ChartText.number(d.difference().lower())).append(", ")
                    .append(ChartText.number(d.difference().upper())).append("]</td><td>")
                    .append(ChartText.number(d.varianceReductionFactor())).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Charts</h2>\n");
        int k = 0;
        for (Figure f : figures) {
            k++;
            h.append("<figure id=\"").append(HtmlReport.esc(f.stem())).append("\">\n")
                    .append(HtmlReport.inline(f.svg(), "f" + k + "-", f.title())).append("\n</figure>\n");
        }
        return h.append("</body>\n</html>\n").toString();
    }
}
