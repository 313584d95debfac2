package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rsisim rare} and the {@code rare-event} key. The test model's alignment is {@code fidelity^10} exactly, so
 * with {@code fidelity ~ U(0.5, 0.99)} the event {@code alignment <= (0.5 + 0.49e-6)^10} has probability
 * {@code 1e-6}; the estimate must lie within 4.42 standard errors of it (false-failure rate 1e-5; seed 3).
 */
class RareCommandTest {
    private static final String HEAD = "model: test-growth\nruns: 256\nseed: 3\n"
            + "parameters:\n  fidelity: {uniform: {min: 0.5, max: 0.99}}\n";
    private static final double LEVEL = Math.pow(0.5 + 0.49e-6, 10);

    @TempDir
    Path dir;

    @Test
    void theFileSaysWhichEventAndTheEstimateMeetsTheClosedForm() throws Exception {
        Path f = Cli.write(dir, "rare.yaml", HEAD + "rare-event:\n  metric: alignment\n  at-most: " + LEVEL
                + "\n  runs: 20000\n  pilot-runs: 2000\n");
        JsonNode doc = Cli.json(Cli.run("rare", f.toString(), "--format", "json", "--threads", "2"));
        double p = doc.at("/probability").asDouble();
        double se = doc.at("/stderr").asDouble();
        assertTrue(Math.abs(p - 1e-6) <= 4.42 * se, doc.toString());
        assertTrue(doc.at("/relativeError").asDouble() < 0.1, doc.toString());
        assertTrue(doc.at("/converged").asBoolean(), doc.toString());
        assertEquals(20_000, doc.at("/runs").asLong());
        assertEquals(20_000 + 2_000L * doc.at("/steps").size(), doc.at("/evaluations").asLong());
        assertTrue(doc.at("/shift/fidelity").asDouble() < -3, doc.toString());
        Cli.Outcome table = Cli.run("rare", f.toString(), "--threads", "1");
        assertEquals(0, table.status(), table.toString());
        assertTrue(table.out().contains("alignment <= ") && table.out().contains("relative error")
                && table.out().contains("effective sample size"), table.out());
        JsonNode one = Cli.json(Cli.run("rare", f.toString(), "--format", "json", "--threads", "1"));
        assertEquals(p, one.at("/probability").asDouble(), 0, "same bits on one thread and two");
    }

    @Test
    void optionsGiveTheEventAndPlainMonteCarloCountsHits() throws Exception {
        Path f = Cli.write(dir, "plain.yaml", HEAD);
        JsonNode doc = Cli.json(Cli.run("rare", f.toString(), "--metric", "alignment", "--at-most",
                String.valueOf(Math.pow(0.55, 10)), "--plain", "--runs", "10000", "--format", "json"));
        assertEquals(0, doc.at("/steps").size());
        assertEquals(doc.at("/hits").asLong() / 10_000.0, doc.at("/probability").asDouble(), 1e-15);
        // P(fidelity <= 0.55) = 0.05 / 0.49
        double se = Math.sqrt(0.102 * 0.898 / 10_000);
        assertEquals(0.05 / 0.49, doc.at("/probability").asDouble(), 4.42 * se, doc.toString());
        // alignment <= 0.5^10 needs fidelity <= 0.5, which U(0.5, 0.99) never draws
        String[] none = {"rare", f.toString(), "--metric", "alignment", "--at-most", String.valueOf(Math.pow(0.5, 10)),
            "--plain", "--runs", "1000"};
        JsonNode zero = Cli.json(Cli.run(java.util.stream.Stream.concat(java.util.Arrays.stream(none),
                java.util.stream.Stream.of("--format", "json")).toArray(String[]::new)));
        assertEquals(0, zero.at("/hits").asLong());
        assertTrue(zero.at("/relativeError").isNull(), zero.toString());
        Cli.Outcome table = Cli.run(none);
        assertTrue(table.out().contains("P < 0.00300 at 95 % confidence"), table.out());
    }

    @Test
    void badInputIsOneLocatedLine() {
        Path f = Cli.write(dir, "bad.yaml", HEAD + "rare-event:\n  metric: alignment\n");
        Cli.Outcome o = Cli.run("validate", f.toString());
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().contains("bad.yaml:7:") && o.err().contains("at-most"), o.err());
        Path g = Cli.write(dir, "bad2.yaml", HEAD + "rare-event:\n  metric: alignmnt\n  at-most: 0.1\n");
        Cli.Outcome o2 = Cli.run("validate", g.toString());
        assertEquals(2, o2.status(), o2.toString());
        assertTrue(o2.err().contains("alignment") && o2.err().contains("alignmnt"), o2.err());
        Path h = Cli.write(dir, "bad3.yaml", HEAD + "rare-event:\n  event: threshold_crossed\n  by: 2030\n"
                + "  pilot-runs: 5\n");
        Cli.Outcome o3 = Cli.run("validate", h.toString());
        assertEquals(2, o3.status(), o3.toString());
        assertTrue(o3.err().contains("pilot-runs = 5") && o3.err().contains("bad3.yaml:9:"), o3.err());
        Path n = Cli.write(dir, "none.yaml", HEAD);
        Cli.Outcome o4 = Cli.run("rare", n.toString());
        assertEquals(2, o4.status(), o4.toString());
        assertTrue(o4.err().contains("say which event") && o4.err().contains("alignment"), o4.err());
        Cli.Outcome o5 = Cli.run("rare", n.toString(), "--metric", "alignment");
        assertEquals(2, o5.status(), o5.toString());
        assertTrue(o5.err().contains("exactly one of --at-most and --at-least"), o5.err());
        Cli.Outcome o6 = Cli.run("rare", n.toString(), "--event", "alignment", "--by", "3");
        assertEquals(2, o6.status(), o6.toString());
        assertTrue(o6.err().contains("is a metric"), o6.err());
        assertFalse(o6.err().contains("\tat "), o6.err());
    }
}
