package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Experiment;
import org.rsisim.core.InvalidValueException;

/** A library error is placed at the key its name field points to, whatever its message says. */
class ErrorLocationTest {
    private static final String FILE = "name: t\nmodel: alignment-fidelity\nsettings:\n  generations: 20\n"
            + "parameters:\n  fidelity_per_generation: {uniform: {min: 0.9, max: 0.99}}\n"
            + "  detection_probability: 0.5\nruns: 1024\nblock-size: 512\nprecision: {metric: final_fidelity, "
            + "half-width: 0.01}\nreport:\n  events:\n    first_below_threshold: {times: [5, 10]}\n";

    @TempDir
    Path dir;

    private Scenario scenario() throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, FILE);
        return ScenarioCompiler.compile(f);
    }

    @Test
    void theNameFieldPlacesTheError() throws Exception {
        Scenario s = scenario();
        String file = dir.resolve("t.yaml").toString();
        assertEquals(new Location(file, 6, 3), s.locate(new InvalidValueException("x", "fidelity_per_generation", 2)));
        assertEquals(new Location(file, 7, 3), s.locate(new InvalidValueException("x", "detection_probability", 2)));
        assertEquals(new Location(file, 4, 3), s.locate(new InvalidValueException("x", "generations", 0)));
        assertEquals(new Location(file, 8, 7), s.locate(new InvalidValueException("x", "runs", 0)));
        assertEquals(new Location(file, 9, 1), s.locate(new InvalidValueException("x", "blockSize", 3)));
        assertEquals(new Location(file, 10, 1), s.locate(new InvalidValueException("x", Experiment.TARGET, 0)));
        assertEquals(new Location(file, 13, 5), s.locate(new InvalidValueException("x", "first_below_threshold",
                Double.NaN)));
        assertEquals(Location.startOf(file), s.locate(new IllegalArgumentException("runs detection_probability")));
    }

    /** The same error, worded two ways, and worded to mention another key, lands at the same place. */
    @Test
    void rewordingAMessageDoesNotMoveItsLocation() throws Exception {
        Scenario s = scenario();
        Location a = s.locate(new InvalidValueException("parameter detection_probability = 2 is outside [0, 1]",
                "detection_probability", 2));
        Location b = s.locate(new InvalidValueException("the runs of block-size precision target: 2 is too large "
                + "for fidelity_per_generation", "detection_probability", 2));
        assertEquals(a, b);
        assertEquals(7, b.line());
    }

    /** A value the library refuses through the experiment is located at its key. */
    @Test
    void aCoreErrorThroughTheExperimentIsLocated() throws Exception {
        Path f = dir.resolve("q.yaml");
        Files.writeString(f, "name: q\nmodel: alignment-fidelity\nruns: 4096\nantithetic: true\nquasi-random: true\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioCompiler.compile(f));
        assertEquals(new Location(f.toString(), 5, 1), e.location());
    }
}
