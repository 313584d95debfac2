package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Experiment;
import org.rsisim.core.Redraw;

/**
 * The {@code redraw} key: read as written into the experiment, printed by the resolved scenario so that it reads
 * back to the same experiment, and every error located at its key or value.
 */
class RedrawSpecTest {
    private static final String HEAD = "name: t\nmodel: alignment-fidelity\nsettings:\n  generations: 20\n"
            + "parameters:\n  fidelity_per_generation: {uniform: {min: 0.9, max: 0.99}}\n"
            + "  detection_probability: {uniform: {min: 0.1, max: 0.9}}\n";

    @TempDir
    Path dir;

    private Scenario compile(String tail) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, HEAD + tail);
        return ScenarioCompiler.compile(f);
    }

    private ScenarioException refused(String tail) throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, HEAD + tail);
        return assertThrows(ScenarioException.class, () -> ScenarioCompiler.compile(f));
    }

    @Test
    void theKeyReachesTheExperimentAndTheResolvedScenario() throws Exception {
        Scenario s = compile("redraw:\n  keep: [detection_probability]\n  max-draws: 50\n");
        Experiment e = s.experiment(Overrides.NONE);
        assertEquals(new Redraw(50, List.of("detection_probability")), e.redraw());
        assertEquals(e.redraw(), s.redraw());
        String resolved = s.resolved(e, false);
        assertTrue(resolved.contains("redraw: {max-draws: 50, keep: [detection_probability]}\n"), resolved);
        Path back = dir.resolve("resolved.yaml");
        Files.writeString(back, resolved);
        Experiment again = ScenarioCompiler.compile(back).experiment(Overrides.NONE);
        assertEquals(e.redraw(), again.redraw());
        assertEquals(e.jointDistribution().marginals(), again.jointDistribution().marginals());

        assertEquals(new Redraw(RedrawSpec.DEFAULT_MAX_DRAWS, List.of()), compile("redraw: {}\n").redraw());
        assertNull(compile("runs: 100\n").experiment(Overrides.NONE).redraw());
        assertNull(compile("redraw: false\n").experiment(Overrides.NONE).redraw());
        assertTrue(!compile("runs: 100\n").resolved(compile("runs: 100\n").experiment(Overrides.NONE), false)
                .contains("redraw"));
    }

    @Test
    void errorsAreLocated() throws Exception {
        ScenarioException name = refused("redraw:\n  keep: [detection_probabilty]\n");
        assertTrue(name.getMessage().contains("t.yaml:9:") && name.getMessage().contains("detection_probability")
                && name.getMessage().contains("not a parameter"), name.getMessage());
        ScenarioException twice = refused("redraw:\n  keep: [detection_probability, detection_probability]\n");
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        ScenarioException max = refused("redraw:\n  max-draws: 0\n");
        assertTrue(max.getMessage().contains("t.yaml:9:") && max.getMessage().contains("max-draws = 0")
                && max.getMessage().contains("[1, 1000000]"), max.getMessage());
        ScenarioException key = refused("redraw:\n  max_draws: 10\n");
        assertTrue(key.getMessage().contains("max_draws") && key.getMessage().contains("max-draws"),
                key.getMessage());
        ScenarioException kind = refused("redraw: true\n");
        assertTrue(kind.getMessage().contains("t.yaml:8:") && kind.getMessage().contains("or false"),
                kind.getMessage());
        // refusals of the library are placed at the redraw key
        ScenarioException anti = refused("antithetic: true\nredraw: {}\n");
        assertTrue(anti.getMessage().contains("t.yaml:9:") && anti.getMessage().contains("antithetic"),
                anti.getMessage());
        ScenarioException correlated = refused("correlations:\n  parameters: [fidelity_per_generation, "
                + "detection_probability]\n  matrix: [[1, 0.3], [0.3, 1]]\nredraw: {keep: [detection_probability]}\n");
        assertTrue(correlated.getMessage().contains("t.yaml:11:")
                && correlated.getMessage().contains("rank-correlated"), correlated.getMessage());
        ScenarioException rare = refused("redraw: {}\nrare-event: {metric: final_fidelity, at-most: 0.5}\n");
        assertTrue(rare.getMessage().contains("t.yaml:9:") && rare.getMessage().contains("importance sampling"),
                rare.getMessage());
    }
}
