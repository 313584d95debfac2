package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad scenario file gives exit status 2 and one line naming file:line:column. */
class BadFileTest {
    @TempDir
    Path dir;

    private static final String HEAD = "model: test-growth\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("wrong type", HEAD + "runs: many\n", 2, 7, "runs must be a whole number"),
                Arguments.of("unknown key", HEAD + "runz: 100\n", 2, 1, "unknown key 'runz' in the scenario (did you mean 'runs'?)"),
                Arguments.of("probability outside [0, 1]", HEAD + "parameters:\n  fidelity: 1.3\n", 3, 13,
                        "outside its allowed range [0, 1]"),
                Arguments.of("beta mean outside (0, 1)", HEAD + "parameters:\n  fidelity: {beta: {mean: 1.2, concentration: 5}}\n",
                        3, 21, "mean = 1.2 must lie strictly between 0 and 1"),
                Arguments.of("malformed YAML", HEAD + "parameters: {rate: [1, 2\n", 2, 25, "malformed YAML"),
                Arguments.of("p5 above p95", HEAD + "parameters:\n  rate: {lognormal: {p5: 3, p95: 1}}\n", 3, 29,
                        "p95 = 1.0 must be greater than p5 = 3.0"),
                Arguments.of("not positive definite", HEAD + "parameters:\n  rate: {uniform: {min: 0, max: 1}}\n"
                        + "  noise: {uniform: {min: 0, max: 1}}\n  fidelity: {uniform: {min: 0, max: 1}}\n"
                        + "correlations:\n  parameters: [rate, noise, fidelity]\n  matrix:\n"
                        + "    - [1, 0.9, -0.9]\n    - [0.9, 1, 0.9]\n    - [-0.9, 0.9, 1]\n", 8, 3,
                        "not positive definite"),
                Arguments.of("negative run count", HEAD + "runs: -5\n", 2, 7, "runs = -5 is outside the allowed range [1,"),
                Arguments.of("unknown model", "model: test-grwth\n", 1, 8, "unknown model 'test-grwth' (did you mean 'test-growth'?)"),
                Arguments.of("unknown parameter", HEAD + "parameters:\n  rte: 0.2\n", 3, 3,
                        "unknown parameter 'rte' of model test-growth (did you mean 'rate'?)"),
                Arguments.of("setting written as parameter", HEAD + "parameters:\n  generations: 5\n", 3, 3,
                        "is a setting of model test-growth"),
                Arguments.of("unknown distribution", HEAD + "parameters:\n  rate: {unifrom: {min: 0, max: 1}}\n", 3,
                        10, "unknown distribution 'unifrom' for parameter rate (did you mean 'uniform'?)"),
                Arguments.of("support outside range", HEAD + "parameters:\n  rate: {uniform: {min: -1, max: 1}}\n",
                        3, 9, "beyond its allowed range [0, 5]"),
                Arguments.of("setting out of range", HEAD + "settings:\n  generations: 0\n", 3, 16,
                        "setting generations = 0.0 is outside its allowed range [1.0, 200.0]"),
                Arguments.of("bad sweep name", HEAD + "sweep:\n  parameter: rat\n  values: [0.1]\n", 3, 14,
                        "neither a parameter nor a setting of model test-growth (did you mean 'rate'?)"),
                Arguments.of("bad sweep value", HEAD + "sweep:\n  parameter: fidelity\n  values: [0.5, 1.5]\n", 3, 3,
                        "sweep point {fidelity=1.5}"),
                Arguments.of("bad sweep range", HEAD + "sweep:\n  parameter: rate\n  range: {from: 1, to: 0, steps: 3}\n",
                        4, 24, "sweep range to = 0.0 must be greater than from = 1.0"),
                Arguments.of("YAML tag", HEAD + "seed: !!java.lang.Runtime 4\n", 2, 7, "YAML tags"),
                Arguments.of("duplicate key", HEAD + "seed: 1\nseed: 2\n", 3, 1, "duplicate key 'seed'"),
                Arguments.of("unknown event", HEAD + "report:\n  events:\n    treshold_crossed: {times: [2030]}\n",
                        4, 5, "(did you mean 'threshold_crossed'?)"),
                Arguments.of("metric as event", HEAD + "precision: {event: alignment, time: 2030, half-width: 0.01}\n",
                        2, 20, "'alignment' is a metric, not a event"),
                Arguments.of("block size", HEAD + "block-size: 100\n", 2, 13, "block-size = 100 must be a multiple of 64"),
                Arguments.of("unknown key in distribution", HEAD + "parameters:\n  rate: {normal: {mean: 1, sdev: 2}}\n",
                        3, 28, "unknown key 'sdev' in rate normal (did you mean 'sd'?)"),
                Arguments.of("unknown observable", HEAD + "observe: [alignment, treshold_crossed]\n", 2, 22,
                        "model test-growth has no observable 'treshold_crossed' (did you mean 'threshold_crossed'?); "
                        + "observables: [final_capability, alignment, threshold_crossed, capability]"),
                Arguments.of("observe not a list", HEAD + "observe: alignment\n", 2, 10,
                        "observe must be a list of names such as [a, b], got the text 'alignment'"),
                Arguments.of("report names an unobserved metric", HEAD + "observe: [alignment]\nreport:\n"
                        + "  metrics: [alignment, final_capability]\n", 4, 24, "report names metric "
                        + "'final_capability', which is not observed; add it to 'observe' or leave it out of 'report'; "
                        + "observed: [alignment]"),
                Arguments.of("report times of an unobserved event", HEAD + "observe: [alignment]\nreport:\n"
                        + "  events:\n    threshold_crossed: {times: [2030]}\n", 5, 5, "report names event "
                        + "'threshold_crossed', which is not observed; add it to 'observe' or leave it out of 'report'; "
                        + "observed: [alignment]"),
                Arguments.of("precision on an unobserved metric", HEAD + "observe: [alignment]\n"
                        + "precision: {metric: final_capability, half-width: 0.1}\n", 3, 21, "precision metric "
                        + "'final_capability' is not observed; add it to 'observe'; observed: [alignment]"),
                Arguments.of("not a map", "- model\n- test-growth\n", 1, 1, "a scenario file must be a map"),
                Arguments.of("no model", "runs: 10\n", 1, 1, "the scenario names no model"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badFileGivesStatus2AndOneLocatedLine(String kind, String yaml, int line, int column, String fragment) {
        Path f = Cli.write(dir, "bad.yaml", yaml);
        for (String command : new String[] {"run", "validate"}) {
            Cli.Outcome o = command.equals("run") ? Cli.run(command, f.toString(), "--runs", "128")
                    : Cli.run(command, f.toString());
            assertEquals(2, o.status(), kind + ": " + o);
            assertEquals("", o.out(), kind + ": nothing on stdout");
            String err = o.err();
            assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, kind + ": one line: " + err);
            String prefix = "rsisim: " + f + ":" + line + ":" + column + ": ";
            assertTrue(err.startsWith(prefix), kind + ": expected prefix " + prefix + " in " + err);
            assertTrue(err.contains(fragment), kind + ": expected '" + fragment + "' in " + err);
            assertFalse(err.contains("Exception") || err.contains("\tat "), kind + ": no stack trace: " + err);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void commandRunsAsUsualAfterwards(String kind, String yaml, int line, int column, String fragment) {
        // The located message does not depend on the command that read the file.
        Path f = Cli.write(dir, "bad.yaml", yaml);
        Cli.Outcome o = Cli.run("sweep", f.toString());
        assertEquals(2, o.status(), kind + ": " + o);
        assertTrue(Pattern.compile("^rsisim: .*bad\\.yaml:\\d+:\\d+: ").matcher(o.err()).find(), o.err());
    }

    @org.junit.jupiter.api.Test
    void missingFile() {
        Cli.Outcome o = Cli.run("run", dir.resolve("absent.yaml").toString());
        assertEquals(2, o.status(), o.toString());
        assertEquals("rsisim: " + dir.resolve("absent.yaml") + ":1:1: no such file: " + dir.resolve("absent.yaml")
                + "\n", o.err());
    }

    @org.junit.jupiter.api.Test
    void extendsCycle() {
        Cli.write(dir, "a.yaml", "extends: b.yaml\nmodel: test-growth\n");
        Cli.write(dir, "b.yaml", "extends: c.yaml\n");
        Cli.write(dir, "c.yaml", "extends: a.yaml\n");
        Cli.Outcome o = Cli.run("validate", dir.resolve("a.yaml").toString());
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().contains("c.yaml:1:10: extends cycle: a.yaml -> b.yaml -> c.yaml -> a.yaml"), o.err());
    }

    @org.junit.jupiter.api.Test
    void missingBaseIsReportedAtTheExtendsKey() {
        Path f = Cli.write(dir, "child.yaml", "model: test-growth\nextends: nowhere.yaml\n");
        Cli.Outcome o = Cli.run("validate", f.toString());
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().startsWith("rsisim: " + f + ":2:10: no such file: "), o.err());
    }

    @org.junit.jupiter.api.Test
    void badOptionsGiveStatus2() {
        Path f = Cli.write(dir, "ok.yaml", "model: test-growth\nruns: 128\n");
        assertEquals(2, Cli.run("run", f.toString(), "--runs", "-3").status());
        assertEquals(2, Cli.run("run", f.toString(), "--threads", "0").status());
        assertEquals(2, Cli.run("run", f.toString(), "--format", "xml").status());
        assertEquals(2, Cli.run("run", f.toString(), "--precision", "junk").status());
        assertEquals(2, Cli.run("run", f.toString(), "--bogus").status());
        assertEquals(2, Cli.run("run", "no-such-scenario").status());
        assertEquals(2, Cli.run("sweep", f.toString()).status(), "a file without a sweep");
    }
}
