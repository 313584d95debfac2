package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.rare.ImportanceSampling;
import org.rsisim.core.rare.RareEvent;

/** The {@code rare-event} key: every form read as written, and every error located at its key or value. */
class RareEventSpecTest {
    private static final String HEAD = "name: t\nmodel: alignment-fidelity\nsettings:\n  generations: 20\n"
            + "parameters:\n  fidelity_per_generation: {uniform: {min: 0.9, max: 0.99}}\n"
            + "  detection_probability: {uniform: {min: 0.1, max: 0.9}}\nrare-event:\n";

    @TempDir
    Path dir;

    private Scenario compile(String rare) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, HEAD + rare);
        return ScenarioCompiler.compile(f);
    }

    private ScenarioException refused(String rare) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, HEAD + rare);
        return assertThrows(ScenarioException.class, () -> ScenarioCompiler.compile(f));
    }

    @Test
    void everyKeyIsRead() throws Exception {
        RareEventSpec s = compile("  metric: final_fidelity\n  at-least: 0.99\n  runs: 5000\n  pilot-runs: 700\n"
                + "  elite-fraction: 0.05\n  max-iterations: 7\n  shift: {detection_probability: -1.5}\n")
                .rareEvent();
        assertEquals(RareEvent.metricAtLeast("final_fidelity", 0.99), s.event());
        assertEquals(5000L, s.runs());
        assertEquals(700, s.pilotRuns());
        assertEquals(0.05, s.eliteFraction());
        assertEquals(7, s.maxIterations());
        assertEquals(Map.of("detection_probability", -1.5), s.shift());
        assertEquals(9, s.location().line());
        Scenario sc = compile("  event: first_below_threshold\n  by: 15\n");
        RareEventSpec e = sc.rareEvent();
        assertEquals(RareEvent.eventBy("first_below_threshold", 15), e.event());
        assertNull(e.runs());
        assertNull(e.shift());
        ImportanceSampling is = e.importanceSampling(sc.experiment(Overrides.NONE), 300L);
        assertEquals(List.of("fidelity_per_generation", "detection_probability"), is.coordinates());
        assertTrue(is.toString().contains("runs=300"), is.toString());
        assertEquals(RareEvent.metricAtMost("final_fidelity", 0.5),
                compile("  metric: final_fidelity\n  at-most: 0.5\n").rareEvent().event());
    }

    @Test
    void errorsAreLocated() throws Exception {
        ScenarioException both = refused("  metric: final_fidelity\n  at-most: 0.5\n  at-least: 0.1\n");
        assertTrue(both.getMessage().contains("t.yaml:9:") && both.getMessage().contains("exactly one"),
                both.getMessage());
        ScenarioException neither = refused("  runs: 1000\n");
        assertTrue(neither.getMessage().contains("'metric'") && neither.getMessage().contains("'event'"),
                neither.getMessage());
        ScenarioException by = refused("  event: first_below_threshold\n");
        assertTrue(by.getMessage().contains("needs 'by'"), by.getMessage());
        ScenarioException runs = refused("  metric: final_fidelity\n  at-most: 0.5\n  runs: 10\n");
        assertTrue(runs.getMessage().contains("t.yaml:11:") && runs.getMessage().contains("runs = 10"),
                runs.getMessage());
        ScenarioException fraction = refused("  metric: final_fidelity\n  at-most: 0.5\n  elite-fraction: 0.9\n");
        assertTrue(fraction.getMessage().contains("elite-fraction = 0.9"), fraction.getMessage());
        ScenarioException shift = refused("  metric: final_fidelity\n  at-most: 0.5\n  shift: {correction_fraction: 1}\n");
        assertTrue(shift.getMessage().contains("correction_fraction") && shift.getMessage().contains("uncertain"),
                shift.getMessage());
        ScenarioException key = refused("  metric: final_fidelity\n  at-most: 0.5\n  pilot_runs: 100\n");
        assertTrue(key.getMessage().contains("pilot_runs") && key.getMessage().contains("pilot-runs"),
                key.getMessage());
        ScenarioException kind = refused("  metric: first_below_threshold\n  at-most: 0.5\n");
        assertTrue(kind.getMessage().contains("is a event") || kind.getMessage().contains("not a metric"),
                kind.getMessage());
        ScenarioException level = refused("  metric: final_fidelity\n  at-most: .inf\n");
        assertTrue(level.getMessage().contains("finite"), level.getMessage());
    }
}
