package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rsisim import aifm}: the written scenario runs; a configuration it cannot convert fails at its line. */
class ImportCommandTest {
    private static final String CONFIG = """
            time_range: [2012.0, 2050.0]
            num_samples: 40
            seed: 3
            parameters:
              present_doubling_time:
                dist: lognormal
                ci80: [0.3, 0.6]
                min: 0.0
                max: 1e30
              include_gap:
                dist: fixed
                value: "no gap"
            time_series_parameters:
              constant_training_compute_growth_rate:
                dist: fixed
                value: 0.6
              slowdown_year:
                dist: uniform
                min: 2027.0
                max: 2029.0
              post_slowdown_training_compute_growth_rate:
                dist: fixed
                value: 0.25
            """;

    @TempDir
    Path dir;

    @Test
    void theWrittenScenarioRuns() throws Exception {
        Path config = Cli.write(dir, "my-config.yaml", CONFIG);
        Path out = dir.resolve("imported.yaml");
        Cli.Outcome o = Cli.run("import", "aifm", config.toString(), "--out", out.toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(Files.readString(out).contains("present_doubling_time: {lognormal: {p10: 0.3, p90: 0.6}, "
                + "clip: [0.01, 2]}  # line 5"), Files.readString(out));
        Cli.Outcome run = Cli.run("run", out.toString(), "--format", "json", "--threads", "1");
        assertEquals(0, run.status(), run.toString());
        assertEquals(40, Cli.json(run).path("manifest").path("runs").asLong(), run.out());
    }

    @Test
    void withoutOutItPrintsTheScenario() {
        Cli.Outcome o = Cli.run("import", "aifm", Cli.write(dir, "c.yaml", CONFIG).toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().contains("\nmodel: ai-futures\n"), o.out());
        assertTrue(o.out().contains("\nseed: 3\n"), o.out());
    }

    @Test
    void whatCannotBeConvertedFailsWithFileLineAndKey() {
        Path config = Cli.write(dir, "bad.yaml", CONFIG.replace("  include_gap:", "  labor_anchor_exp_cap:"));
        Cli.Outcome o = Cli.run("import", "aifm", config.toString());
        assertEquals(Main.BAD_INPUT, o.status(), o.toString());
        assertTrue(o.err().contains(config + ":10:3"), o.err());
        assertTrue(o.err().contains("labor_anchor_exp_cap"), o.err());
    }

    @Test
    void importWithoutAFormatIsAUsageError() {
        Cli.Outcome o = Cli.run("import");
        assertEquals(Main.BAD_INPUT, o.status(), o.toString());
        assertTrue(o.err().contains("rsisim import aifm"), o.err());
    }
}
