package org.rsisim.cli.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.rsisim.models.analysis.SensitivityReport;
import org.rsisim.models.analysis.SobolIndex;

/**
 * The chart of a Sobol sensitivity analysis: for each uncertain parameter, sorted by total effect with the largest
 * at the top, a wide bar for the total-effect index {@code ST} and a narrow bar for the first-order index {@code S1}
 * inside it, each with its 95 % bootstrap interval as a whisker, on a shared axis of "share of the output's
 * variance". The caption names the scenario, the output, the design ({@code N}, rows used, model runs) and the seed.
 * Indices that are NaN (an output with no variance) give a chart that says "No data". Thread-safe: each call builds
 * its own chart.
 */
public final class SobolIndexChart {

    private SobolIndexChart() {
    }

    /**
     * Writes the chart as {@code sobol-OUTPUT.png} (twice the nominal size) and {@code sobol-OUTPUT.svg}.
     *
     * @param report the analysis
     * @param dir the directory; created with its parents if missing
     * @return the PNG and the SVG file
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(SensitivityReport report, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Figure f = of(report, FileNames.stem("sobol", report.output().toString(), new java.util.HashSet<>()));
        return Figure.writeAll(List.of(f), dir);
    }

    static Figure of(SensitivityReport report, String stem) {
        String title = "Sobol sensitivity of " + report.output() + " to the uncertain parameters";
        List<String> caption = new ArrayList<>();
        caption.add("Wide bars: total effect ST (the share of Var(Y) a parameter accounts for with its interactions);"
                + " narrow bars: first-order index S1 (its share on its own). Whiskers: 95 % bootstrap intervals over "
                + report.bootstrapResamples() + " resamples of the design rows.");
        caption.add(String.format(Locale.ROOT, "Scenario %s; Saltelli design with N = %d scrambled Sobol rows "
                + "(%d used), %d model runs; seed %d.", report.experiment(), report.baseSamples(), report.rowsUsed(),
                report.modelRuns(), report.seed()));
        List<SobolIndex> sorted = new ArrayList<>(report.byTotalEffect());
        if (sorted.stream().noneMatch(s -> Double.isFinite(s.totalEffect().value()))) {
            return Figure.noData(stem, title, "No data: the output does not vary over the design", caption);
        }
        java.util.Collections.reverse(sorted);
        int n = sorted.size();
        XYChart chart = ChartStyle.xyChart(title, "Share of the output's variance (Sobol index)",
                "Parameter (named above its bars)");
        var styler = chart.getStyler();
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setPlotGridHorizontalLinesVisible(false);
        styler.setYAxisMin(-0.5);
        styler.setYAxisMax(n - 0.4);
        styler.setYAxisTicksVisible(false);
        styler.setAnnotationTextFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 12));
        styler.setAnnotationTextFontColor(java.awt.Color.BLACK);
        double right = 0;
        double left = 0;
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            SobolIndex s = sorted.get(i);
            double st = finite(s.totalEffect().value());
            double s1 = finite(s.firstOrder().value());
            ChartStyle.polygon(chart, i == 0 ? "total effect ST" : "ST #" + i, new double[] {0, st, st, 0},
                    new double[] {i - 0.25, i - 0.25, i + 0.25, i + 0.25}, ChartStyle.alpha(ChartStyle.BLUE, 90),
                    i == 0);
            ChartStyle.polygon(chart, i == 0 ? "first-order S1" : "S1 #" + i, new double[] {0, s1, s1, 0},
                    new double[] {i - 0.1, i - 0.1, i + 0.1, i + 0.1}, ChartStyle.alpha(ChartStyle.VERMILION, 200),
                    i == 0);
            whisker(chart, i == 0 ? "95 % interval of ST" : "ST interval #" + i, s.totalEffect().lower(),
                    s.totalEffect().upper(), i + 0.17, ChartStyle.BLUE, i == 0);
            whisker(chart, i == 0 ? "95 % interval of S1" : "S1 interval #" + i, s.firstOrder().lower(),
                    s.firstOrder().upper(), i - 0.17, ChartStyle.VERMILION, i == 0);
            right = Math.max(right, Math.max(finite(s.totalEffect().upper()), finite(s.firstOrder().upper())));
            left = Math.min(left, Math.min(finite(s.firstOrder().lower()), finite(s.totalEffect().lower())));
            labels[n - 1 - i] = String.format(Locale.ROOT, "%s:  S1 %s, ST %s", s.parameter(), ChartText.number(
                    s.firstOrder().value()), ChartText.number(s.totalEffect().value()));
        }
        right = Math.max(right, 0.05);
        styler.setXAxisMin(left - 0.02);
        styler.setXAxisMax(right * 1.08);
        for (int i = 0; i < n; i++) {
            chart.addAnnotation(new AnnotationText(labels[n - 1 - i], (left + right) / 2, i + 0.4, false));
        }
        return Figure.of(stem, chart, null, caption, labels);
    }

    private static void whisker(XYChart chart, String name, double lo, double hi, double y, java.awt.Color color,
                                boolean inLegend) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi)) {
            return;
        }
        XYSeries s = ChartStyle.line(chart, name, new double[] {lo, hi}, new double[] {y, y}, color, 2f, false);
        s.setMarker(SeriesMarkers.NONE);
        s.setShowInLegend(inLegend);
    }

    private static double finite(double x) {
        return Double.isFinite(x) ? x : 0;
    }
}
