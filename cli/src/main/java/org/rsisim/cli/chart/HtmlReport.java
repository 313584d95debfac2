package org.rsisim.cli.chart;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.scenario.report.SweepPoint;
import org.rsisim.core.Manifest;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/**
 * Writes one self-contained HTML page of a result: the manifest, the run counts (counted, diverged with the step
 * where they diverged, failed with the first messages), a table of metrics (mean, standard error, 95 % CI,
 * standard deviation, minimum, quantiles, maximum), a table of events (cumulative probability at each report time
 * with its 95 % Wilson interval, censored fraction, event-time quantiles), a summary of each series, the sweep's
 * estimates, and every chart of {@link ChartReport} as inline SVG.
 *
 * <p>The page references nothing outside itself: no scripts, style sheets, fonts or images are loaded, so it can be
 * mailed or archived as one file. Every name from the model is HTML-escaped. Numbers are printed with four
 * significant digits and a decimal point; NaN prints as {@code n/a}. Thread-safe: each call builds its own page.
 */
public final class HtmlReport {
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]+)\\)");
    private static final Pattern HREF_REF = Pattern.compile("href=\"#([^\"]+)\"");

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 2em auto;
                   max-width: 1100px; padding: 0 1em; color: #222; line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 1.8em; border-bottom: 1px solid #ccc; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; max-width: 100%; }
            th, td { border: 1px solid #ddd; padding: 0.25em 0.45em; text-align: right; }
            th { background: #f3f3f3; }
            td.name, th.name { text-align: left; }
            td.name { overflow-wrap: anywhere; min-width: 5em; }
            @media (max-width: 1000px) {
              body { margin: 1em auto; padding: 0 0.5em; }
              table { font-size: 0.72em; }
              th, td { padding: 0.2em 0.25em; }
            }
            .warning { background: #fff3cd; border: 1px solid #e0c060; padding: 0.5em 0.8em; }
            .note { color: #555; font-size: 0.9em; }
            figure { margin: 1.5em 0; }
            figure svg { max-width: 100%; height: auto; border: 1px solid #eee; }
            pre.scenario { background: #f7f7f7; border: 1px solid #ddd; padding: 0.6em; white-space: pre-wrap; }
            """;

    private HtmlReport() {
    }

    /** @return the page's style sheet, shared by the other pages of the command */
    static String style() {
        return STYLE;
    }

    /**
     * Writes the page.
     *
     * @param ctx the scenario's name, result and sweep
     * @param file the HTML file; its parent directories are created if missing, an existing file is replaced
     * @throws IOException if the file cannot be written
     * @throws NullPointerException if an argument is {@code null}
     */
    public static void write(ReportContext ctx, Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        String html = render(ctx);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, html, StandardCharsets.UTF_8);
    }

    /**
     * Builds the page's text.
     *
     * @param ctx the context
     * @return the HTML document
     */
    static String render(ReportContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        Result r = Objects.requireNonNull(ctx.result(), "ctx.result");
        Manifest m = r.manifest();
        String scenario = ctx.scenarioName() == null ? m.scenario() : ctx.scenarioName();
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>rsisim report: ")
                .append(esc(scenario)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(scenario)).append("</h1>\n<p class=\"note\">Model <b>").append(esc(m.model()))
                .append("</b> \u00b7 ").append(m.runs()).append(" runs \u00b7 seed ").append(m.seed())
                .append(" \u00b7 rsisim ").append(esc(m.version())).append("</p>\n");
        if (m.partial()) {
            h.append("<p class=\"warning\">Partial result: the experiment was cancelled after ").append(m.runs())
                    .append(" of ").append(m.requestedRuns()).append(" requested runs.</p>\n");
        }
        runs(h, r);
        metrics(h, r);
        events(h, r);
        series(h, r);
        sweep(h, ctx);
        manifest(h, m);
        inputs(h, ctx);
        charts(h, ctx);
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void runs(StringBuilder h, Result r) {
        h.append("<h2>Runs</h2>\n<table>\n<tr><th class=\"name\">runs</th><th>count</th></tr>\n");
        row(h, "counted (completed)", Long.toString(r.completed()));
        row(h, "diverged (NaN, infinity or blow-up; in no statistic)", Long.toString(r.diverged()));
        row(h, "failed (the model threw; in no statistic)", Long.toString(r.failed()));
        h.append("</table>\n");
        if (!r.divergedAtStep().isEmpty()) {
            h.append("<p>Diverged runs by the step where they diverged (-1: not known):</p>\n<table>\n")
                    .append("<tr><th>step</th><th>runs</th></tr>\n");
            for (Map.Entry<Integer, Long> e : r.divergedAtStep().entrySet()) {
                h.append("<tr><td>").append(e.getKey()).append("</td><td>").append(e.getValue()).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (!r.failures().isEmpty()) {
            h.append("<p>First failures:</p>\n<ul>\n");
            for (String f : r.failures()) {
                h.append("<li><code>").append(esc(f)).append("</code></li>\n");
            }
            h.append("</ul>\n");
        }
        if (r.convergence() != null) {
            Result.Convergence c = r.convergence();
            h.append("<p>Precision target ").append(esc(String.valueOf(c.target()))).append(": achieved 95 % CI "
                    + "half-width ").append(ChartText.number(c.achievedHalfWidth())).append(", ")
                    .append(c.met() ? "met" : "<b>not met</b> within the run budget").append(".</p>\n");
        }
    }

    private static void metrics(StringBuilder h, Result r) {
        if (r.metrics().isEmpty()) {
            return;
        }
        double[] levels = Quantiles.standardLevels();
        // two tables rather than one of 17 columns, so that the page needs no sideways scrolling
        h.append("<h2>Metrics</h2>\n<table>\n<tr><th class=\"name\">metric</th>")
                .append("<th class=\"name\">unit</th><th>runs</th><th>mean</th><th>std. error</th><th>95 % CI</th>")
                .append("<th>std. dev.</th></tr>\n");
        for (MetricSummary s : r.metrics().values()) {
            h.append("<tr><td class=\"name\">").append(esc(s.name())).append("</td><td class=\"name\">")
                    .append(esc(s.unit())).append("</td>");
            cell(h, Long.toString(s.count()));
            cell(h, ChartText.number(s.mean().value()));
            cell(h, ChartText.number(s.mean().stderr()));
            cell(h, interval(ChartText.number(s.mean().lower()), ChartText.number(s.mean().upper())));
            cell(h, ChartText.number(s.standardDeviation()));
            h.append("</tr>\n");
        }
        h.append("</table>\n<table>\n<tr><th class=\"name\">metric</th><th>min</th>");
        for (double q : levels) {
            h.append("<th>").append(levelName(q)).append("</th>");
        }
        h.append("<th>max</th></tr>\n");
        for (MetricSummary s : r.metrics().values()) {
            h.append("<tr><td class=\"name\">").append(esc(s.name())).append("</td>");
            cell(h, ChartText.number(s.min()));
            double[] values = s.quantiles().values();
            double[] have = s.quantiles().levels();
            for (double q : levels) {
                cell(h, ChartText.number(valueAt(have, values, q)));
            }
            cell(h, ChartText.number(s.max()));
            h.append("</tr>\n");
        }
        h.append("</table>\n<p class=\"note\">Quantiles carry a relative error of at most 0.78 %. The 95 % CI "
                + "of the mean is the normal interval, mean \u00b1 1.96 standard errors.</p>\n");
    }

    private static void events(StringBuilder h, Result r) {
        if (r.events().isEmpty()) {
            return;
        }
        h.append("<h2>Events</h2>\n<table>\n<tr><th class=\"name\">event</th>")
                .append("<th class=\"name\">unit</th><th>runs</th><th>occurred</th><th>censored</th>")
                .append("<th>by time</th><th>P(by time)</th><th>95 % CI (Wilson)</th>")
                .append("<th>time p05</th><th>time p50</th><th>time p95</th><th>mean time</th></tr>\n");
        for (EventSummary e : r.events().values()) {
            double[] t = e.times();
            Proportion[] p = e.probabilityBy();
            int rows = Math.max(1, t.length);
            for (int j = 0; j < rows; j++) {
                h.append("<tr>");
                if (j == 0) {
                    String span = rows > 1 ? " rowspan=\"" + rows + "\"" : "";
                    h.append("<td class=\"name\"").append(span).append(">").append(esc(e.name())).append("</td>")
                            .append("<td class=\"name\"").append(span).append(">").append(esc(e.unit()))
                            .append("</td><td").append(span).append(">").append(e.runs()).append("</td><td")
                            .append(span).append(">").append(e.occurred()).append("</td><td").append(span).append(">")
                            .append(ChartText.percent(e.censoredFraction())).append("</td>");
                }
                if (t.length == 0) {
                    h.append("<td>\u2013</td><td>\u2013</td><td>\u2013</td>");
                } else {
                    cell(h, org.rsisim.scenario.report.Numbers.byLabel(e.unit(), t[j]));
                    cell(h, ChartText.number(p[j].p()));
                    cell(h, interval(ChartText.number(p[j].lower()), ChartText.number(p[j].upper())));
                }
                if (j == 0) {
                    String span = rows > 1 ? " rowspan=\"" + rows + "\"" : "";
                    double[] qv = e.timeQuantiles().values();
                    double[] ql = e.timeQuantiles().levels();
                    for (double q : new double[] {0.05, 0.5, 0.95}) {
                        h.append("<td").append(span).append(">").append(ChartText.index(valueAt(ql, qv, q)))
                                .append("</td>");
                    }
                    h.append("<td").append(span).append(">").append(ChartText.index(e.meanTime().value()))
                            .append("</td>");
                }
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n<p class=\"note\">P(by time) is the share of all counted runs in which the event "
                + "happened by that time; censored runs (the event did not happen within the horizon) stay in the "
                + "denominator. Event-time quantiles and the mean time are among the runs where it happened.</p>\n");
    }

    private static void series(StringBuilder h, Result r) {
        if (r.series().isEmpty()) {
            return;
        }
        h.append("<h2>Series</h2>\n<table>\n<tr><th class=\"name\">series</th>")
                .append("<th class=\"name\">unit</th><th class=\"name\">index</th><th>steps</th><th>at</th>")
                .append("<th>runs</th><th>mean</th><th>p05</th><th>p25</th><th>median</th><th>p75</th><th>p95</th>")
                .append("</tr>\n");
        for (SeriesBands s : r.series().values()) {
            int n = s.length();
            int[] steps = n > 1 ? new int[] {0, n / 2, n - 1} : new int[] {0};
            if (n == 3) {
                steps = new int[] {0, 1, 2};
            } else if (n == 2) {
                steps = new int[] {0, 1};
            }
            double[] index = s.index();
            for (int k = 0; k < steps.length; k++) {
                int i = steps[k];
                h.append("<tr>");
                if (k == 0) {
                    String span = steps.length > 1 ? " rowspan=\"" + steps.length + "\"" : "";
                    h.append("<td class=\"name\"").append(span).append(">").append(esc(s.name())).append("</td>")
                            .append("<td class=\"name\"").append(span).append(">").append(esc(s.unit()))
                            .append("</td><td class=\"name\"").append(span).append(">").append(esc(s.indexUnit()))
                            .append("</td><td").append(span).append(">").append(n).append("</td>");
                }
                cell(h, ChartText.index(index[i]));
                cell(h, Long.toString(s.count()[i]));
                cell(h, ChartText.number(s.mean()[i]));
                cell(h, ChartText.number(s.p05()[i]));
                cell(h, ChartText.number(s.p25()[i]));
                cell(h, ChartText.number(s.p50()[i]));
                cell(h, ChartText.number(s.p75()[i]));
                cell(h, ChartText.number(s.p95()[i]));
                h.append("</tr>\n");
            }
        }
        h.append("</table>\n<p class=\"note\">First, middle and last step of each series; the fan charts below"
                + " show every step.</p>\n");
    }

    private static void sweep(StringBuilder h, ReportContext ctx) {
        List<SweepPoint> points = ctx.sweep();
        if (points == null || points.isEmpty()) {
            return;
        }
        Optional<TornadoChart.Measure> measure = TornadoChart.measure(ctx.result());
        h.append("<h2>Sweep</h2>\n<table>\n<tr><th class=\"name\">parameter</th><th>value</th><th>counted runs</th>");
        measure.ifPresent(ms -> h.append("<th>").append(esc(ms.label())).append("</th>"));
        h.append("</tr>\n");
        for (SweepPoint p : points) {
            h.append("<tr><td class=\"name\">").append(esc(p.parameter())).append("</td>");
            cell(h, ChartText.number(p.value()));
            cell(h, Long.toString(p.result().completed()));
            measure.ifPresent(ms -> cell(h, ChartText.number(ms.value().applyAsDouble(p.result()))));
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void manifest(StringBuilder h, Manifest m) {
        h.append("<h2>Manifest</h2>\n<table>\n<tr><th class=\"name\">field</th><th class=\"name\">value</th></tr>\n");
        manifestRow(h, "version", m.version());
        manifestRow(h, "model", m.model());
        manifestRow(h, "scenario", m.scenario());
        manifestRow(h, "scenario hash", m.scenarioHash());
        manifestRow(h, "seed", Long.toString(m.seed()));
        manifestRow(h, "runs", Long.toString(m.runs()));
        manifestRow(h, "requested runs", Long.toString(m.requestedRuns()));
        manifestRow(h, "threads", Integer.toString(m.threads()));
        manifestRow(h, "block size", Integer.toString(m.blockSize()));
        manifestRow(h, "wall time (s)", ChartText.number(m.wallTimeSeconds()));
        manifestRow(h, "partial", Boolean.toString(m.partial()));
        h.append("</table>\n");
    }

    /**
     * The scenario as it ran, resolved into one scenario file: what produced every number on the page, so that the
     * page alone reproduces them.
     */
    private static void inputs(StringBuilder h, ReportContext ctx) {
        if (ctx.resolvedScenario().isEmpty()) {
            return;
        }
        h.append("<h2>Inputs</h2>\n<p class=\"note\">Every setting and parameter distribution, the correlations, runs,"
                + " seed and options that produced this report, as a scenario file (also written as scenario.yaml "
                + "beside this page); <code>rsisim run scenario.yaml</code> with rsisim ")
                .append(esc(ctx.result().manifest().version())).append(" gives the same numbers.</p>\n")
                .append("<pre class=\"scenario\">").append(esc(ctx.resolvedScenario())).append("</pre>\n");
    }

    private static void charts(StringBuilder h, ReportContext ctx) {
        List<Figure> figures = ChartReport.figures(ctx);
        if (figures.isEmpty()) {
            return;
        }
        h.append("<h2>Charts</h2>\n");
        int k = 0;
        for (Figure f : figures) {
            k++;
            h.append("<figure id=\"").append(esc(f.stem())).append("\">\n").append(inline(f.svg(), "f" + k + "-",
                    f.title())).append("\n</figure>\n");
        }
    }

    /**
     * Turns a standalone SVG document into an element for inline use: drops the XML declaration and document type
     * (whose DTD address the page must not reference), prefixes every id and every reference to one so that the
     * clip paths of different charts on one page do not collide, and labels the image for screen readers.
     */
    static String inline(String svg, String prefix, String title) {
        int start = svg.indexOf("<svg");
        if (start < 0) {
            throw new IllegalStateException("the chart renderer produced no <svg> element");
        }
        String body = svg.substring(start);
        body = ID.matcher(body).replaceAll(mr -> "id=\"" + Matcher.quoteReplacement(prefix + mr.group(1)) + "\"");
        body = URL_REF.matcher(body).replaceAll(mr -> "url(#" + Matcher.quoteReplacement(prefix + mr.group(1)) + ")");
        body = HREF_REF.matcher(body).replaceAll(mr -> "href=\"#" + Matcher.quoteReplacement(prefix + mr.group(1))
                + "\"");
        return "<svg role=\"img\" aria-label=\"" + esc(title) + "\"" + body.substring(4);
    }

    private static String levelName(double q) {
        long pct = Math.round(q * 100);
        return pct == 50 ? "median" : String.format(java.util.Locale.ROOT, "p%02d", pct);
    }

    private static double valueAt(double[] levels, double[] values, double level) {
        for (int i = 0; i < levels.length; i++) {
            if (levels[i] == level) {
                return values[i];
            }
        }
        return Double.NaN;
    }

    private static String interval(String lower, String upper) {
        return "[" + lower + ", " + upper + "]";
    }

    private static void row(StringBuilder h, String name, String value) {
        h.append("<tr><td class=\"name\">").append(esc(name)).append("</td><td>").append(esc(value))
                .append("</td></tr>\n");
    }

    private static void manifestRow(StringBuilder h, String name, String value) {
        h.append("<tr><td class=\"name\">").append(esc(name)).append("</td><td class=\"name\">").append(esc(value))
                .append("</td></tr>\n");
    }

    private static void cell(StringBuilder h, String text) {
        h.append("<td>").append(esc(text)).append("</td>");
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param s text, or {@code null} (printed as an empty string)
     * @return the escaped text
     */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
