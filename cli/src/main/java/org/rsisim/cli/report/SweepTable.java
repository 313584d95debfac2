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
 * rounded to the precision the Monte Carlo error supports. Fits {@link TableReport#WIDTH} columns: long headings
 * wrap onto further lines and a long parameter name stands on a line of its own, never cut; values are printed in
 * their shortest form ({@link Numbers#plain}). Stateless.
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
        int n = keys.size() + 2;
        int[] widths = new int[n];
        boolean[] right = new boolean[n];
        int[] gaps = new int[n];
        widths[0] = 26;
        widths[1] = 10;
        right[1] = true;
        gaps[1] = 1;
        for (int c = 2; c < n; c++) {
            widths[c] = 20;
            right[c] = true;
            gaps[c] = 1;
        }
        TextColumns.Layout layout = new TextColumns.Layout(widths, right, gaps);
        String[] head = new String[n];
        head[0] = "Sweep";
        head[1] = "value";
        for (int c = 2; c < n; c++) {
            head[c] = keys.get(c - 2).heading();
        }
        TextColumns.row(out, layout, head);
        for (SweepPoint p : ctx.sweep()) {
            String[] row = new String[n];
            row[0] = p.parameter();
            row[1] = Numbers.plain(p.value());
            for (int c = 2; c < n; c++) {
                double[] v = keys.get(c - 2).valueAndHalfWidth().apply(p.result());
                int d = Numbers.decimalsFor(v[2]);
                row[c] = Numbers.rounded(v[0], d) + " +/-" + (d == Integer.MIN_VALUE
                        ? Numbers.significant(v[1], 2) : Numbers.rounded(v[1], d));
            }
            TextColumns.row(out, layout, row);
        }
        return out.toString();
    }
}
