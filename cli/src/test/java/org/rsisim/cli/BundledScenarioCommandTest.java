package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.scenario.ScenarioCatalog;

/** {@code rsisim show}, and bundled scenarios run by name, from the file {@code show} prints, and under extends. */
class BundledScenarioCommandTest {
    @TempDir
    Path dir;

    /** A bundled scenario printed by {@code show} and saved is a scenario file that gives the same statistics. */
    @Test
    void everyBundledScenarioShownRunsToTheSameStatistics() throws Exception {
        for (String name : ScenarioCatalog.names()) {
            Cli.Outcome shown = Cli.run("show", name);
            assertEquals(0, shown.status(), shown.toString());
            assertEquals(ScenarioCatalog.text(name), shown.out());
            Path file = Cli.write(dir, name + ".yaml", shown.out());
            JsonNode byName = Cli.json(Cli.run("run", name, "--runs", "1024", "--format", "json", "--threads", "2"));
            JsonNode byFile = Cli.json(Cli.run("run", file.toString(), "--runs", "1024", "--format", "json"));
            assertEquals(name, byFile.at("/manifest/scenario").asText());
            assertEquals(byName.at("/manifest/seed"), byFile.at("/manifest/seed"), name);
            ((ObjectNode) byName).remove("manifest");
            ((ObjectNode) byFile).remove("manifest");
            assertEquals(byName, byFile, name);
        }
    }

    @Test
    void aFileExtendsABundledScenarioByName() throws Exception {
        Path child = Cli.write(dir, "slower.yaml", "extends: clark-2028\nname: slower\nparameters:\n"
                + "  base_generation_years: {uniform: {min: 1.0, max: 2.0}}\n");
        JsonNode slower = Cli.json(Cli.run("run", child.toString(), "--runs", "4096", "--format", "json"));
        JsonNode clark = Cli.json(Cli.run("run", "clark-2028", "--runs", "4096", "--format", "json"));
        assertEquals("slower", slower.at("/manifest/scenario").asText());
        assertEquals(2028, slower.at("/manifest/seed").asLong(), "seed kept from clark-2028");
        assertEquals(clark.at("/events/automated_ai_rd/probabilityBy").size(),
                slower.at("/events/automated_ai_rd/probabilityBy").size(), "report times kept from clark-2028");
        // slower generations automate AI R&D later
        double p2029 = slower.at("/events/automated_ai_rd/probabilityBy/2/p").asDouble();
        double clark2029 = clark.at("/events/automated_ai_rd/probabilityBy/2/p").asDouble();
        assertTrue(p2029 < clark2029, p2029 + " " + clark2029);
    }

    @Test
    void anUnknownBundledNameIsLocatedWithTheClosest() {
        Path child = Cli.write(dir, "typo.yaml", "name: typo\nextends: clark-2082\n");
        Cli.Outcome o = Cli.run("validate", child.toString());
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().contains("typo.yaml:2:10: extends 'clark-2082', which is no bundled scenario (did you "
                + "mean 'clark-2028'?)"), o.err());
        Cli.Outcome show = Cli.run("show", "clark-2082");
        assertEquals(2, show.status(), show.toString());
        assertTrue(show.err().contains("did you mean 'clark-2028'?"), show.err());
    }

    /** --seed, --threads and --format are one mixin: the analysis commands take them, but print no CSV. */
    @Test
    void theSharedOptionsAreCheckedOnce() {
        Cli.Outcome csv = Cli.run("sensitivity", "ai-rd-amdahl", "--format", "csv");
        assertEquals(2, csv.status(), csv.toString());
        assertTrue(csv.err().contains("--format csv is printed by run and sweep only"), csv.err());
        Cli.Outcome threads = Cli.run("run", "ai-rd-amdahl", "--threads", "5000", "--runs", "64");
        assertEquals(2, threads.status(), threads.toString());
        assertTrue(threads.err().contains("--threads 5000: threads = 5000 is outside the allowed range [1, 4096]"),
                threads.err());
    }
}
