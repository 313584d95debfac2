package org.rsisim.scenario.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rsisim.core.Manifest;
import org.rsisim.core.Result;
import org.rsisim.core.Target;
import org.rsisim.core.stat.Estimate;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.Histogram;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.core.stat.SeriesBands;

/**
 * Reads a saved {@code result.json} ({@link JsonReport}, docs/json.md) back into the result it was written from,
 * so that the reports of a saved result (the table, the CSV files, the charts, the page) are drawn without running
 * the scenario again, for instance from the result of a cluster job. Every number the reports show is in the file;
 * numbers written as {@code null} (not finite) come back as NaN, and the resolved scenario
 * ({@code resolvedScenario}) is kept, so the redrawn reports still say what produced them. A sweep's points are not
 * read. Stateless.
 */
public final class ResultReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResultReader() {
    }

    /**
     * Reads a result.
     *
     * @param json the text of a {@code result.json}
     * @return the scenario's name and its result, without sweep points
     * @throws IOException if the text is not JSON
     * @throws IllegalArgumentException if it is not a result of format {@value JsonReport#FORMAT_VERSION}, or a
     *         field is missing or invalid
     */
    public static ReportContext read(String json) throws IOException {
        JsonNode doc = JSON.readTree(json);
        if (doc == null || doc.path("format").asInt(-1) != JsonReport.FORMAT_VERSION || !doc.has("manifest")) {
            throw new IllegalArgumentException("not an rsisim result.json of format " + JsonReport.FORMAT_VERSION);
        }
        JsonNode m = doc.get("manifest");
        Manifest manifest = new Manifest(text(m, "version"), text(m, "model"), text(m, "scenario"),
                text(m, "scenarioHash"), m.path("seed").asLong(), m.path("runs").asLong(),
                m.path("requestedRuns").asLong(), m.path("threads").asInt(), m.path("blockSize").asInt(),
                number(m.get("wallTimeSeconds")), m.path("partial").asBoolean());
        Result.Convergence convergence = null;
        if (m.has("precision")) {
            JsonNode p = m.get("precision");
            Target t = p.has("time") ? Target.eventProbability(text(p, "observable"), number(p.get("time")),
                    number(p.get("halfWidth"))) : Target.metricMean(text(p, "observable"), number(p.get("halfWidth")));
            convergence = new Result.Convergence(t, number(p.get("achievedHalfWidth")), p.path("met").asBoolean());
        }
        JsonNode counts = doc.path("counts");
        Map<Integer, Long> divergedAt = new LinkedHashMap<>();
        counts.path("divergedAtStep").fields().forEachRemaining(e -> divergedAt.put(Integer.parseInt(e.getKey()),
                e.getValue().asLong()));
        List<String> failures = new ArrayList<>();
        counts.path("failures").forEach(f -> failures.add(f.asText()));
        Map<String, MetricSummary> metrics = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("metrics").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            metrics.put(e.getKey(), metric(e.getKey(), e.getValue()));
        }
        Map<String, EventSummary> events = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("events").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            events.put(e.getKey(), event(e.getKey(), e.getValue()));
        }
        Map<String, SeriesBands> series = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.path("series").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            SeriesBands b = new SeriesBands(e.getKey(), text(s, "unit"), text(s, "indexUnit"),
                    numbers(s.get("index")), longs(s.get("count")), numbers(s.get("mean")), numbers(s.get("p05")),
                    numbers(s.get("p25")), numbers(s.get("p50")), numbers(s.get("p75")), numbers(s.get("p95")));
            if (s.has("stderr")) {
                b = new SeriesBands(b.name(), b.unit(), b.indexUnit(), b.index(), b.count(), b.mean(), b.p05(),
                        b.p25(), b.p50(), b.p75(), b.p95(), numbers(s.get("stderr")));
            }
            series.put(e.getKey(), b);
        }
        Result result = new Result(manifest, metrics, events, series, counts.path("completed").asLong(),
                counts.path("diverged").asLong(), counts.path("failed").asLong(), divergedAt, failures, convergence,
                counts.path("rejectedDraws").asLong());
        String resolved = doc.path("resolvedScenario").isTextual() ? doc.get("resolvedScenario").asText() : "";
        return new ReportContext(manifest.scenario(), result, List.of(), resolved);
    }

    private static MetricSummary metric(String name, JsonNode m) {
        JsonNode ci = m.path("ci95");
        Estimate mean = new Estimate(number(m.get("mean")), number(m.get("stderr")), number(ci.get(0)),
                number(ci.get(1)));
        Histogram h = null;
        if (m.has("histogram")) {
            JsonNode x = m.get("histogram");
            h = new Histogram(numbers(x.get("edges")), longs(x.get("counts")), x.path("below").asLong(),
                    x.path("above").asLong(), x.path("logarithmic").asBoolean());
        }
        return new MetricSummary(name, text(m, "unit"), m.path("count").asLong(), mean, number(m.get("sd")),
                number(m.get("min")), number(m.get("max")), quantiles(m.get("quantiles"), m.get("quantileIntervals")),
                h);
    }

    private static EventSummary event(String name, JsonNode e) {
        long runs = e.path("runs").asLong();
        JsonNode by = e.path("probabilityBy");
        double[] times = new double[by.size()];
        Proportion[] ps = new Proportion[by.size()];
        for (int i = 0; i < times.length; i++) {
            JsonNode p = by.get(i);
            times[i] = number(p.get("time"));
            double value = number(p.get("p"));
            long successes = Math.max(0, Math.min(runs, Math.round(value * runs)));
            ps[i] = new Proportion(successes, runs, value, number(p.get("stderr")), number(p.path("ci95").get(0)),
                    number(p.path("ci95").get(1)));
        }
        Estimate meanTime = new Estimate(number(e.get("meanTime")), Double.NaN, Double.NaN, Double.NaN);
        EventCdf cdf = EventCdf.empty();
        if (e.has("cdf")) {
            JsonNode c = e.get("cdf");
            JsonNode band = c.path("band");
            cdf = new EventCdf(numbers(c.get("time")), numbers(c.get("p")), numbers(c.get("lower")),
                    numbers(c.get("upper")), band.path("kind").asText(EventCdf.DKW), number(band.get("confidence")),
                    number(band.get("halfWidth")));
        }
        return new EventSummary(name, text(e, "unit"), runs, e.path("occurred").asLong(), times, ps,
                number(e.get("censored")), quantiles(e.get("timeQuantiles"), e.get("timeQuantileIntervals")),
                meanTime, cdf);
    }

    /** Quantiles with their intervals when the file has them (files written before them have none). */
    private static Quantiles quantiles(JsonNode q, JsonNode intervals) {
        Quantiles values = quantiles(q);
        if (intervals == null || intervals.isNull()) {
            return values;
        }
        double[] levels = values.levels();
        double[] lower = new double[levels.length];
        double[] upper = new double[levels.length];
        for (int i = 0; i < levels.length; i++) {
            JsonNode pair = intervals.get(JsonReport.quantileKey(levels[i]));
            lower[i] = pair == null ? Double.NaN : number(pair.get(0));
            upper[i] = pair == null ? Double.NaN : number(pair.get(1));
        }
        return new Quantiles(levels, values.values(), lower, upper, number(intervals.get("confidence")));
    }

    private static Quantiles quantiles(JsonNode q) {
        List<Double> levels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        if (q != null) {
            q.fields().forEachRemaining(f -> {
                levels.add(Integer.parseInt(f.getKey().substring(1)) / 100.0);
                values.add(number(f.getValue()));
            });
        }
        return new Quantiles(levels.stream().mapToDouble(Double::doubleValue).toArray(),
                values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException("result.json: field '" + field + "' is missing");
        }
        return v.asText();
    }

    private static double number(JsonNode n) {
        return n == null || n.isNull() ? Double.NaN : n.asDouble();
    }

    private static double[] numbers(JsonNode n) {
        double[] out = new double[n == null ? 0 : n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(n.get(i));
        }
        return out;
    }

    private static long[] longs(JsonNode n) {
        long[] out = new long[n == null ? 0 : n.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = n.get(i).asLong();
        }
        return out;
    }
}
