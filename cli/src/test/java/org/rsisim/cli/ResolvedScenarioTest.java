package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report carries the scenario that produced it: {@code result.json} ({@code resolvedScenario}),
 * {@code scenario.yaml} and {@code report.html} hold the resolved scenario, and {@code rsisim run} of that file
 * reproduces the result to the bit (the whole JSON, scenario hash included, apart from the wall time), for scenarios
 * that use correlations, truncation, shift and clip, a precision target, antithetic pairs, quasi-random points,
 * {@code observe}, command-line overrides and a sweep. {@code rsisim report RESULT.json} keeps it.
 */
class ResolvedScenarioTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir
    Path dir;

    static final String[][] CASES = {
        {"run", "clark-2028", "--runs", "2000", "--seed", "7"},
        {"run", "../examples/scenarios/rsi-chain.yaml", "--runs", "2000"},
        {"run", "../examples/scenarios/clark-2028-antithetic.yaml", "--runs", "2048"},
        {"run", "../examples/scenarios/clark-2028-observe.yaml", "--runs", "2000"},
        {"run", "clark-2028", "--runs", "100000", "--precision", "automated_ai_rd@2029:0.02"},
        {"run", "ai-futures-2025", "--runs", "64"},
        {"run", "horizon-superexponential", "--runs", "2000"},
        {"run", "sie-2025", "--runs", "2048"},
        {"sweep", "../examples/scenarios/alignment-oversight-sweep.yaml", "--runs", "1000"},
    };

    @Test
    void theResolvedScenarioReproducesTheResultToTheBit() throws Exception {
        List<String> failures = new ArrayList<>();
        int k = 0;
        for (String[] c : CASES) {
            Path out = dir.resolve("first" + k);
            List<String> args = new ArrayList<>(List.of(c));
            args.addAll(List.of("--out", out.toString(), "-q", "--threads", "2"));
            Cli.Outcome first = Cli.run(args.toArray(String[]::new));
            assertEquals(0, first.status(), String.join(" ", c) + ": " + first);
            Path yaml = out.resolve("scenario.yaml");
            assertTrue(Files.isRegularFile(yaml), String.join(" ", c));
            String text = Files.readString(yaml);
            for (String internal : List.of("lognormal90", "lognormal80", "normal80", "logUniform", "extends:")) {
                assertFalse(text.contains(internal), text);
            }
            JsonNode a = JSON.readTree(Files.readString(out.resolve("result.json")));
            assertEquals(text, a.get("resolvedScenario").asText());
            assertTrue(Files.readString(out.resolve("report.html")).contains("<h2>Inputs</h2>"));
            Path again = dir.resolve("again" + k++);
            Cli.Outcome second = Cli.run(c[0], yaml.toString(), "--out", again.toString(), "-q", "--threads", "1");
            assertEquals(0, second.status(), String.join(" ", c) + ": " + second);
            JsonNode b = JSON.readTree(Files.readString(again.resolve("result.json")));
            if (!comparable(a).equals(comparable(b))) {
                failures.add(String.join(" ", c));
            }
            assertEquals(text, Files.readString(again.resolve("scenario.yaml")), "the resolved form is a fixed point");
        }
        assertEquals(List.of(), failures, "runs of the resolved scenario that differ from the original");
    }

    @Test
    void reportOfASavedResultKeepsTheScenario() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, Cli.run("run", "clark-2028", "--runs", "1000", "--out", out.toString(), "-q").status());
        Path redrawn = dir.resolve("redrawn");
        Cli.Outcome o = Cli.run("report", out.resolve("result.json").toString(), "--out", redrawn.toString());
        assertEquals(0, o.status(), o.toString());
        assertEquals(Files.readString(out.resolve("scenario.yaml")), Files.readString(redrawn.resolve("scenario.yaml")));
        assertEquals(Files.readString(out.resolve("result.json")), Files.readString(redrawn.resolve("result.json")));
        assertTrue(Files.readString(redrawn.resolve("report.html")).contains("automation_midpoint_ooms: {uniform: "
                + "{min: 0.25, max: 3}}"));
    }

    /** The JSON without what may differ between two runs of the same experiment: wall time and threads. */
    private static JsonNode comparable(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        ObjectNode m = (ObjectNode) copy.get("manifest");
        m.remove("wallTimeSeconds");
        m.remove("threads");
        return copy;
    }
}
