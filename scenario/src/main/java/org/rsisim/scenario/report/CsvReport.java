package org.rsisim.scenario.report;

import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;

/**
 * Writes results as CSV that pandas ({@code pd.read_csv}) and R ({@code read.csv}) read without options: a header
 * row, {@code ','} between fields, {@code '.'} as the decimal separator whatever the locale, {@code '\n'} line ends,
 * an empty field for a missing value (NaN), and names quoted when they hold a comma or a quote. Stateless.
 */
public final class CsvReport {
    private CsvReport() {
    }

    /**
     * Returns the event curves: one row per event and requested time.
     * Columns: {@code event,unit,time,p,ci95_lower,ci95_upper,stderr,occurred_by,runs,censored,by}, where
     * {@code time} is the number and {@code by} its label ({@link Numbers#byLabel}: {@code end of 2027} for the
     * calendar time 2028.0).
     *
     * @param r the result
     * @return the CSV text
     */
    public static String events(Result r) {
        StringBuilder out = new StringBuilder("event,unit,time,p,ci95_lower,ci95_upper,stderr,occurred_by,runs,"
                + "censored,by\n");
        for (EventSummary e : r.events().values()) {
            double[] times = e.times();
            Proportion[] ps = e.probabilityBy();
            for (int i = 0; i < times.length; i++) {
                row(out, name(e.name()), name(e.unit()), Numbers.csv(times[i]), Numbers.csv(ps[i].p()),
                        Numbers.csv(ps[i].lower()), Numbers.csv(ps[i].upper()), Numbers.csv(ps[i].stderr()),
                        Long.toString(ps[i].successes()), Long.toString(ps[i].trials()),
                        Numbers.csv(e.censoredFraction()), name(Numbers.byLabel(e.unit(), times[i])));
            }
        }
        return out.toString();
    }

    /**
     * Returns the series bands: one row per series and step.
     * Columns: {@code series,unit,index_unit,index,count,mean,p05,p25,p50,p75,p95}.
     *
     * @param r the result
     * @return the CSV text
     */
    public static String series(Result r) {
        StringBuilder out = new StringBuilder("series,unit,index_unit,index,count,mean,p05,p25,p50,p75,p95\n");
        for (SeriesBands s : r.series().values()) {
            double[] index = s.index();
            long[] count = s.count();
            double[] mean = s.mean();
            double[] p05 = s.p05();
            double[] p25 = s.p25();
            double[] p50 = s.p50();
            double[] p75 = s.p75();
            double[] p95 = s.p95();
            for (int i = 0; i < index.length; i++) {
                row(out, name(s.name()), name(s.unit()), name(s.indexUnit()), Numbers.csv(index[i]),
                        Long.toString(count[i]), Numbers.csv(mean[i]), Numbers.csv(p05[i]), Numbers.csv(p25[i]),
                        Numbers.csv(p50[i]), Numbers.csv(p75[i]), Numbers.csv(p95[i]));
            }
        }
        return out.toString();
    }

    /**
     * Returns the metric summaries: one row per metric.
     * Columns: {@code metric,unit,count,mean,stderr,ci95_lower,ci95_upper,sd,min,max,p01,p05,...,p99}.
     *
     * @param r the result
     * @return the CSV text
     */
    public static String metrics(Result r) {
        StringBuilder out = new StringBuilder("metric,unit,count,mean,stderr,ci95_lower,ci95_upper,sd,min,max");
        double[] levels = org.rsisim.core.stat.Quantiles.standardLevels();
        for (double l : levels) {
            out.append(',').append(JsonReport.quantileKey(l));
        }
        out.append('\n');
        for (MetricSummary m : r.metrics().values()) {
            StringBuilder line = new StringBuilder();
            line.append(name(m.name())).append(',').append(name(m.unit())).append(',').append(m.count());
            for (double v : new double[] {m.mean().value(), m.mean().stderr(), m.mean().lower(), m.mean().upper(),
                    m.standardDeviation(), m.min(), m.max()}) {
                line.append(',').append(Numbers.csv(v));
            }
            for (double l : levels) {
                line.append(',').append(Numbers.csv(m.quantiles().at(l)));
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    /**
     * Returns a sweep's key estimates: one row per point and estimate.
     * Columns: {@code parameter,value,estimate,value_estimate,ci95_half_width}.
     *
     * @param ctx the context
     * @return the CSV text; only the header when there is no sweep
     */
    public static String sweep(ReportContext ctx) {
        StringBuilder out = new StringBuilder("parameter,value,estimate,estimate_value,ci95_half_width\n");
        var keys = SweepKeys.keys(ctx.result());
        for (SweepPoint p : ctx.sweep()) {
            for (SweepKeys.Key k : keys) {
                double[] v = k.valueAndHalfWidth().apply(p.result());
                row(out, name(p.parameter()), Numbers.csv(p.value()), name(k.heading()), Numbers.csv(v[0]),
                        Numbers.csv(v[1]));
            }
        }
        return out.toString();
    }

    /**
     * Returns every estimate in one long ("tidy") table, the form {@code --format csv} prints: one row per
     * observable, index and statistic. Columns: {@code kind,name,index,statistic,value}, where {@code kind} is
     * {@code metric}, {@code event} or {@code series}; {@code index} is the time of an event probability or the
     * step's index of a series, and empty otherwise; statistics are {@code mean, stderr, ci95_lower, ci95_upper, sd,
     * min, max, p01..p99} for metrics, {@code p, ci95_lower, ci95_upper, censored} for events and {@code mean,
     * p05, p25, p50, p75, p95} for series.
     *
     * @param r the result
     * @return the CSV text
     */
    public static String summary(Result r) {
        StringBuilder out = new StringBuilder("kind,name,index,statistic,value\n");
        for (MetricSummary m : r.metrics().values()) {
            String n = name(m.name());
            String[] stats = {"mean", "stderr", "ci95_lower", "ci95_upper", "sd", "min", "max"};
            double[] values = {m.mean().value(), m.mean().stderr(), m.mean().lower(), m.mean().upper(),
                    m.standardDeviation(), m.min(), m.max()};
            for (int i = 0; i < stats.length; i++) {
                row(out, "metric", n, "", stats[i], Numbers.csv(values[i]));
            }
            for (double l : org.rsisim.core.stat.Quantiles.standardLevels()) {
                row(out, "metric", n, "", JsonReport.quantileKey(l), Numbers.csv(m.quantiles().at(l)));
            }
        }
        for (EventSummary e : r.events().values()) {
            String n = name(e.name());
            double[] times = e.times();
            Proportion[] ps = e.probabilityBy();
            for (int i = 0; i < times.length; i++) {
                String t = Numbers.csv(times[i]);
                row(out, "event", n, t, "p", Numbers.csv(ps[i].p()));
                row(out, "event", n, t, "ci95_lower", Numbers.csv(ps[i].lower()));
                row(out, "event", n, t, "ci95_upper", Numbers.csv(ps[i].upper()));
            }
            row(out, "event", n, "", "censored", Numbers.csv(e.censoredFraction()));
        }
        for (SeriesBands s : r.series().values()) {
            String n = name(s.name());
            double[] index = s.index();
            double[][] bands = {s.mean(), s.p05(), s.p25(), s.p50(), s.p75(), s.p95()};
            String[] stats = {"mean", "p05", "p25", "p50", "p75", "p95"};
            for (int i = 0; i < index.length; i++) {
                for (int b = 0; b < bands.length; b++) {
                    row(out, "series", n, Numbers.csv(index[i]), stats[b], Numbers.csv(bands[b][i]));
                }
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String... fields) {
        out.append(String.join(",", fields)).append('\n');
    }

    /**
     * Quotes a text field when it holds a comma, a quote or a line break (RFC 4180).
     *
     * @param s the text
     * @return the field
     */
    static String name(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
