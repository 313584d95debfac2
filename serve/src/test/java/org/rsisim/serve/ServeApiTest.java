package org.rsisim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.models.analysis.PairedComparison;
import org.rsisim.models.analysis.PairedDifference;
import org.rsisim.models.analysis.PairedReport;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.report.JsonReport;
import org.rsisim.scenario.report.ReportContext;

/** The API: results equal the engine's, downloads reproduce them, errors are located, runs cancel and are capped. */
class ServeApiTest {
    static ServeServer server;
    static Http http;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        server = ServeServer.start(ServeConfig.defaults(ServeServer.newToken()).withThreadsPerRun(2)
                .withMaxRuns(200_000));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Result engine(String yaml, Path dir) throws Exception {
        Path f = dir.resolve("s" + System.nanoTime() + ".yaml");
        Files.writeString(f, yaml, StandardCharsets.UTF_8);
        Scenario s = ScenarioCompiler.compile(f);
        return Engine.withThreads(1).run(s.experiment(Overrides.NONE));
    }

    /** The result's JSON without the fields that say how it was run rather than what it is. */
    private static JsonNode stable(String json) throws Exception {
        ObjectNode o = (ObjectNode) Http.JSON.readTree(json);
        ObjectNode m = (ObjectNode) o.get("manifest");
        m.remove("wallTimeSeconds");
        m.remove("threads");
        return o;
    }

    @Test
    void aRunWithEditsEqualsTheEngineOnTheSameScenarioFileAndItsYamlReproducesIt() throws Exception {
        String id = http.start("{\"scenario\": \"clark-2028\", \"runs\": 20000, \"seed\": 7, \"edits\": "
                + "{\"base_generation_years\": \"{uniform: {min: 0.6, max: 1.4}}\", \"automation_width_ooms\": 0.8}}");
        JsonNode done = http.await(id);
        assertEquals("done", done.get("state").asText(), done.toString());
        assertEquals(20000, done.get("done").asLong());
        String json = http.get("/api/runs/" + id + "/result.json").body();
        Result direct = engine("extends: clark-2028\nruns: 20000\nseed: 7\nparameters:\n"
                + "  base_generation_years: {uniform: {min: 0.6, max: 1.4}}\n  automation_width_ooms: 0.8\n", dir);
        String expected = JsonReport.format(ReportContext.of("clark-2028", direct));
        assertEquals(stable(expected), stable(json));
        String yaml = http.get("/api/runs/" + id + "/scenario.yaml").body();
        assertEquals(stable(expected), stable(JsonReport.format(ReportContext.of("clark-2028", engine(yaml, dir)))));
        for (String csv : new String[] {"summary.csv", "metrics.csv", "events.csv", "series.csv"}) {
            Http.Response r = http.get("/api/runs/" + id + "/" + csv);
            assertEquals(200, r.statusCode(), csv);
            assertTrue(String.valueOf(r.disposition()).contains(csv));
        }
        Http.Response before = http.post("/api/yaml", "{\"scenario\": \"clark-2028\", \"runs\": 20000, "
                + "\"seed\": 7, \"edits\": {\"base_generation_years\": \"{uniform: {min: 0.6, max: 1.4}}\", "
                + "\"automation_width_ooms\": 0.8}}");
        assertEquals(yaml, before.body());
    }

    @Test
    void aPastedScenarioRunsAsTheSameFileWould() throws Exception {
        String text = "name: pasted-test\nextends: clark-2028\nruns: 3000\nseed: 11\n";
        String id = http.start(Http.JSON.createObjectNode().put("text", text).toString());
        assertEquals("done", http.await(id).get("state").asText());
        String json = http.get("/api/runs/" + id + "/result.json").body();
        assertEquals(stable(JsonReport.format(ReportContext.of("pasted-test", engine(text, dir)))), stable(json));
    }

    @Test
    void aComparisonEqualsThePairedComparisonOfTheEngine() throws Exception {
        String id = http.start("{\"scenario\": \"clark-2028\", \"runs\": 10000, \"seed\": 3, \"edits\": {}, "
                + "\"compare\": {\"edits\": {\"base_generation_years\": \"{uniform: {min: 0.4, max: 1.0}}\"}}}");
        JsonNode done = http.await(id);
        assertEquals("done", done.get("state").asText(), done.toString());
        JsonNode page = Http.json(http.get("/api/runs/" + id + "/compare.json"));
        Scenario a = ScenarioCompiler.compile(write("extends: clark-2028\n"));
        Scenario b = ScenarioCompiler.compile(write("extends: clark-2028\nparameters:\n"
                + "  base_generation_years: {uniform: {min: 0.4, max: 1.0}}\n"));
        Overrides o = new Overrides(10000L, 3L, null, null);
        Experiment ea = a.experiment(o);
        PairedReport r = PairedComparison.of(ea, b.experiment(o)).compare(Engine.withThreads(1));
        assertEquals(r.differences().size(), page.get("differences").size());
        for (int i = 0; i < r.differences().size(); i++) {
            PairedDifference d = r.differences().get(i);
            JsonNode p = page.get("differences").get(i);
            assertEquals(d.quantity(), p.get("quantity").asText());
            assertEquals(d.a().value(), p.at("/a/value").asDouble());
            assertEquals(d.b().value(), p.at("/b/value").asDouble());
            assertEquals(d.difference().value(), p.at("/difference/value").asDouble());
            assertEquals(d.difference().stderr(), p.at("/difference/stderr").asDouble());
        }
        assertTrue(r.differences().stream().anyMatch(d -> d.difference().value() != 0), "B differs from A");
    }

    private Path write(String text) throws Exception {
        Path f = dir.resolve("c" + System.nanoTime() + ".yaml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void badInputIsA400WithTheLocatedMessageBesideItsField() throws Exception {
        Http.Response r = http.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 100, \"edits\": "
                + "{\"automation_width_ooms\": 0.5, \"base_generation_years\": \"{uniform: {min: 2, max: 1}}\"}}");
        assertEquals(400, r.statusCode());
        JsonNode e = Http.json(r);
        assertEquals("a.base_generation_years", e.get("field").asText());
        assertTrue(e.get("error").asText().startsWith("page edits (A):3:"), e.toString());
        assertTrue(e.get("error").asText().contains("must be greater than min"), e.toString());

        e = Http.json(http.post("/api/runs", "{\"scenario\": \"clark-2028\", \"edits\": {\"base_generation_yeers\": 1}}"));
        assertEquals("a.base_generation_yeers", e.get("field").asText());
        assertTrue(e.get("error").asText().contains("base_generation_years"), "suggests the name: " + e);

        e = Http.json(http.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 100, \"edits\": {}, \"compare\": {\"edits\": "
                + "{\"base_generation_years\": \"-1\"}}}"));
        assertEquals("b.base_generation_years", e.get("field").asText(), e.toString());

        e = Http.json(http.post("/api/runs", "{\"text\": \"model: rsi-chain\\nruns: [1\\n\"}"));
        assertEquals("text", e.get("field").asText());
        assertTrue(e.get("error").asText().startsWith("pasted.yaml:"), e.toString());

        for (String target : new String[] {"/etc/passwd", "../x.yaml", "base.yml"}) {
            e = Http.json(http.post("/api/runs", Http.JSON.createObjectNode().put("text", "extends: " + target
                    + "\n").toString()));
            assertEquals("text", e.get("field").asText());
            assertTrue(e.get("error").asText().contains("cannot name a file"), e.toString());
        }

        for (String sep : new String[] {"\\n", "\\r", "\\u2028", "\\u0085", "\\t"}) {
            e = Http.json(http.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 10, \"edits\": "
                    + "{\"base_generation_years\": \"1" + sep + "extends: /etc/passwd\"}}"));
            assertEquals("a.base_generation_years", e.get("field").asText(), e.toString());
            assertTrue(e.get("error").asText().contains("one line"), e.toString());
        }

        r = http.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 300000}");
        assertEquals(400, r.statusCode());
        assertEquals("runs", Http.json(r).get("field").asText());
        assertTrue(r.body().contains("--max-runs"), r.body());
        r = http.post("/api/runs", "{\"scenario\": \"clark-2028\"}");
        assertEquals(400, r.statusCode(), "the scenario's own 10^6 runs exceed the cap");
        r = http.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 10, \"seed\": \"x\"}");
        assertEquals("seed", Http.json(r).get("field").asText());
        r = http.get("/api/scenario?name=clark-2029");
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("clark-2028"), "suggests the name: " + r.body());
    }

    @Test
    void theScenarioDescriptionListsEveryParameterWithItsValue() throws Exception {
        JsonNode d = Http.json(http.get("/api/scenario?name=clark-2028"));
        assertEquals("rsi-chain", d.get("model").asText());
        assertEquals(1_000_000, d.get("runs").asLong());
        assertEquals(2028, d.get("seed").asLong());
        JsonNode base = null;
        for (JsonNode p : d.get("parameters")) {
            assertFalse(p.get("unit").isNull());
            assertFalse(p.get("description").asText().isBlank(), p.toString());
            if (p.get("name").asText().equals("base_generation_years")) {
                base = p;
            }
        }
        assertEquals("{uniform: {min: 0.5, max: 1.5}}", base.get("value").asText());
        assertTrue(base.get("set").asBoolean());
    }

    /** A slow scenario in small blocks, so that cancelling takes effect within a fraction of a second. */
    private static final String SLOW = "{\"text\": \"extends: ai-futures-2025\\nblock-size: 64\\n\", \"runs\": RUNS}";

    @Test
    void aCancelledRunEndsWithAPartialResult() throws Exception {
        String id = http.start(SLOW.replace("RUNS", "200000"));
        Thread.sleep(300);
        assertEquals(200, http.post("/api/runs/" + id + "/cancel", "{}").statusCode());
        JsonNode done = http.await(id);
        assertEquals("done", done.get("state").asText());
        assertTrue(done.get("cancelled").asBoolean());
        JsonNode result = Http.json(http.get("/api/runs/" + id + "/result.json"));
        assertTrue(result.at("/manifest/partial").asBoolean());
        assertTrue(result.at("/manifest/runs").asLong() < 200_000);
    }

    @Test
    void aRunIsStoppedAtTheTimeCapAndExtraRunsAreRefused() throws Exception {
        try (ServeServer small = ServeServer.start(ServeConfig.defaults(ServeServer.newToken()).withMaxSeconds(1)
                .withConcurrentRuns(1).withQueuedRuns(0).withThreadsPerRun(1))) {
            Http h = new Http(small);
            String id = h.start(SLOW.replace("RUNS", "1000000"));
            Http.Response busy = h.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 100}");
            assertEquals(429, busy.statusCode(), busy.body());
            assertTrue(busy.body().contains("busy") && busy.body().contains("--concurrent-runs"), busy.body());
            JsonNode done = h.await(id);
            assertTrue(done.get("timedOut").asBoolean(), done.toString());
            assertTrue(Http.json(h.get("/api/runs/" + id + "/result.json")).at("/manifest/partial").asBoolean());
            assertEquals(202, h.post("/api/runs", "{\"scenario\": \"clark-2028\", \"runs\": 100}").statusCode(),
                    "a slot is free again");
        }
    }
}
