package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rsisim report RESULT.json --out DIR} draws from a saved result the files {@code rsisim run --out} draws. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private void assertSameFiles(Path a, Path b) throws Exception {
        List<String> names;
        try (Stream<Path> files = Files.list(a)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(b)) {
            assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(names.contains("report.html") && names.contains("table.txt") && names.contains("result.json"),
                names.toString());
        for (String name : names) {
            assertArrayEquals(Files.readAllBytes(a.resolve(name)), Files.readAllBytes(b.resolve(name)), name);
        }
    }

    @Test
    void aSavedResultGivesTheSameTablesChartsAndPage() throws Exception {
        Cli.Outcome run = Cli.run("run", "takeoff-alignment", "--runs", "3000", "--out", dir.resolve("run").toString(),
                "--quiet");
        assertEquals(0, run.status(), run.toString());
        Cli.Outcome report = Cli.run("report", dir.resolve("run/result.json").toString(), "--out",
                dir.resolve("report").toString());
        assertEquals(0, report.status(), report.toString());
        assertEquals(run.out(), report.out(), "the table printed");
        assertSameFiles(dir.resolve("run"), dir.resolve("report"));
    }

    /** A precision target (the manifest's convergence) and antithetic pairs (their intervals) survive the file. */
    @Test
    void precisionAndAntitheticResultsAreRedrawnExactly() throws Exception {
        Path f = Cli.write(dir, "p.yaml", "extends: clark-2028\nname: p\nantithetic: true\nruns: 200000\n"
                + "precision: {event: automated_ai_rd, time: 2029, half-width: 0.02}\n");
        Cli.Outcome run = Cli.run("run", f.toString(), "--out", dir.resolve("run").toString(), "--quiet");
        assertEquals(0, run.status(), run.toString());
        Cli.Outcome report = Cli.run("report", dir.resolve("run/result.json").toString(), "--out",
                dir.resolve("report").toString());
        assertEquals(0, report.status(), report.toString());
        assertSameFiles(dir.resolve("run"), dir.resolve("report"));
    }

    @Test
    void aFileThatIsNoResultIsRefused() {
        Path f = Cli.write(dir, "x.json", "{\"format\": 99}\n");
        Cli.Outcome o = Cli.run("report", f.toString(), "--out", dir.resolve("o").toString());
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().contains("not an rsisim result.json of format 1"), o.err());
    }
}
