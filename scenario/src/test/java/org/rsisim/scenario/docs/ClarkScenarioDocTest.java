package org.rsisim.scenario.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The figures docs/models.md quotes for the named scenario {@code clark-2028}: the table that
 * {@code ./rsisim run clark-2028} prints, in the block labelled {@code <!-- cli: clark-2028 -->}. This test runs the
 * same experiment (10^6 runs, the scenario's seed) and checks every number of that table except the wall time,
 * each to the digits printed: a number printed with {@code d} decimals must be within half a unit of its last
 * digit of the value computed here. Deterministic (fixed seed; results do not depend on the thread count).
 */
class ClarkScenarioDocTest {
    private static final Pattern RUNS = Pattern.compile("^(\\d+) runs, seed (\\d+),");
    private static final Pattern EVENT = Pattern.compile(
            "^(\\S*)\\s+end of (\\d{4})\\s+(\\S+)\\s+\\[(\\S+), (\\S+)\\](?:\\s+(\\S+) %\\s+(\\S+))?$");
    private static final Pattern METRIC = Pattern.compile(
            "^(\\S+)\\s+(\\S+) \\+/- (\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+.*)?$");
    private static final Pattern SERIES = Pattern.compile(
            "^(\\S+)\\s+generation (\\d+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)\\s+(\\S+)(?:\\s+.*)?$");

    @Test
    void theDocsQuoteWhatTheScenarioGives() {
        Experiment e = ScenarioCatalog.get("clark-2028").experiment();
        Result r = Engine.withThreads(2).run(e);
        String table = ModelsDoc.block("cli: clark-2028");
        String context = "clark-2028, seed " + e.seed() + ", " + e.runs() + " runs: ";
        EventSummary event = null;
        int events = 0;
        int metrics = 0;
        int series = 0;
        for (String line : joinWrappedNames(table.lines().toList())) {
            Matcher m;
            if ((m = RUNS.matcher(line)).find()) {
                assertEquals(e.runs(), Long.parseLong(m.group(1)), line);
                assertEquals(e.seed(), Long.parseLong(m.group(2)), line);
                assertEquals(e.runs(), r.completed(), context + line);
            } else if ((m = EVENT.matcher(line)).matches()) {
                if (!m.group(1).isEmpty()) {
                    event = r.event(m.group(1));
                }
                assertTrue(event != null, "event row without an event name: " + line);
                // "end of 2027" is the calendar time 2028.0
                Proportion p = event.probabilityBy(Double.parseDouble(m.group(2)) + 1);
                near(m.group(3), p.p(), context + line);
                near(m.group(4), p.lower(), context + line);
                near(m.group(5), p.upper(), context + line);
                if (m.group(6) != null) {
                    String censored = m.group(6);
                    if (censored.startsWith("<")) {
                        double bound = Double.parseDouble(censored.substring(1));
                        double percent = 100 * event.censoredFraction();
                        assertTrue(percent > 0 && percent < bound, context + line);
                    } else {
                        near(censored, 100 * event.censoredFraction(), context + line);
                    }
                    near(m.group(7), event.timeQuantiles().at(0.5), context + line);
                }
                events++;
            } else if ((m = METRIC.matcher(line)).matches() && !line.startsWith("Metric")) {
                MetricSummary s = metric(r, m.group(1));
                near(m.group(2), s.mean().value(), context + line);
                near(m.group(3), s.mean().stderr(), context + line);
                near(m.group(4), s.quantiles().at(0.05), context + line);
                near(m.group(5), s.quantiles().at(0.5), context + line);
                near(m.group(6), s.quantiles().at(0.95), context + line);
                metrics++;
            } else if ((m = SERIES.matcher(line)).matches()) {
                SeriesBands b = r.series(m.group(1));
                int step = Integer.parseInt(m.group(2));
                assertTrue(b.count()[step] > 0 && (step + 1 == b.length() || b.count()[step + 1] == 0),
                        context + "generation " + step + " is not the last step reached: " + line);
                near(m.group(3), b.mean()[step], context + line);
                near(m.group(4), b.p05()[step], context + line);
                near(m.group(5), b.p50()[step], context + line);
                near(m.group(6), b.p95()[step], context + line);
                series++;
            }
        }
        assertEquals(e.eventTimes().get("automated_ai_rd").length, events, "event rows in the docs' table");
        assertEquals(r.metrics().size(), metrics, "metric rows in the docs' table");
        assertEquals(r.series().size(), series, "series rows in the docs' table");
    }

    /** Joins a name that stands on a line of its own (the table never cuts a name) with the values below it. */
    private static List<String> joinWrappedNames(List<String> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.matches("\\S+") && i + 1 < lines.size() && lines.get(i + 1).startsWith("    ")
                    && lines.get(i + 1).contains("+/-")) {
                out.add(line + " " + lines.get(++i).strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /** The metric whose name is {@code shown}, or starts with it when the table cut it short with a '~'. */
    private static MetricSummary metric(Result r, String shown) {
        if (!shown.endsWith("~")) {
            return r.metric(shown);
        }
        String prefix = shown.substring(0, shown.length() - 1);
        for (MetricSummary s : r.metrics().values()) {
            if (s.name().startsWith(prefix)) {
                return s;
            }
        }
        return fail("no metric starts with " + prefix);
    }

    /**
     * Asserts that {@code value} rounds to {@code printed}: within half a unit of the printed number's last digit;
     * a printed 0 without decimals must be exactly 0.
     */
    static void near(String printed, double value, String message) {
        double x = Double.parseDouble(printed);
        int dot = printed.indexOf('.');
        if (dot < 0 && x == 0) {
            assertEquals(0.0, value, 0.0, message);
            return;
        }
        int decimals = dot < 0 ? 0 : printed.length() - dot - 1;
        double half = 0.5 * Math.pow(10, -decimals);
        assertTrue(Math.abs(value - x) <= half * (1 + 1e-9), message + " -> printed " + printed + ", computed "
                + value);
    }
}
