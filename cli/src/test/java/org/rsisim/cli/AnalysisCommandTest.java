package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code rsisim calibrate}, {@code sensitivity} and {@code compare}, with good and bad input. */
class AnalysisCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HEAD = "model: test-growth\nruns: 256\nseed: 3\n";

    @TempDir
    Path dir;

    private static void assertOneLocatedLine(Cli.Outcome o, String prefix, String fragment) {
        assertEquals(2, o.status(), o.toString());
        String err = o.err();
        assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line: " + err);
        assertTrue(err.startsWith("rsisim: " + prefix), "expected prefix " + prefix + " in " + err);
        assertTrue(err.contains(fragment), "expected '" + fragment + "' in " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }

    @Test
    void calibrateRecoversTheFidelityThatGivesTheTargetAlignment() throws Exception {
        // alignment = fidelity^10 exactly, so the mean 0.5 needs fidelity = 0.5^(1/10)
        Path f = Cli.write(dir, "cal.yaml", HEAD + """
                parameters:
                  fidelity: {uniform: {min: 0.9, max: 0.99}}
                calibrate:
                  free:
                    fidelity: {min: 0.5, max: 0.999}
                  targets:
                    - {metric: alignment, mean: 0.5}
                  runs-per-evaluation: 128
                """);
        Cli.Outcome o = Cli.run("calibrate", f.toString(), "--format", "json", "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        assertEquals(Math.pow(0.5, 0.1), doc.at("/fitted/0/value").asDouble(), 1e-5, o.out());
        assertEquals("value", doc.at("/fitted/0/form").asText());
        assertEquals(128, doc.at("/runsPerEvaluation").asLong());
        assertTrue(doc.at("/converged").asBoolean(), o.out());
        assertEquals(0.5, doc.at("/targets/0/achieved").asDouble(), 1e-5, o.out());
        Cli.Outcome table = Cli.run("calibrate", f.toString(), "--threads", "1");
        assertEquals(0, table.status(), table.toString());
        assertTrue(table.out().contains("converged") && table.out().contains("mean alignment"), table.out());
        assertTrue(table.out().lines().allMatch(l -> l.length() <= 100), table.out());
    }

    @Test
    void calibrateShiftsADistributionToAnEventProbability() throws Exception {
        // Capability crosses 10 within 10 generations when rate + noise terms push log capability past ln 10.
        Path f = Cli.write(dir, "event.yaml", HEAD + """
                parameters:
                  rate: {uniform: {min: 0.1, max: 0.3}}
                report:
                  events:
                    threshold_crossed: {times: [2036]}
                calibrate:
                  free:
                    rate: {min: -0.1, max: 0.2, as: shift}
                  targets:
                    - {event: threshold_crossed, by: 2036, p: 0.5}
                  runs-per-evaluation: 2048
                """);
        Cli.Outcome o = Cli.run("calibrate", f.toString(), "--format", "json");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        assertTrue(doc.at("/targetsMet").asBoolean(), o.out());
        assertEquals(0.5, doc.at("/targets/0/achieved").asDouble(), 2.5 * doc.at("/targets/0/stderr").asDouble(),
                o.out());
        assertTrue(doc.at("/fitted/0/form").asText().startsWith("shift of uniform"), o.out());
    }

    static Stream<Arguments> badCalibrations() {
        String free = "calibrate:\n  free:\n";
        String target = "  targets:\n    - {metric: alignment, mean: 0.5}\n";
        return Stream.of(
                Arguments.of("unknown free parameter", free + "    fidelty: {min: 0.5, max: 0.9}\n" + target, "6:5:",
                        "unknown parameter 'fidelty' of model test-growth in calibrate free (did you mean 'fidelity'?)"),
                Arguments.of("min above max", free + "    fidelity: {min: 0.9, max: 0.5}\n" + target, "6:31:",
                        "max = 0.5 must be greater than min = 0.9"),
                Arguments.of("unknown form", free + "    fidelity: {min: 0.5, max: 0.9, as: shaft}\n" + target,
                        "6:40:", "unknown form 'shaft' (did you mean 'shift'?)"),
                Arguments.of("shift without a distribution", free + "    fidelity: {min: 0.5, max: 0.9, as: shift}\n"
                        + target, "6:40:", "gives fidelity none"),
                Arguments.of("probability outside (0, 1)", free + "    fidelity: {min: 0.5, max: 0.9}\n"
                        + "  targets:\n    - {event: threshold_crossed, by: 2030, p: 1.5}\n", "8:47:",
                        "calibrate target p = 1.5 must lie in (0, 1)"),
                Arguments.of("unknown target key", free + "    fidelity: {min: 0.5, max: 0.9}\n"
                        + "  targets:\n    - {metric: alignment, meen: 0.5}\n", "8:27:",
                        "unknown key 'meen' in calibrate target (did you mean 'mean'?)"),
                Arguments.of("event as metric", free + "    fidelity: {min: 0.5, max: 0.9}\n"
                        + "  targets:\n    - {metric: threshold_crossed, mean: 0.5}\n", "8:16:",
                        "'threshold_crossed' is a event, not a metric"),
                Arguments.of("unknown calibrate key", "calibrate:\n  fre: {}\n", "5:3:",
                        "unknown key 'fre' in calibrate (did you mean 'free'?)"),
                Arguments.of("bound outside the range", free + "    fidelity: {min: 0.5, max: 1.5}\n" + target,
                        "6:5:", "free parameter fidelity at 1.5"),
                Arguments.of("antithetic not a flag", "antithetic: 3\n", "4:13:", "antithetic must be true or false"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCalibrations")
    void badCalibrationGivesOneLocatedLine(String kind, String yaml, String at, String fragment) {
        Path f = Cli.write(dir, "bad.yaml", HEAD + yaml);
        assertOneLocatedLine(Cli.run("calibrate", f.toString()), f + ":" + at, fragment);
        assertOneLocatedLine(Cli.run("validate", f.toString()), f + ":" + at, fragment);
    }

    @Test
    void calibrateWithoutCalibrateKey() {
        Path f = Cli.write(dir, "plain.yaml", HEAD);
        assertOneLocatedLine(Cli.run("calibrate", f.toString()), f + ":1:1:", "has no 'calibrate'");
    }

    private Path sensitivityFile() {
        return Cli.write(dir, "sens.yaml", HEAD + """
                parameters:
                  rate: {uniform: {min: 0.1, max: 0.5}}
                  noise: {uniform: {min: 0.0, max: 0.1}}
                sensitivity: {metric: alignment, samples: 64, bootstrap: 200}
                """);
    }

    @Test
    void sensitivityRanksTheParametersAndWritesTheChart() throws Exception {
        Path f = sensitivityFile();
        Path out = dir.resolve("charts");
        // final_capability = exp(10 rate + noise * sum of 10 normals): rate carries most of its variance
        Cli.Outcome o = Cli.run("sensitivity", f.toString(), "--metric", "final_capability", "--format", "json",
                "--out", out.toString(), "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        assertEquals("final_capability", doc.at("/observable").asText());
        assertEquals(64, doc.at("/baseSamples").asInt());
        assertEquals(64 * 4, doc.at("/modelRuns").asLong());
        JsonNode rate = doc.at("/indices/0");
        JsonNode noise = doc.at("/indices/1");
        assertEquals("rate", rate.at("/parameter").asText());
        assertTrue(rate.at("/totalEffect/value").asDouble() > noise.at("/totalEffect/value").asDouble(), o.out());
        assertTrue(rate.at("/firstOrder/lower").asDouble() <= rate.at("/firstOrder/value").asDouble(), o.out());
        byte[] png = Files.readAllBytes(out.resolve("sobol-final_capability.png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
        String svg = Files.readString(out.resolve("sobol-final_capability.svg"));
        assertTrue(svg.contains("Sobol sensitivity of final_capability"), svg.substring(0, 300));
        assertEquals(doc, JSON.readTree(out.resolve("sensitivity.json").toFile()));
        Cli.Outcome table = Cli.run("sensitivity", f.toString(), "--event", "threshold_crossed", "--by", "2036",
                "--threads", "1");
        assertEquals(0, table.status(), table.toString());
        assertTrue(table.out().startsWith("Sobol sensitivity of P(threshold_crossed <= 2036"), table.out());
        assertTrue(table.out().lines().allMatch(l -> l.length() <= 100), table.out());
    }

    @Test
    void badSensitivityInput() {
        Path f = sensitivityFile();
        Cli.Outcome o = Cli.run("sensitivity", f.toString(), "--metric", "final_capabilty");
        assertOneLocatedLine(o, "--metric final_capabilty", "(did you mean 'final_capability'?)");
        assertOneLocatedLine(Cli.run("sensitivity", f.toString(), "--event", "threshold_crossed"), "--event",
                "needs --by");
        assertOneLocatedLine(Cli.run("sensitivity", f.toString(), "--samples", "100"), "--samples",
                "must be a power of two");
        Path corr = Cli.write(dir, "corr.yaml", Cli.GROWTH);
        assertOneLocatedLine(Cli.run("sensitivity", corr.toString(), "--metric", "alignment"), corr + ":1:1:",
                "Sobol indices decompose the variance of independent parameters only");
        Path noOutput = Cli.write(dir, "none.yaml", HEAD + "parameters:\n  rate: {uniform: {min: 0.1, max: 0.5}}\n");
        assertOneLocatedLine(Cli.run("sensitivity", noOutput.toString()), "say what to analyse", "metrics: [");
        Path badKey = Cli.write(dir, "badkey.yaml", HEAD + "sensitivity: {metrik: alignment}\n");
        assertOneLocatedLine(Cli.run("sensitivity", badKey.toString()), badKey + ":4:15:", "(did you mean 'metric'?)");
    }

    private Path[] comparePair() {
        Path a = Cli.write(dir, "a.yaml", HEAD + """
                name: weak
                parameters:
                  rate: {uniform: {min: 0.1, max: 0.2}}
                  fidelity: 0.95
                report:
                  events:
                    threshold_crossed: {times: [2030, 2036]}
                """);
        Path b = Cli.write(dir, "b.yaml", "extends: a.yaml\nname: strong\nparameters:\n"
                + "  rate: {uniform: {min: 0.2, max: 0.3}}\n  fidelity: 0.97\n");
        return new Path[] {a, b};
    }

    @Test
    void compareGivesPairedDifferencesAndTheVarianceReduction() throws Exception {
        Path[] p = comparePair();
        Cli.Outcome o = Cli.run("compare", p[0].toString(), p[1].toString(), "--format", "json", "--threads", "2");
        assertEquals(0, o.status(), o.toString());
        JsonNode doc = JSON.readTree(o.out());
        assertEquals("weak", doc.at("/a").asText());
        assertEquals("strong", doc.at("/b").asText());
        assertEquals(256, doc.at("/pairs").asLong());
        JsonNode alignment = null;
        JsonNode capability = null;
        for (JsonNode d : doc.get("differences")) {
            if (d.at("/quantity").asText().equals("alignment")) {
                alignment = d;
            }
            if (d.at("/quantity").asText().equals("final_capability")) {
                capability = d;
            }
        }
        // alignment = fidelity^10, fixed in each scenario: the difference is exact
        assertEquals(Math.pow(0.97, 10) - Math.pow(0.95, 10), alignment.at("/difference/value").asDouble(), 1e-12);
        // B's rate is A's plus 0.1 in every pair (inversion of the same uniform): capability is e times larger,
        // with the same noise, so the pairs are strongly correlated
        assertTrue(capability.at("/varianceReductionFactor").asDouble() > 1.5, capability.toString());
        assertTrue(capability.at("/difference/lower").asDouble() > 0, capability.toString());
        Cli.Outcome table = Cli.run("compare", p[0].toString(), p[1].toString(), "--threads", "1");
        assertEquals(0, table.status(), table.toString());
        assertTrue(table.out().contains("P(threshold_crossed by end of 2029)"), table.out());
        assertTrue(table.out().lines().allMatch(l -> l.length() <= 100), table.out());
    }

    @Test
    void badCompareInput() {
        Path[] p = comparePair();
        assertOneLocatedLine(Cli.run("compare", p[0].toString(), "takeof-alignment"), "'takeof-alignment' is neither",
                "(did you mean 'takeoff-alignment'?)");
        assertEquals(2, Cli.run("compare", p[0].toString()).status());
        assertOneLocatedLine(Cli.run("compare", p[0].toString(), p[1].toString(), "--runs", "0"), "--runs 0",
                "must be a whole number");
        assertOneLocatedLine(Cli.run("compare", p[0].toString(), p[1].toString(), "--threads", "0"), "--threads 0",
                "threads = 0 is outside the allowed range [1, 4096]");
    }

    @Test
    void antitheticAndQuasiRandomKeysRun() throws Exception {
        for (String key : new String[] {"antithetic: true\n", "quasi-random: true\n"}) {
            Path f = Cli.write(dir, "vr.yaml", HEAD + key + "parameters:\n  rate: {uniform: {min: 0.1, max: 0.5}}\n");
            Cli.Outcome o = Cli.run("run", f.toString(), "--format", "json", "--quiet");
            assertEquals(0, o.status(), o.toString());
            assertEquals(256, JSON.readTree(o.out()).at("/counts/completed").asLong(), key);
        }
        Path both = Cli.write(dir, "both.yaml", HEAD + "antithetic: true\nquasi-random: true\n");
        // located at the key the core error names (quasiRandom), not at the start of the file
        assertOneLocatedLine(Cli.run("validate", both.toString()), both + ":5:1:", "cannot be combined");
    }
}
