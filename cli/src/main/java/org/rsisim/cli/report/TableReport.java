package org.rsisim.cli.report;

import org.rsisim.scenario.report.Numbers;
import org.rsisim.scenario.report.ReportContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rsisim.core.Manifest;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/**
 * The terminal table of a result: at most {@value #WIDTH} columns, every estimate rounded to two significant digits
 * of its Monte Carlo standard error, with how many runs completed, diverged, failed and were censored. A metric's
 * quantiles and an event's median time are rounded to the fewest significant digits that stay inside their
 * distribution-free 95 % interval ({@link Numbers#supported}, at most nine digits); series quantiles, which have no
 * interval, to three significant digits. Names and units are never cut: a long name stands on a line of its own
 * ({@link TextColumns}). An event time in calendar years is labelled so that it cannot be misread
 * ({@link Numbers#byLabel}: P by 2028.0 is shown as {@code by end of 2027}). A metric recorded by fewer runs than
 * completed, or a series whose last step fewer runs reached, says over how many runs its figures are. Stateless.
 */
public final class TableReport {
    /** The widest line the table writes. */
    public static final int WIDTH = TextColumns.WIDTH;
    /** The most significant digits of a quantile in the table: as many as an 11-character column holds. */
    private static final int DIGITS = 9;

    private static final TextColumns.Layout EVENTS = new TextColumns.Layout(new int[] {30, 11, 9, 21, 9, 12},
            new boolean[] {false, true, true, false, true, true}, new int[] {0, 1, 1, 2, 1, 1});
    private static final TextColumns.Layout METRICS = new TextColumns.Layout(new int[] {24, 25, 11, 11, 11, 12},
            new boolean[] {false, false, true, true, true, false}, new int[] {0, 1, 1, 1, 1, 2});
    private static final TextColumns.Layout SERIES = new TextColumns.Layout(new int[] {24, 14, 11, 11, 11, 11, 11},
            new boolean[] {false, false, true, true, true, true, false}, new int[] {0, 1, 1, 1, 1, 1, 2});

    private TableReport() {
    }

    /**
     * Formats a report.
     *
     * @param ctx the report context
     * @return the table, lines separated by {@code '\n'}, ending with one
     */
    public static String format(ReportContext ctx) {
        StringBuilder out = new StringBuilder();
        Result r = ctx.result();
        header(out, ctx.scenarioName(), r);
        events(out, r);
        metrics(out, r);
        series(out, r);
        if (!ctx.sweep().isEmpty()) {
            out.append('\n').append(SweepTable.format(ctx));
        }
        return out.toString();
    }

    private static void header(StringBuilder out, String scenario, Result r) {
        Manifest m = r.manifest();
        TextColumns.line(out, "Scenario " + scenario + "  (model " + m.model() + ", rsisim " + m.version() + ")");
        TextColumns.line(out, String.format(Locale.ROOT, "%d runs, seed %d, %d thread%s, block %d, %.2f s", m.runs(), m.seed(),
                m.threads(), m.threads() == 1 ? "" : "s", m.blockSize(), m.wallTimeSeconds()));
        StringBuilder runs = new StringBuilder("Runs: " + r.completed() + " completed, " + r.diverged()
                + " diverged");
        if (r.diverged() > 0 && !r.divergedAtStep().isEmpty()) {
            Map.Entry<Integer, Long> first = r.divergedAtStep().entrySet().iterator().next();
            runs.append(first.getKey() >= 0 ? " (earliest at step " + first.getKey() + ")" : "");
        }
        runs.append(", ").append(r.failed()).append(" failed");
        TextColumns.line(out, runs.toString());
        if (r.failed() > 0 && !r.failures().isEmpty()) {
            TextColumns.line(out, "First failure: " + r.failures().get(0));
        }
        if (r.rejectedDraws() > 0) {
            TextColumns.line(out, "Parameter draws rejected by the model and drawn again: " + r.rejectedDraws());
        }
        if (r.partial()) {
            TextColumns.line(out, "PARTIAL RESULT: stopped after " + m.runs() + " of " + m.requestedRuns() + " runs");
        }
        if (r.convergence() != null) {
            Result.Convergence c = r.convergence();
            TextColumns.line(out, "Precision " + c.target() + ": reached +/-" + Numbers.significant(c.achievedHalfWidth(), 2)
                    + (c.met() ? " (met)" : " (NOT met within the run budget)"));
        }
    }

    private static void events(StringBuilder out, Result r) {
        if (r.events().isEmpty()) {
            return;
        }
        out.append('\n');
        TextColumns.row(out, EVENTS, "Event", "by", "P", "95 % CI", "censored", "median time");
        for (EventSummary e : r.events().values()) {
            double[] times = e.times();
            Proportion[] ps = e.probabilityBy();
            String censored = Numbers.percent(e.censoredFraction());
            String median = e.occurred() > 0 ? Numbers.supported(e.timeQuantiles().at(0.5),
                    e.timeQuantiles().lowerAt(0.5), e.timeQuantiles().upperAt(0.5), DIGITS) : "-";
            if (times.length == 0) {
                Proportion by = Proportion.wilson(e.occurred(), e.runs());
                row(out, e.name(), "horizon", by, censored, median);
            }
            for (int i = 0; i < times.length; i++) {
                row(out, i == 0 ? e.name() : "", Numbers.byLabel(e.unit(), times[i]), ps[i], i == 0 ? censored : "",
                        i == 0 ? median : "");
            }
        }
    }

    private static void row(StringBuilder out, String name, String by, Proportion p, String censored,
                            String median) {
        int d = Numbers.decimalsFor(p.stderr());
        if (d == Integer.MIN_VALUE) {
            d = 3;
        }
        d = Math.max(2, Math.min(d, 6));
        String ci = "[" + Numbers.rounded(p.lower(), d) + ", " + Numbers.rounded(p.upper(), d) + "]";
        TextColumns.row(out, EVENTS, name, by, Numbers.rounded(p.p(), d), ci, censored, median);
    }

    private static void metrics(StringBuilder out, Result r) {
        if (r.metrics().isEmpty()) {
            return;
        }
        out.append('\n');
        TextColumns.row(out, METRICS, "Metric", "mean +/- s.e.", "p05", "p50", "p95", "unit");
        for (MetricSummary m : r.metrics().values()) {
            int d = Numbers.decimalsFor(m.mean().stderr());
            String mean = Numbers.rounded(m.mean().value(), d) + " +/- " + (d == Integer.MIN_VALUE
                    ? Numbers.significant(m.mean().stderr(), 2) : Numbers.rounded(m.mean().stderr(), d));
            TextColumns.row(out, METRICS, m.name(), mean, quantile(m.quantiles(), 0.05),
                    quantile(m.quantiles(), 0.5), quantile(m.quantiles(), 0.95), unit(m.unit()));
            if (m.count() < r.completed()) {
                TextColumns.line(out, "    " + subset(m.count(), r.completed()));
            }
            if (m.count() > 1 && m.min() == m.max()) {
                TextColumns.line(out, "    " + Numbers.plain(m.min()) + " in every run: nothing that varies in this "
                        + "scenario changes it (its description may say why)");
            }
        }
    }

    /**
     * A quantile rounded to what its interval supports ({@link Numbers#supported}), at most {@value #DIGITS}
     * significant digits so that it fits its column.
     */
    private static String quantile(Quantiles q, double level) {
        return Numbers.supported(q.at(level), q.lowerAt(level), q.upperAt(level), DIGITS);
    }

    private static void series(StringBuilder out, Result r) {
        if (r.series().isEmpty()) {
            return;
        }
        out.append('\n');
        TextColumns.row(out, SERIES, "Series (last step)", "at", "mean", "p05", "p50", "p95", "unit");
        for (SeriesBands s : r.series().values()) {
            int last = lastReached(s);
            if (last < 0) {
                TextColumns.line(out, s.name() + "  no run reached any step");
                continue;
            }
            String at = s.indexUnit() + " " + Numbers.time(s.index()[last]);
            TextColumns.row(out, SERIES, s.name(), at,
                    Numbers.significant(s.mean()[last], 3), Numbers.significant(s.p05()[last], 3),
                    Numbers.significant(s.p50()[last], 3), Numbers.significant(s.p95()[last], 3),
                    unit(s.unit()));
            if (s.count()[last] < r.completed()) {
                TextColumns.line(out, "    " + subset(s.count()[last], r.completed()) + "; the others ended earlier");
            }
        }
    }

    private static int lastReached(SeriesBands s) {
        long[] count = s.count();
        for (int i = count.length - 1; i >= 0; i--) {
            if (count[i] > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Says over how many runs a figure is computed when that is fewer than the completed runs.
     *
     * @param count the runs behind the figure
     * @param completed the completed runs
     * @return such as {@code over 9,120 of 10,000 completed runs (91.2 %)}
     */
    public static String subset(long count, long completed) {
        return String.format(Locale.ROOT, "over %,d of %,d completed runs (%s)", count, completed,
                Numbers.percent(completed == 0 ? Double.NaN : (double) count / completed));
    }

    static String unit(String unit) {
        return unit == null || unit.equals("1") ? "" : unit;
    }

    /**
     * Returns every line longer than the table's width, for tests.
     *
     * @param table a formatted table
     * @return the long lines; empty when the table fits
     */
    public static List<String> overlong(String table) {
        return table.lines().filter(l -> l.length() > WIDTH).toList();
    }
}
