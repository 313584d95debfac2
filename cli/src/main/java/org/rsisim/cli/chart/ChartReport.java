package org.rsisim.cli.chart;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import java.util.Set;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.SeriesBands;

/**
 * Writes the charts of a result as PNG and SVG files, drawn with XChart.
 *
 * <p>The charts, each titled, with axis names and units, a legend, and a caption giving the scenario, the runs
 * (counted, diverged, failed) and the seed:
 * <ul>
 *   <li>{@code fan-NAME}: the fan chart of each series over its index (median, mean, 25-75 % and 5-95 % bands);</li>
 *   <li>{@code curve-NAME} instead, for a series whose runs record only 0 or 1 (see {@link ProbabilityCurveChart}):
 *       the share of runs with value 1 at each step with its 95 % confidence interval;</li>
 *   <li>{@code event-NAME}: the cumulative probability of each event at its report times with 95 % Wilson
 *       intervals, and the censored fraction;</li>
 *   <li>{@code histogram-NAME}: the histogram of each metric;</li>
 *   <li>{@code sweep-line}: for a sweep over one parameter or setting, the first key estimate against the swept
 *       value with its 95 % intervals ({@link SweepLineChart});</li>
 *   <li>{@code tornado}: for a sweep over two, the range of the first metric's mean (or the first event's probability) over
 *       each swept parameter's values.</li>
 * </ul>
 * {@code NAME} is the observable's name reduced to {@code [a-z0-9_-]} (see {@link FileNames}); names that collide
 * after that get a suffix {@code -2}, {@code -3}, ... Year axes print 2028, not 2,028, and numbers use a decimal
 * point whatever the default locale. Missing data (an observable no run recorded, NaN steps) gives gaps or a chart
 * that says "No data", never an exception.
 *
 * <p>Rendering needs no display: run with {@code -Djava.awt.headless=true} on a server. Thread-safe: each call
 * builds its own charts.
 */
public final class ChartReport {

    private ChartReport() {
    }

    /**
     * Writes every chart of the context into a directory, as {@code STEM.png} (1800 x about 1150 pixels, twice the
     * nominal size) and {@code STEM.svg}. Existing files of the same name are replaced.
     *
     * @param ctx the scenario's name, result and sweep
     * @param dir the directory; created with its parents if missing
     * @return the written files, PNG then SVG for each chart, in the order series, events, metrics, tornado
     * @throws IOException if a file cannot be written
     * @throws NullPointerException if an argument is {@code null}
     */
    public static List<Path> writeAll(ReportContext ctx, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        return Figure.writeAll(figures(ctx), dir);
    }

    /**
     * Builds every chart of a context, in the order series, events, metrics, tornado.
     *
     * @param ctx the context
     * @return the figures, with unique safe file stems
     */
    static List<Figure> figures(ReportContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        Result result = Objects.requireNonNull(ctx.result(), "ctx.result");
        String scenario = ctx.scenarioName() == null ? result.manifest().scenario() : ctx.scenarioName();
        String provenance = ChartText.provenance(scenario, result);
        Set<String> taken = new HashSet<>();
        List<Figure> out = new ArrayList<>();
        for (SeriesBands s : result.series().values()) {
            out.add(ProbabilityCurveChart.applies(s)
                    ? ProbabilityCurveChart.of(s, FileNames.stem("curve", s.name(), taken), provenance)
                    : FanChart.of(s, FileNames.stem("fan", s.name(), taken), provenance));
        }
        for (EventSummary e : result.events().values()) {
            out.add(EventCurveChart.of(e, FileNames.stem("event", e.name(), taken), provenance));
        }
        for (MetricSummary m : result.metrics().values()) {
            out.add(MetricHistogramChart.of(m, FileNames.stem("histogram", m.name(), taken), provenance));
        }
        if (ctx.sweep() != null && !ctx.sweep().isEmpty()) {
            Optional<Figure> line = SweepLineChart.of(ctx, FileNames.stem("sweep", "line", taken), provenance);
            if (line.isPresent()) {
                out.add(line.get());
            } else {
                TornadoChart.of(ctx, FileNames.stem("tornado", "sweep", taken), provenance).ifPresent(out::add);
            }
        }
        return out;
    }
}
