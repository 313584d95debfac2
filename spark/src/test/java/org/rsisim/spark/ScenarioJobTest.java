package org.rsisim.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Engine;
import org.rsisim.core.Result;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioSource;
import org.rsisim.scenario.report.CsvReport;
import org.rsisim.scenario.report.JsonReport;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.scenario.report.ResultReader;

/** A scenario file run on Spark ({@code local[2]}) writes the statistics and CSV files of a local run. */
class ScenarioJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JavaSparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = new JavaSparkContext(SparkEngineTest.localConf("rsisim-scenario-job-test"));
    }

    @AfterAll
    static void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** What the command line writes for the same scenario and run count: the same writers on a local result. */
    private static ReportContext local(String scenario, long runs) {
        Scenario s = ScenarioSource.of(scenario).compile();
        org.rsisim.core.Experiment e = s.experiment(new Overrides(runs, null, null, null));
        Result r = Engine.withThreads(2).run(e);
        return ReportContext.of(s.name(), s.report().filter(r)).withResolvedScenario(s.resolved(e, false));
    }

    private static JsonNode withoutManifest(String json) throws Exception {
        ObjectNode doc = (ObjectNode) JSON.readTree(json);
        doc.remove("manifest");
        return doc;
    }

    @Test
    void aScenarioFileRunsOnSparkToTheLocalStatistics() throws Exception {
        Path file = dir.resolve("faster.yaml");
        Files.writeString(file, "extends: clark-2028\nname: faster\nparameters:\n"
                + "  base_generation_years: {uniform: {min: 0.3, max: 1.0}}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        List<Path> written = ScenarioJob.run(spark, file.toString(), out, 6000L, null, 5);
        assertEquals(List.of("result.json", "metrics.csv", "events.csv", "series.csv", "summary.csv",
                "scenario.yaml"), written.stream().map(p -> p.getFileName().toString()).toList());
        ReportContext local = local(file.toString(), 6000);
        assertEquals(local.resolvedScenario(), Files.readString(out.resolve("scenario.yaml")));
        String json = Files.readString(out.resolve("result.json"));
        assertEquals(withoutManifest(JsonReport.format(local)), withoutManifest(json));
        JsonNode manifest = JSON.readTree(json).get("manifest");
        assertEquals("faster", manifest.get("scenario").asText());
        assertEquals(6000, manifest.get("runs").asLong());
        assertEquals(2028, manifest.get("seed").asLong(), "seed of clark-2028");
        assertEquals(CsvReport.metrics(local.result()), Files.readString(out.resolve("metrics.csv")));
        assertEquals(CsvReport.events(local.result()), Files.readString(out.resolve("events.csv")));
        assertEquals(CsvReport.series(local.result()), Files.readString(out.resolve("series.csv")));
        assertEquals(CsvReport.summary(local.result()), Files.readString(out.resolve("summary.csv")));
        // rsisim report draws from this file: it reads back into the result it was written from
        assertEquals(json, JsonReport.format(ResultReader.read(json)));
    }

    @Test
    void aScenarioThatRedrawsRejectedDrawsGivesTheLocalStatistics() throws Exception {
        Path out = dir.resolve("ftm");
        ScenarioJob.run(spark, "ftm-2023", out, 640L, null, 4);
        String json = Files.readString(out.resolve("result.json"));
        assertEquals(withoutManifest(JsonReport.format(local("ftm-2023", 640))), withoutManifest(json));
        assertTrue(JSON.readTree(json).at("/counts/rejectedDraws").asLong() > 0, json.substring(0, 300));
    }

    @Test
    void aBundledScenarioRunsByName() throws Exception {
        Path out = dir.resolve("bundled");
        ScenarioJob.run(spark, "alignment-compounding", out, 1024L, 7L, 3);
        JsonNode doc = JSON.readTree(out.resolve("result.json").toFile());
        assertEquals(7, doc.at("/manifest/seed").asLong());
        assertEquals(Math.pow(0.999, 500), doc.at("/metrics/final_fidelity/mean").asDouble(), 1e-12);
    }

    @Test
    void badCommandLinesAndTargetsAreRefused() throws Exception {
        IllegalArgumentException usage = assertThrows(IllegalArgumentException.class,
                () -> ScenarioJob.Options.parse(new String[] {"run", "clark-2028"}));
        assertTrue(usage.getMessage().contains("--out DIR is required"), usage.getMessage());
        Path file = dir.resolve("target.yaml");
        Files.writeString(file, "extends: clark-2028\nprecision: {event: automated_ai_rd, time: 2029, half-width: "
                + "0.01}\n", StandardCharsets.UTF_8);
        IllegalArgumentException target = assertThrows(IllegalArgumentException.class,
                () -> ScenarioJob.run(spark, file.toString(), dir.resolve("t"), 1024L, null, 2));
        assertTrue(target.getMessage().contains("target"), target.getMessage());
    }
}
