package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario key {@code observe}: the observed observables keep their bits, the others are left out of every
 * report (table, JSON, CSV, charts, HTML page), in runs and sweeps alike, and it is inherited through
 * {@code extends}. The located errors of a bad choice are in {@link BadFileTest}.
 */
class ObserveScenarioTest {
    /** Varies the rate, which moves both final_capability and threshold_crossed. */
    private static final String SWEEP = "sweep:\n  parameter: rate\n  values: [0.2, 0.4]\n";
    /** {@link Cli#GROWTH} observing one metric and the event, with a report that names only those. */
    private static final String EVENT_AND_METRIC = Cli.GROWTH
            .replace("report:\n  metrics: [final_capability, alignment]\n",
                    "observe: [threshold_crossed, final_capability]\nreport:\n  metrics: [final_capability]\n")
            .replace("  series: [capability]\n", "");

    @TempDir
    Path dir;

    @Test
    void observedEstimatesKeepTheirBitsInRunsAndSweeps() throws Exception {
        assertTrue(EVENT_AND_METRIC.contains("observe:") && !EVENT_AND_METRIC.contains("series:"), EVENT_AND_METRIC);
        Path all = Cli.write(dir, "all.yaml", Cli.GROWTH + SWEEP);
        Path some = Cli.write(dir, "some.yaml", EVENT_AND_METRIC + SWEEP);
        JsonNode a = Cli.json(Cli.run("sweep", all.toString(), "--format", "json", "--threads", "2"));
        JsonNode s = Cli.json(Cli.run("sweep", some.toString(), "--format", "json", "--threads", "2"));

        assertEquals(List.of("final_capability"), Cli.names(s.get("metrics")));
        assertEquals(List.of("threshold_crossed"), Cli.names(s.get("events")));
        assertEquals(List.of(), Cli.names(s.get("series")));
        assertEquals(List.of("final_capability", "alignment"), Cli.names(a.get("metrics")), "the reference has more");
        assertEquals(a.get("counts"), s.get("counts"));
        // JsonNode equality compares doubles exactly, and the JSON holds every double in full.
        assertEquals(a.at("/metrics/final_capability"), s.at("/metrics/final_capability"));
        assertEquals(a.at("/events/threshold_crossed"), s.at("/events/threshold_crossed"));
        assertTrue(a.at("/events/threshold_crossed/probabilityBy/2/p").asDouble() > 0, "a random estimate");

        assertEquals(2, s.get("sweep").size());
        for (int i = 0; i < 2; i++) {
            JsonNode pa = a.get("sweep").get(i);
            JsonNode ps = s.get("sweep").get(i);
            assertEquals(List.of("final_capability"), Cli.names(ps.get("metrics")), "point " + i);
            assertEquals(List.of("threshold_crossed"), Cli.names(ps.get("events")), "point " + i);
            assertEquals(pa.at("/metrics/final_capability"), ps.at("/metrics/final_capability"), "point " + i);
            assertEquals(pa.at("/events/threshold_crossed"), ps.at("/events/threshold_crossed"), "point " + i);
        }
        assertFalse(a.at("/sweep/0/metrics/final_capability").equals(a.at("/sweep/1/metrics/final_capability")),
                "the points differ");
    }

    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return new ArrayList<>(new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()));
        }
    }

    private static List<String> charts(Path out) throws IOException {
        return files(out).stream().filter(n -> n.endsWith(".png") || n.endsWith(".svg")).toList();
    }

    @Test
    void reportsWithoutSeriesAreWritten() throws Exception {
        Path f = Cli.write(dir, "some.yaml", EVENT_AND_METRIC);
        Path out = dir.resolve("out");
        Cli.Outcome o = Cli.run("run", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        assertEquals(List.of("event-threshold_crossed.png", "event-threshold_crossed.svg",
                "histogram-final_capability.png", "histogram-final_capability.svg"), charts(out));
        assertTrue(files(out).containsAll(List.of("table.txt", "result.json", "metrics.csv", "events.csv",
                "series.csv", "summary.csv", "report.html")), files(out).toString());
        assertEquals(List.of("series,unit,index_unit,index,count,mean,p05,p25,p50,p75,p95"),
                Files.readAllLines(out.resolve("series.csv")));
        assertEquals(2, Files.readAllLines(out.resolve("metrics.csv")).size(), "header and final_capability");
        assertEquals(5, Files.readAllLines(out.resolve("events.csv")).size(), "header and four times");
        String table = Files.readString(out.resolve("table.txt"));
        assertTrue(table.contains("threshold_crossed") && table.contains("final_capability"), table);
        assertFalse(table.contains("Series") || table.contains("alignment"), table);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Metrics</h2>") && html.contains("<h2>Events</h2>"), "metrics and events");
        assertFalse(html.contains("<h2>Series</h2>") || html.contains("fan-"), "no series table or fan chart");
    }

    @Test
    void reportsOfASeriesAloneAreWrittenForARunAndASweep() throws Exception {
        String yaml = Cli.GROWTH.substring(0, Cli.GROWTH.indexOf("report:")) + "observe: [capability]\n" + SWEEP;
        Path f = Cli.write(dir, "series.yaml", yaml);
        Path out = dir.resolve("out");
        Cli.Outcome o = Cli.run("sweep", f.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        // No metric and no event: no histogram, no event curve, and no tornado chart (it compares one of those).
        assertEquals(List.of("fan-capability.png", "fan-capability.svg"), charts(out));
        assertEquals(1, Files.readAllLines(out.resolve("metrics.csv")).size(), "header only");
        assertEquals(1, Files.readAllLines(out.resolve("events.csv")).size(), "header only");
        assertEquals(13, Files.readAllLines(out.resolve("series.csv")).size(), "header and 12 steps");
        assertEquals(List.of("parameter,value,estimate,estimate_value,ci95_half_width"),
                Files.readAllLines(out.resolve("sweep.csv")), "no key estimate to sweep");
        assertTrue(Files.readAllLines(out.resolve("summary.csv")).stream().skip(1)
                .allMatch(l -> l.startsWith("series,capability,")), "only the series in the long table");
        String table = Files.readString(out.resolve("table.txt"));
        assertTrue(table.contains("Series (last step)") && table.contains("Sweep"), table);
        assertFalse(table.contains("Event") || table.contains("Metric"), table);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("<h2>Series</h2>") && html.contains("<h2>Sweep</h2>"), "series and sweep");
        assertFalse(html.contains("<h2>Metrics</h2>") || html.contains("<h2>Events</h2>"), "no metric or event");

        Cli.Outcome csv = Cli.run("run", f.toString(), "--format", "csv", "--runs", "256");
        assertEquals(0, csv.status(), csv.toString());
        assertTrue(csv.out().lines().skip(1).allMatch(l -> l.startsWith("series,capability,")), csv.out());
    }

    @Test
    void precisionOnTheCommandLineMustNameAnObservedObservable() {
        Path f = Cli.write(dir, "one.yaml", "model: test-growth\nruns: 640\nobserve: [alignment]\n");
        Cli.Outcome o = Cli.run("run", f.toString(), "--precision", "final_capability:0.1");
        assertEquals(2, o.status(), o.toString());
        assertEquals("rsisim: " + f + ":3:1: target mean(final_capability) to +/-0.1: 'final_capability' is not "
                + "observed; observed: [alignment]\n", o.err());
        assertEquals(0, Cli.run("run", f.toString(), "--precision", "alignment:0.1").status());
    }

    @Test
    void extendsInheritsTheChoiceAndMayReplaceIt() throws Exception {
        Cli.write(dir, "base.yaml", EVENT_AND_METRIC);
        Path child = Cli.write(dir, "child.yaml", "extends: base.yaml\nname: child\nruns: 512\n");
        JsonNode c = Cli.json(Cli.run("run", child.toString(), "--format", "json"));
        assertEquals("child", c.at("/manifest/scenario").asText());
        assertEquals(512, c.at("/manifest/runs").asLong());
        assertEquals(List.of("final_capability"), Cli.names(c.get("metrics")));
        assertEquals(List.of("threshold_crossed"), Cli.names(c.get("events")));
        assertEquals(List.of(), Cli.names(c.get("series")));

        Path wider = Cli.write(dir, "wider.yaml", "extends: base.yaml\nruns: 512\nobserve: [capability, "
                + "final_capability, threshold_crossed]\n");
        JsonNode w = Cli.json(Cli.run("run", wider.toString(), "--format", "json"));
        assertEquals(List.of("final_capability"), Cli.names(w.get("metrics")), "alignment is still not observed");
        assertEquals(List.of("capability"), Cli.names(w.get("series")));

        Path every = Cli.write(dir, "every.yaml", "extends: base.yaml\nruns: 512\nobserve: []\n");
        JsonNode e = Cli.json(Cli.run("run", every.toString(), "--format", "json"));
        assertEquals(List.of("capability"), Cli.names(e.get("series")), "an empty list observes everything");
    }
}
