package org.rsisim.scenario.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.rsisim.core.Manifest;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Histogram;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/**
 * Writes a result and its manifest as JSON with the stable field names documented in {@code docs/json.md} and
 * {@code docs/result.schema.json}. Numbers are written in full precision; a value that is not finite (NaN, such as
 * the mean of a metric no run recorded) is written as {@code null}. Stateless and thread-safe.
 */
public final class JsonReport {
    /** Version of the JSON layout; raised when a field is removed or changes meaning. */
    public static final int FORMAT_VERSION = 1;
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonReport() {
    }

    /**
     * Formats a report context as indented JSON.
     *
     * @param ctx the context
     * @return the JSON text, ending with a newline
     */
    public static String format(ReportContext ctx) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", FORMAT_VERSION);
            manifest(g, ctx.scenarioName(), ctx.result());
            if (!ctx.resolvedScenario().isEmpty()) {
                g.writeStringField("resolvedScenario", ctx.resolvedScenario());
            }
            body(g, ctx.result(), true);
            if (!ctx.sweep().isEmpty()) {
                g.writeArrayFieldStart("sweep");
                for (SweepPoint p : ctx.sweep()) {
                    g.writeStartObject();
                    g.writeStringField("parameter", p.parameter());
                    number(g, "value", p.value());
                    g.writeStringField("scenarioHash", p.result().manifest().scenarioHash());
                    g.writeBooleanField("partial", p.result().partial());
                    body(g, p.result(), false);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    private static void manifest(JsonGenerator g, String scenario, Result r) throws IOException {
        Manifest m = r.manifest();
        g.writeObjectFieldStart("manifest");
        g.writeStringField("version", m.version());
        g.writeNumberField("seed", m.seed());
        g.writeNumberField("runs", m.runs());
        g.writeNumberField("threads", m.threads());
        g.writeStringField("scenario", scenario);
        g.writeBooleanField("partial", m.partial());
        g.writeStringField("model", m.model());
        g.writeStringField("scenarioHash", m.scenarioHash());
        g.writeNumberField("requestedRuns", m.requestedRuns());
        g.writeNumberField("blockSize", m.blockSize());
        number(g, "wallTimeSeconds", m.wallTimeSeconds());
        if (r.convergence() != null) {
            Result.Convergence c = r.convergence();
            g.writeObjectFieldStart("precision");
            g.writeStringField("observable", c.target().observable());
            if (c.target().isEvent()) {
                number(g, "time", c.target().time());
            }
            number(g, "halfWidth", c.target().halfWidth());
            number(g, "achievedHalfWidth", c.achievedHalfWidth());
            g.writeBooleanField("met", c.met());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void body(JsonGenerator g, Result r, boolean withSeries) throws IOException {
        g.writeObjectFieldStart("counts");
        g.writeNumberField("completed", r.completed());
        g.writeNumberField("diverged", r.diverged());
        g.writeNumberField("failed", r.failed());
        g.writeNumberField("rejectedDraws", r.rejectedDraws());
        g.writeObjectFieldStart("divergedAtStep");
        for (Map.Entry<Integer, Long> e : r.divergedAtStep().entrySet()) {
            g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
        }
        g.writeEndObject();
        g.writeArrayFieldStart("failures");
        for (String f : r.failures()) {
            g.writeString(f);
        }
        g.writeEndArray();
        g.writeEndObject();

        g.writeObjectFieldStart("events");
        for (EventSummary e : r.events().values()) {
            g.writeObjectFieldStart(e.name());
            g.writeStringField("unit", e.unit());
            g.writeArrayFieldStart("probabilityBy");
            double[] times = e.times();
            Proportion[] ps = e.probabilityBy();
            for (int i = 0; i < times.length; i++) {
                g.writeStartObject();
                number(g, "time", times[i]);
                g.writeStringField("label", Numbers.byLabel(e.unit(), times[i]));
                number(g, "p", ps[i].p());
                g.writeArrayFieldStart("ci95");
                number(g, ps[i].lower());
                number(g, ps[i].upper());
                g.writeEndArray();
                number(g, "stderr", ps[i].stderr());
                g.writeEndObject();
            }
            g.writeEndArray();
            number(g, "censored", e.censoredFraction());
            g.writeNumberField("runs", e.runs());
            g.writeNumberField("occurred", e.occurred());
            number(g, "meanTime", e.meanTime().value());
            quantiles(g, "timeQuantiles", e.timeQuantiles());
            intervals(g, "timeQuantileIntervals", e.timeQuantiles());
            if (withSeries && e.cdf().time().length > 0) {
                cdf(g, e.cdf());
            }
            g.writeEndObject();
        }
        g.writeEndObject();

        g.writeObjectFieldStart("metrics");
        for (MetricSummary m : r.metrics().values()) {
            g.writeObjectFieldStart(m.name());
            g.writeStringField("unit", m.unit());
            g.writeNumberField("count", m.count());
            number(g, "mean", m.mean().value());
            number(g, "stderr", m.mean().stderr());
            g.writeArrayFieldStart("ci95");
            number(g, m.mean().lower());
            number(g, m.mean().upper());
            g.writeEndArray();
            number(g, "sd", m.standardDeviation());
            number(g, "min", m.min());
            number(g, "max", m.max());
            quantiles(g, "quantiles", m.quantiles());
            intervals(g, "quantileIntervals", m.quantiles());
            if (withSeries && m.histogram() != null) {
                histogram(g, m.histogram());
            }
            g.writeEndObject();
        }
        g.writeEndObject();

        if (withSeries) {
            g.writeObjectFieldStart("series");
            for (SeriesBands s : r.series().values()) {
                g.writeObjectFieldStart(s.name());
                g.writeStringField("unit", s.unit());
                g.writeStringField("indexUnit", s.indexUnit());
                array(g, "index", s.index());
                g.writeArrayFieldStart("count");
                for (long c : s.count()) {
                    g.writeNumber(c);
                }
                g.writeEndArray();
                array(g, "mean", s.mean());
                array(g, "p05", s.p05());
                array(g, "p25", s.p25());
                array(g, "p50", s.p50());
                array(g, "p75", s.p75());
                array(g, "p95", s.p95());
                array(g, "stderr", s.stderr());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
    }

    private static void histogram(JsonGenerator g, Histogram h) throws IOException {
        g.writeObjectFieldStart("histogram");
        array(g, "edges", h.edges());
        g.writeArrayFieldStart("counts");
        for (long c : h.counts()) {
            g.writeNumber(c);
        }
        g.writeEndArray();
        g.writeNumberField("below", h.below());
        g.writeNumberField("above", h.above());
        g.writeBooleanField("logarithmic", h.logarithmic());
        g.writeEndObject();
    }

    /**
     * Returns the JSON key of a quantile level: {@code p01}, {@code p05}, ..., {@code p50}, ..., {@code p99}.
     *
     * @param level a level in (0, 1)
     * @return the key
     */
    public static String quantileKey(double level) {
        return String.format(java.util.Locale.ROOT, "p%02d", Math.round(level * 100));
    }

    private static void quantiles(JsonGenerator g, String field, Quantiles q) throws IOException {
        g.writeObjectFieldStart(field);
        double[] levels = q.levels();
        double[] values = q.values();
        for (int i = 0; i < levels.length; i++) {
            number(g, quantileKey(levels[i]), values[i]);
        }
        g.writeEndObject();
    }

    /**
     * The confidence intervals of the quantiles, if computed: {@code {"confidence": 0.95, "p01": [lower, upper],
     * ...}}, a bound that no order statistic gives written as null.
     */
    private static void intervals(JsonGenerator g, String field, Quantiles q) throws IOException {
        if (Double.isNaN(q.confidence())) {
            return;
        }
        g.writeObjectFieldStart(field);
        number(g, "confidence", q.confidence());
        double[] levels = q.levels();
        double[] lower = q.lower();
        double[] upper = q.upper();
        for (int i = 0; i < levels.length; i++) {
            g.writeArrayFieldStart(quantileKey(levels[i]));
            number(g, lower[i]);
            number(g, upper[i]);
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /**
     * An event's whole curve: {@code {"time": [...], "p": [...], "lower": [...], "upper": [...], "band": {"kind":
     * "DKW", "confidence": 0.95, "halfWidth": eps}}}.
     */
    private static void cdf(JsonGenerator g, EventCdf c) throws IOException {
        g.writeObjectFieldStart("cdf");
        array(g, "time", c.time());
        array(g, "p", c.p());
        array(g, "lower", c.lower());
        array(g, "upper", c.upper());
        g.writeObjectFieldStart("band");
        g.writeStringField("kind", c.bandKind());
        number(g, "confidence", c.bandConfidence());
        number(g, "halfWidth", c.bandHalfWidth());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void array(JsonGenerator g, String field, double[] values) throws IOException {
        g.writeArrayFieldStart(field);
        for (double v : values) {
            number(g, v);
        }
        g.writeEndArray();
    }

    private static void number(JsonGenerator g, String field, double v) throws IOException {
        g.writeFieldName(field);
        number(g, v);
    }

    private static void number(JsonGenerator g, double v) throws IOException {
        if (Double.isFinite(v)) {
            g.writeNumber(v);
        } else {
            g.writeNull();
        }
    }
}
