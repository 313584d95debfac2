package org.rsisim.cli.report;

import org.rsisim.scenario.report.SweepKeys;
import org.rsisim.scenario.report.Numbers;
import org.rsisim.scenario.report.SweepPoint;
import org.rsisim.scenario.report.ReportContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;

/**
 * The table of a sweep: one row per point, with up to three key estimates (each event's probability by its last
 * requested time, or within the horizon, then each metric's mean), each as the estimate and its 95 % half-width,
 * rounded to the precision the Monte Carlo error supports. Fits {@link TableReport#WIDTH} columns. Stateless.
 */
public final class SweepTable {

    private SweepTable() {
    }

    /**
     * Formats the table of a context's sweep.
     *
     * @param ctx the context; its sweep may be empty
     * @return the table, lines ending with {@code '\n'}
     */
    public static String format(ReportContext ctx) {
        StringBuilder out = new StringBuilder();
        List<SweepKeys.Key> keys = SweepKeys.keys(ctx.result());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-26s %10s", "Sweep", "value"));
        for (SweepKeys.Key k : keys) {
            head.append(String.format(Locale.ROOT, " %20s", TextColumns.fit(k.heading(), 20)));
        }
        TextColumns.line(out, head.toString());
        for (SweepPoint p : ctx.sweep()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s %10s",
                    TextColumns.fit(p.parameter(), 26), Numbers.significant(p.value(), 6)));
            for (SweepKeys.Key k : keys) {
                double[] v = k.valueAndHalfWidth().apply(p.result());
                int d = Numbers.decimalsFor(v[2]);
                String cell = Numbers.rounded(v[0], d) + " +/-" + (d == Integer.MIN_VALUE
                        ? Numbers.significant(v[1], 2) : Numbers.rounded(v[1], d));
                row.append(String.format(Locale.ROOT, " %20s", TextColumns.fit(cell, 20)));
            }
            TextColumns.line(out, row.toString());
        }
        return out.toString();
    }
}
