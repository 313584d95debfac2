package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scenario that redraws rejected parameter draws ({@code redraw}): the table says how many draws were rejected,
 * {@code result.json} counts them under the schema, and the analyses that cannot honour it refuse it.
 */
class RedrawCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void rejectedDrawsAreReportedInTheTableAndTheJson() throws Exception {
        Cli.Outcome table = Cli.run("run", "../examples/scenarios/ftm-resample-all.yaml", "--runs", "128",
                "--threads", "2");
        assertEquals(0, table.status(), table.toString());
        assertTrue(table.out().contains("Runs: 128 completed, 0 diverged")
                && table.out().contains("Parameter draws rejected by the model and drawn again: "), table.out());
        Cli.Outcome o = Cli.run("run", "../examples/scenarios/ftm-resample-all.yaml", "--runs", "128",
                "--format", "json", "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = Cli.json(o);
        JsonNode schema = JSON.readTree(Path.of("..", "docs", "result.schema.json").toFile());
        assertEquals(List.of(), SchemaCheck.check(schema, doc));
        assertEquals(128, doc.at("/counts/completed").asLong());
        assertTrue(doc.at("/counts/rejectedDraws").asLong() > 0, doc.get("counts").toString());
        assertTrue(doc.at("/resolvedScenario").asText().contains("redraw: {max-draws: 1000, keep: []}"),
                doc.at("/resolvedScenario").asText());
        JsonNode plain = Cli.json(Cli.run("run", "../examples/scenarios/ftm-sensitivity.yaml", "--runs", "128",
                "--format", "json", "--threads", "2"));
        assertEquals(0, plain.at("/counts/rejectedDraws").asLong());
    }

    @Test
    void sensitivityRefusesARedrawnScenario() {
        Cli.Outcome o = Cli.run("sensitivity", "ftm-2023", "--metric", "full_automation_gns", "--samples", "16");
        assertNotEquals(0, o.status(), o.toString());
        assertTrue(o.err().contains("redraws rejected parameter draws") && o.err().contains("independent"),
                o.toString());
        // located at the file's redraw key, not at its first line
        int line = redrawLine();
        assertTrue(o.err().contains("ftm-2023.yaml:" + line + ":"), "redraw is on line " + line + ": " + o);
    }

    private static int redrawLine() {
        try (java.io.InputStream in = org.rsisim.scenario.ScenarioCatalog.class.getResourceAsStream(
                "bundled/ftm-2023.yaml")) {
            java.util.List<String> lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("redraw:")) {
                    return i + 1;
                }
            }
            throw new AssertionError("ftm-2023.yaml has no redraw key");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
