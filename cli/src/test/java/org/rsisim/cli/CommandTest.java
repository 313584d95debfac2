package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rsisim.cli.report.TableReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, end to end, on the test models. */
class CommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path growth() {
        return Cli.write(dir, "growth.yaml", Cli.GROWTH);
    }

    @Test
    void runPrintsATableThatFitsAndIsRounded() {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        assertEquals("", o.err(), "no progress bar or notes when stderr is not a terminal");
        assertTrue(o.out().startsWith("Scenario growth-test"), o.out());
        assertTrue(o.out().contains("Runs: 4096 completed, 0 diverged, 0 failed"), o.out());
        assertTrue(o.out().contains("censored"), o.out());
        assertEquals(List.of(), TableReport.overlong(o.out()));
        // P(by 2034.0), labelled "end of 2033", has a standard error near 0.0072: shown to 4 decimals (2 significant
        // digits of the error).
        assertTrue(o.out().matches("(?s).*\\send of 2033\\s+0\\.\\d{4}\\s.*"), o.out());
    }

    @Test
    void jsonParsesBackAndMatchesTheSchema() throws Exception {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--format", "json", "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        JsonNode schema = JSON.readTree(Path.of("..", "docs", "result.schema.json").toFile());
        assertEquals(List.of(), SchemaCheck.check(schema, doc));
        assertEquals(4096, doc.at("/manifest/runs").asLong());
        assertEquals(42, doc.at("/manifest/seed").asLong());
        assertEquals("growth-test", doc.at("/manifest/scenario").asText());
        assertFalse(doc.at("/manifest/partial").asBoolean());
        JsonNode curve = doc.at("/events/threshold_crossed/probabilityBy");
        assertEquals(4, curve.size());
        double previous = 0;
        for (JsonNode point : curve) {
            double p = point.get("p").asDouble();
            assertTrue(p >= previous && point.get("ci95").get(0).asDouble() <= p
                    && p <= point.get("ci95").get(1).asDouble(), point.toString());
            previous = p;
        }
        // alignment = 0.97^12 in every run (fidelity is fixed)
        assertEquals(Math.pow(0.97, 12), doc.at("/metrics/alignment/mean").asDouble(), 1e-12);
        assertEquals(12, doc.at("/series/capability/index").size());
        assertEquals(2027.0, doc.at("/series/capability/index/0").asDouble());
    }

    @Test
    void schemaCheckFindsAMissingField() throws Exception {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--format", "json", "--runs", "256");
        ObjectNode doc = (ObjectNode) JSON.readTree(o.out());
        ((ObjectNode) doc.get("manifest")).remove("seed");
        JsonNode schema = JSON.readTree(Path.of("..", "docs", "result.schema.json").toFile());
        assertEquals(List.of("$.manifest: missing required field seed"), SchemaCheck.check(schema, doc));
    }

    @Test
    void oneAndTwoThreadsGiveTheSameJsonApartFromThreadsAndTime() throws Exception {
        Path f = growth();
        JsonNode one = JSON.readTree(Cli.run("run", f.toString(), "--format", "json", "--threads", "1").out());
        JsonNode two = JSON.readTree(Cli.run("run", f.toString(), "--format", "json", "--threads", "2").out());
        assertEquals(1, one.at("/manifest/threads").asInt());
        assertEquals(2, two.at("/manifest/threads").asInt());
        for (JsonNode d : List.of(one, two)) {
            ((ObjectNode) d.get("manifest")).remove(List.of("threads", "wallTimeSeconds"));
        }
        assertEquals(one, two);
    }

    @Test
    void outWritesEveryReportAndCsvReadsBack() throws Exception {
        Path out = dir.resolve("report");
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            Cli.Outcome o = Cli.run("run", growth().toString(), "--out", out.toString(), "--threads", "2");
            assertEquals(0, o.status(), o.toString());
            assertTrue(o.err().startsWith("Wrote "), o.err());
        } finally {
            Locale.setDefault(saved);
        }
        for (String name : List.of("table.txt", "result.json", "metrics.csv", "events.csv", "series.csv",
                "summary.csv")) {
            assertTrue(Files.size(out.resolve(name)) > 0, name);
        }
        List<String> events = Files.readAllLines(out.resolve("events.csv"));
        assertEquals("event,unit,time,p,ci95_lower,ci95_upper,stderr,occurred_by,runs,censored,by", events.get(0));
        assertEquals(5, events.size());
        for (String line : events.subList(1, events.size())) {
            String[] f = line.split(",", -1);
            assertEquals(11, f.length, line);
            assertEquals("threshold_crossed", f[0]);
            double p = Double.parseDouble(f[3]);
            assertEquals(Long.parseLong(f[7]) / 4096.0, p, 1e-15, line);
        }
        List<String> series = Files.readAllLines(out.resolve("series.csv"));
        assertEquals(13, series.size());
        for (String line : series.subList(1, series.size())) {
            String[] f = line.split(",", -1);
            assertEquals(11, f.length, line);
            for (int i = 3; i < f.length; i++) {
                Double.parseDouble(f[i]);
            }
        }
        JsonNode doc = JSON.readTree(out.resolve("result.json").toFile());
        assertEquals(doc.at("/series/capability/p50/11").asDouble(),
                Double.parseDouble(series.get(12).split(",")[8]));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals("kind,name,index,statistic,value", summary.get(0));
        assertTrue(summary.contains("event,threshold_crossed,2034.0,p,"
                + doc.at("/events/threshold_crossed/probabilityBy/2/p").asDouble()), summary.toString());
    }

    @Test
    void csvFormatPrintsTheLongTable() {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--format", "csv", "--runs", "256");
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().startsWith("kind,name,index,statistic,value\n"), o.out());
        assertTrue(o.out().lines().skip(1).allMatch(l -> l.split(",", -1).length == 5));
    }

    @Test
    void overridesApply() throws Exception {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--format", "json", "--runs", "640", "--seed", "7");
        JsonNode doc = JSON.readTree(o.out());
        assertEquals(640, doc.at("/manifest/runs").asLong());
        assertEquals(7, doc.at("/manifest/seed").asLong());
    }

    @Test
    void precisionStopsEarlyAndIsReported() throws Exception {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--format", "json", "--runs", "100000",
                "--precision", "threshold_crossed@2034:0.02");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        assertTrue(doc.at("/manifest/precision/met").asBoolean(), doc.get("manifest").toString());
        assertTrue(doc.at("/manifest/runs").asLong() < 100000);
        assertFalse(doc.at("/manifest/partial").asBoolean());
    }

    @Test
    void extendsOverridesKeysAndMergesParameters() throws Exception {
        growth();
        Path child = Cli.write(dir, "child.yaml", "extends: growth.yaml\nname: child\nparameters:\n  fidelity: 0.9\n"
                + "runs: 512\n");
        Cli.Outcome o = Cli.run("run", child.toString(), "--format", "json");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        assertEquals("child", doc.at("/manifest/scenario").asText());
        assertEquals(512, doc.at("/manifest/runs").asLong());
        assertEquals(Math.pow(0.9, 12), doc.at("/metrics/alignment/mean").asDouble(), 1e-12);
        assertEquals(4, doc.at("/events/threshold_crossed/probabilityBy").size(), "report kept from the base");
    }

    @Test
    void sweepUsesCommonRandomNumbers() throws Exception {
        Path f = Cli.write(dir, "sweep.yaml", "extends: growth.yaml\nname: sweep\nruns: 1024\nsweep:\n"
                + "  parameters:\n    - {name: fidelity, values: [0.9, 0.99]}\n"
                + "    - {name: generations, range: {from: 6, to: 12, steps: 3}}\n");
        growth();
        Cli.Outcome o = Cli.run("sweep", f.toString(), "--format", "json", "--out", dir.resolve("s").toString());
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        JsonNode points = doc.get("sweep");
        assertEquals(5, points.size());
        assertEquals("fidelity", points.get(0).get("parameter").asText());
        assertEquals(Math.pow(0.99, 12), points.get(1).at("/metrics/alignment/mean").asDouble(), 1e-12);
        assertEquals(Math.pow(0.97, 6), points.get(2).at("/metrics/alignment/mean").asDouble(), 1e-12);
        // Fixing fidelity does not move the other draws: capability is the same as in the base run.
        assertEquals(doc.at("/metrics/final_capability/mean").asDouble(),
                points.get(0).at("/metrics/final_capability/mean").asDouble());
        // More generations never lower a run's capability when growth is positive: paired means increase.
        assertTrue(points.get(2).at("/metrics/final_capability/mean").asDouble()
                < points.get(4).at("/metrics/final_capability/mean").asDouble());
        assertTrue(Files.readString(dir.resolve("s/sweep.csv")).startsWith("parameter,value,"));
        Cli.Outcome table = Cli.run("sweep", f.toString());
        assertTrue(table.out().contains("Sweep"), table.out());
        assertEquals(List.of(), TableReport.overlong(table.out()));
    }

    @Test
    void validateModelsDescribeScenarios() {
        Cli.Outcome v = Cli.run("validate", growth().toString());
        assertEquals(0, v.status(), v.toString());
        assertTrue(v.out().contains("valid scenario 'growth-test' (model test-growth"), v.out());

        Cli.Outcome m = Cli.run("models");
        assertEquals(0, m.status());
        assertTrue(m.out().contains("Model test-growth") && m.out().contains("Model test-slow"), m.out());
        assertTrue(m.out().contains("fidelity") && m.out().contains("probability"), m.out());

        Cli.Outcome d = Cli.run("describe", "test-growth");
        assertEquals(0, d.status());
        assertTrue(d.out().contains("per-generation fidelity") && d.out().contains("threshold_crossed"), d.out());

        Cli.Outcome u = Cli.run("describe", "test-grow");
        assertEquals(2, u.status());
        assertTrue(u.err().contains("(did you mean 'test-growth'?)"), u.err());

        Cli.Outcome s = Cli.run("scenarios");
        assertEquals(0, s.status(), s.toString());

        assertEquals(0, Cli.run("--help").status());
        assertEquals(0, Cli.run("run", "--help").status());
        assertEquals(0, Cli.run("--version").status());
    }

    @Test
    void progressBarOnlyOnATerminal() {
        Path f = growth();
        assertEquals("", Cli.run(false, "run", f.toString()).err());
        assertEquals("", Cli.run(true, "run", f.toString(), "--quiet").err());
        assertTrue(Cli.run(true, "run", f.toString()).err().contains("runs"));
    }

    @Test
    void quietKeepsTheReportOnStdout() {
        Cli.Outcome o = Cli.run("run", growth().toString(), "--quiet", "--out", dir.resolve("q").toString());
        assertEquals("", o.err());
        assertTrue(o.out().startsWith("Scenario"));
    }
}
