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
 * interval, to three significant digits. Stateless.
 */
public final class TableReport {
    /** The widest line the table writes. */
    public static final int WIDTH = TextColumns.WIDTH;
    /** The most significant digits of a quantile in the table: as many as an 11-character column holds. */
    private static final int DIGITS = 9;

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
        TextColumns.line(out, String.format(Locale.ROOT, "%-30s %10s %9s  %-21s %9s %12s", "Event", "by", "P", "95 % CI",
                "censored", "median time"));
        for (EventSummary e : r.events().values()) {
            double[] times = e.times();
            Proportion[] ps = e.probabilityBy();
            String censored = Numbers.percent(e.censoredFraction());
            String median = e.occurred() > 0 ? Numbers.supported(e.timeQuantiles().at(0.5),
                    e.timeQuantiles().lowerAt(0.5), e.timeQuantiles().upperAt(0.5), DIGITS) : "-";
            if (times.length == 0) {
                Proportion by = Proportion.wilson(e.occurred(), e.runs());
                TextColumns.line(out, row(e.name(), "horizon", by, censored, median));
            }
            for (int i = 0; i < times.length; i++) {
                TextColumns.line(out, row(i == 0 ? e.name() : "", Numbers.time(times[i]), ps[i], i == 0 ? censored : "",
                        i == 0 ? median : ""));
            }
        }
    }

    private static String row(String name, String by, Proportion p, String censored, String median) {
        int d = Numbers.decimalsFor(p.stderr());
        if (d == Integer.MIN_VALUE) {
            d = 3;
        }
        d = Math.max(2, Math.min(d, 6));
        String ci = "[" + Numbers.rounded(p.lower(), d) + ", " + Numbers.rounded(p.upper(), d) + "]";
        return String.format(Locale.ROOT, "%-30s %10s %9s  %-21s %9s %12s", TextColumns.fit(name, 30), TextColumns.fit(by, 10),
                Numbers.rounded(p.p(), d), ci, censored, median);
    }

    private static void metrics(StringBuilder out, Result r) {
        if (r.metrics().isEmpty()) {
            return;
        }
        out.append('\n');
        TextColumns.line(out, String.format(Locale.ROOT, "%-24s %-25s %11s %11s %11s  %-12s", "Metric", "mean +/- s.e.",
                "p05", "p50", "p95", "unit"));
        for (MetricSummary m : r.metrics().values()) {
            int d = Numbers.decimalsFor(m.mean().stderr());
            String mean = Numbers.rounded(m.mean().value(), d) + " +/- " + (d == Integer.MIN_VALUE
                    ? Numbers.significant(m.mean().stderr(), 2) : Numbers.rounded(m.mean().stderr(), d));
            TextColumns.line(out, String.format(Locale.ROOT, "%-24s %-25s %11s %11s %11s  %-12s", TextColumns.fit(m.name(), 24),
                    TextColumns.fit(mean, 25), quantile(m.quantiles(), 0.05), quantile(m.quantiles(), 0.5),
                    quantile(m.quantiles(), 0.95),
                    TextColumns.fit(unit(m.unit()), 12)));
        }
    }

    /**
     * A quantile rounded to what its interval supports ({@link Numbers#supported}), at most {@value #DIGITS}
     * significant digits so that it fits its column.
     */
    private static String quantile(Quantiles q, double level) {
        return TextColumns.fit(Numbers.supported(q.at(level), q.lowerAt(level), q.upperAt(level), DIGITS), 11);
    }

    private static void series(StringBuilder out, Result r) {
        if (r.series().isEmpty()) {
            return;
        }
        out.append('\n');
        TextColumns.line(out, String.format(Locale.ROOT, "%-24s %-16s %11s %11s %11s %11s  %-9s", "Series (last step)", "at",
                "mean", "p05", "p50", "p95", "unit"));
        for (SeriesBands s : r.series().values()) {
            int last = lastReached(s);
            if (last < 0) {
                TextColumns.line(out, String.format(Locale.ROOT, "%-24s %s", TextColumns.fit(s.name(), 24), "no run reached any step"));
                continue;
            }
            String at = TextColumns.fit(s.indexUnit() + " " + Numbers.time(s.index()[last]), 16);
            TextColumns.line(out, String.format(Locale.ROOT, "%-24s %-16s %11s %11s %11s %11s  %-9s", TextColumns.fit(s.name(), 24), at,
                    Numbers.significant(s.mean()[last], 3), Numbers.significant(s.p05()[last], 3),
                    Numbers.significant(s.p50()[last], 3), Numbers.significant(s.p95()[last], 3),
                    TextColumns.fit(unit(s.unit()), 9)));
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

    static String unit(String unit) {
        return unit == null || unit.equals("1") ? "" : unit;
    }

    /**
     * Cuts text to a width, marking the cut with {@code '~'}.
     *
     * @param s the text
     * @param width the width
     * @return text of at most {@code width} characters
     */
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
