package org.rsisim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rsisim.cli.Main;
import org.rsisim.cli.Session;
import org.rsisim.cli.chart.XChartReports;
import org.rsisim.scenario.Node;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.ScenarioLoader;
import org.rsisim.scenario.Scenario;
import org.rsisim.models.ModelCatalog;
import org.rsisim.models.ModelProvider;

/**
 * Runs every example scenario file through the command and every script through {@code java}, and checks their key
 * output. An example whose model is not in the catalog fails, naming the model.
 */
class ExamplesTest {
    /** Runs per scenario file in this test, to keep the build fast; the files' own run counts are larger. */
    private static final String RUNS = "4096";
    private static final Path SCENARIOS = Path.of("scenarios");
    private static final Path SCRIPTS = Path.of("scripts");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<String> models() {
        return ModelCatalog.all().stream().map(ModelProvider::name).toList();
    }

    private static void requireModel(String example, String model) {
        assertTrue(models().contains(model), "example " + example + " needs model '" + model
                + "', which is not in the catalog " + models());
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioFile() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 8, "examples: " + files);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> scenario(f)));
    }

    private void scenario(Path file) throws IOException {
        Node.Mapping tree = ScenarioLoader.load(file);
        Node model = tree.get("model");
        assertTrue(model instanceof Node.Scalar, file + " names a model");
        requireModel(file.toString(), ((Node.Scalar) model).text());
        Scenario scenario = ScenarioCompiler.compile(file);
        boolean sweep = scenario.sweep() != null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, XChartReports.installed());
        int status = Main.execute(session, sweep ? "sweep" : "run", file.toString(), "--format", "json", "--runs",
                RUNS, "--threads", "2", "--quiet");
        assertEquals(0, status, file + ": " + err.toString(StandardCharsets.UTF_8));
        JsonNode doc = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(scenario.name(), doc.at("/manifest/scenario").asText());
        assertEquals(0, doc.at("/counts/failed").asLong(), file + ": no failed runs " + doc.at("/counts"));
        assertTrue(doc.at("/counts/completed").asLong() > 0, file + ": some runs completed");
        checkReport(file, scenario, doc);
        if (sweep) {
            assertEquals(scenario.sweep().points().size(), doc.get("sweep").size(), file + ": every sweep point");
        }
    }

    private static void checkReport(Path file, Scenario scenario, JsonNode doc) {
        var spec = scenario.report();
        if (spec.metrics() != null) {
            for (String m : spec.metrics()) {
                JsonNode mean = doc.at("/metrics/" + m + "/mean");
                assertTrue(mean.isNumber(), file + ": metric " + m + " has a finite mean, got " + mean);
            }
        }
        JsonNode events = doc.get("events");
        events.fields().forEachRemaining(e -> {
            double previous = 0;
            for (JsonNode point : e.getValue().get("probabilityBy")) {
                double p = point.get("p").asDouble();
                assertTrue(p >= previous && p <= 1, file + ": P(" + e.getKey() + ") is a CDF: " + point);
                previous = p;
            }
        });
        if (spec.events() != null) {
            for (String ev : spec.events()) {
                assertTrue(events.has(ev), file + ": event " + ev + " reported");
            }
        }
        if (!scenario.observe().isEmpty()) {
            for (String kind : List.of("metrics", "events", "series")) {
                doc.get(kind).fieldNames().forEachRemaining(n -> assertTrue(scenario.observe().contains(n),
                        file + ": " + kind + " " + n + " is reported but not observed " + scenario.observe()));
            }
        }
    }

    /** Each script, the model it needs, and the check of its output. */
    private record Script(String file, String model, java.util.function.Consumer<String> check) {
    }

    @TestFactory
    Stream<DynamicTest> everyScript() throws IOException {
        List<Script> scripts = List.of(
                new Script("AlignmentDecay.java", "alignment-fidelity", ExamplesTest::checkAlignmentDecay),
                new Script("TakeoffDates.java", "rsi-chain", ExamplesTest::checkTakeoffDates),
                new Script("BottleneckCeiling.java", "bottleneck", ExamplesTest::checkBottleneckCeiling));
        List<String> onDisk;
        try (Stream<Path> s = Files.list(SCRIPTS)) {
            onDisk = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java")).sorted().toList();
        }
        assertEquals(scripts.stream().map(Script::file).sorted().toList(), onDisk, "every script is checked");
        return scripts.stream().map(s -> DynamicTest.dynamicTest(s.file(), () -> {
            requireModel(s.file(), s.model());
            s.check().accept(runScript(SCRIPTS.resolve(s.file())));
        }));
    }

    private static String runScript(Path script) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                script.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), script + " finished");
        assertEquals(0, p.exitValue(), script + ":\n" + output);
        return output;
    }

    private static List<double[]> numbers(String output, String regex) {
        List<double[]> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(output);
        while (m.find()) {
            double[] row = new double[m.groupCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = Double.parseDouble(m.group(i + 1));
            }
            out.add(row);
        }
        return out;
    }

    private static void checkAlignmentDecay(String output) {
        List<double[]> rows = numbers(output, "final_fidelity\\[p=([0-9.]+)\\] = ([0-9.]+) .*closed form p\\^500 = "
                + "([0-9.]+)");
        assertEquals(2, rows.size(), output);
        for (double[] r : rows) {
            assertEquals(r[2], r[1], 1e-3, "without dispersion or oversight, mean fidelity is p^500: " + output);
        }
        assertTrue(rows.get(1)[1] > rows.get(0)[1], output);
    }

    private static void checkTakeoffDates(String output) {
        List<double[]> rows = numbers(output, "P\\(automated_ai_rd by ([0-9]+)\\) = ([0-9.]+)");
        assertEquals(6, rows.size(), output);
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(rows.get(i)[1] >= rows.get(i - 1)[1], "a CDF does not decrease: " + output);
        }
        assertTrue(output.contains("target met = true"), output);
    }

    private static void checkBottleneckCeiling(String output) {
        List<double[]> rows = numbers(output, "speed_up\\[s=([0-9]+)\\] = ([0-9.]+)  ceiling = ([0-9.]+)");
        assertEquals(4, rows.size(), output);
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            double amdahl = 1 / (0.01 + 0.99 / r[0]);
            assertEquals(amdahl, r[1], 1e-3 * amdahl, String.format(Locale.ROOT, "Amdahl at s=%.0f: %s", r[0],
                    output));
            assertTrue(r[1] <= r[2], output);
            if (i > 0) {
                assertTrue(r[1] > rows.get(i - 1)[1], output);
            }
        }
    }
}
