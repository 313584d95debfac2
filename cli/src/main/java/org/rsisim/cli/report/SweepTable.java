package org.rsisim.cli.report;

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
    private static final int COLUMNS = 3;

    private SweepTable() {
    }

    /** A key estimate: a column heading and how to read it from a result. */
    record Key(String heading, Function<Result, double[]> valueAndHalfWidth) {
    }

    /**
     * Lists the key estimates of a result, in the order the table shows them.
     *
     * @param base the result whose observables are used
     * @return at most three keys
     */
    static List<Key> keys(Result base) {
        List<Key> keys = new ArrayList<>();
        for (EventSummary e : base.events().values()) {
            double[] times = e.times();
            String name = e.name();
            if (times.length == 0) {
                keys.add(new Key("P(" + name + ")", r -> {
                    EventSummary x = r.event(name);
                    Proportion p = Proportion.wilson(x.occurred(), x.runs());
                    return new double[] {p.p(), p.halfWidth(), p.stderr()};
                }));
            } else {
                double t = times[times.length - 1];
                keys.add(new Key("P(" + name + " by " + Numbers.time(t) + ")", r -> {
                    Proportion p = r.event(name).probabilityBy(t);
                    return new double[] {p.p(), p.halfWidth(), p.stderr()};
                }));
            }
        }
        for (MetricSummary m : base.metrics().values()) {
            String name = m.name();
            keys.add(new Key("mean " + name, r -> {
                MetricSummary x = r.metric(name);
                return new double[] {x.mean().value(), x.mean().halfWidth(), x.mean().stderr()};
            }));
        }
        return keys.subList(0, Math.min(COLUMNS, keys.size()));
    }

    /**
     * Formats the table of a context's sweep.
     *
     * @param ctx the context; its sweep may be empty
     * @return the table, lines ending with {@code '\n'}
     */
    public static String format(ReportContext ctx) {
        StringBuilder out = new StringBuilder();
        List<Key> keys = keys(ctx.result());
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-26s %10s", "Sweep", "value"));
        for (Key k : keys) {
            head.append(String.format(Locale.ROOT, " %20s", TableReport.fit(k.heading(), 20)));
        }
        TableReport.line(out, head.toString());
        for (SweepPoint p : ctx.sweep()) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-26s %10s",
                    TableReport.fit(p.parameter(), 26), Numbers.significant(p.value(), 6)));
            for (Key k : keys) {
                double[] v = k.valueAndHalfWidth().apply(p.result());
                int d = Numbers.decimalsFor(v[2]);
                String cell = Numbers.rounded(v[0], d) + " +/-" + (d == Integer.MIN_VALUE
                        ? Numbers.significant(v[1], 2) : Numbers.rounded(v[1], d));
                row.append(String.format(Locale.ROOT, " %20s", TableReport.fit(cell, 20)));
            }
            TableReport.line(out, row.toString());
        }
        return out.toString();
    }
}
