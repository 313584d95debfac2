package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.cli.report.TextColumns;
import org.rsisim.scenario.Values;
import org.rsisim.scenario.report.Numbers;

/**
 * Reports that cannot be misread and cut nothing (issue 16, items 1, 5, 8 and 10): calendar thresholds labelled
 * "end of 2027", whole names, one parser of run counts, and the small command-line fixes, each checked on the real
 * command.
 */
class ReadableReportsTest {
    @TempDir
    Path dir;

    @Test
    void calendarThresholdsReadAsTheEndOfThePreviousYear() {
        assertEquals("end of 2027", Numbers.byLabel("year", 2028.0));
        assertEquals("2027-07-02", Numbers.byLabel("year", 2027.5));
        assertEquals("12", Numbers.byLabel("generation", 12));
        assertEquals("3.5", Numbers.byLabel("years after start", 3.5));
    }

    @Test
    void sweepValuesPrintInTheirShortestForm() {
        assertEquals("0", Numbers.plain(0));
        assertEquals("0.5", Numbers.plain(0.5));
        assertEquals("2028", Numbers.plain(2028));
        assertEquals("2.5e-07", Numbers.plain(2.5e-7));
    }

    @Test
    void longNamesStandOnTheirOwnLineAndLongCellsWrap() {
        StringBuilder out = new StringBuilder();
        TextColumns.Layout layout = new TextColumns.Layout(new int[] {10, 8}, new boolean[] {false, false},
                new int[] {0, 1});
        TextColumns.row(out, layout, "capability_doubling_time_years", "orders of magnitude");
        assertEquals("capability_doubling_time_years\n           orders\n           of\n           magnitude\n",
                out.toString());
        assertFalse(out.toString().contains("~"));
    }

    @Test
    void theTableCutsNoNameAndSaysWhyAMetricNeverVaries() {
        Cli.Outcome o = Cli.run("run", "clark-2028", "--runs", "2000", "-q");
        assertEquals(0, o.status(), o.toString());
        assertFalse(o.out().contains("~"), o.out());
        assertTrue(o.out().contains("misaligned_before_automation\n"), o.out());
        assertTrue(o.out().contains("end of 2027"), o.out());
        assertTrue(o.out().contains("0 in every run"), o.out());
        assertTrue(o.out().contains("OOM (log10)"), o.out());
    }

    @Test
    void runCountsReadTheSameInFilesAndOnTheCommandLine() throws Exception {
        assertEquals(100_000L, Values.wholeNumber("100_000", "runs"));
        assertEquals(100_000L, Values.wholeNumber("1e5", "runs"));
        assertEquals(2_500_000L, Values.wholeNumber("2.5e6", "runs"));
        Cli.Outcome o = Cli.run("run", "clark-2028", "--runs", "1e3", "--format", "json", "-q");
        assertEquals(1000, Cli.json(o).get("manifest").get("runs").asLong());
        o = Cli.run("run", "clark-2028", "--runs", "1_000", "--format", "json", "-q");
        assertEquals(1000, Cli.json(o).get("manifest").get("runs").asLong());
        o = Cli.run("run", "clark-2028", "--runs", "1.5");
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().contains("1e5"), o.err());
        Path file = Cli.write(dir, "many.yaml", "extends: clark-2028\nruns: 1_000\n");
        o = Cli.run("run", file.toString(), "--format", "json", "-q");
        assertEquals(1000, Cli.json(o).get("manifest").get("runs").asLong());
    }

    @Test
    void aRunOfAnUnreasonableSizeIsRefusedWithItsEstimate() {
        Path file = Cli.write(dir, "huge.yaml", "extends: clark-2028\nruns: 1e12\n");
        Cli.Outcome o = Cli.run("run", file.toString(), "--threads", "1");
        assertEquals(2, o.status(), o.toString());
        assertTrue(o.err().contains("refusing a run expected to take about"), o.err());
        assertTrue(o.err().contains("--no-time-limit"), o.err());
        o = Cli.run("validate", file.toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().contains("expected run time: about"), o.out());
    }

    @Test
    void helpIsACommand() {
        Cli.Outcome o = Cli.run("help");
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().contains("run"), o.out());
        o = Cli.run("help", "run");
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.out().contains("--runs"), o.out());
    }

    @Test
    void aPrecisionMistakeNamesTheOptionAndItsSyntax() {
        Cli.Outcome o = Cli.run("run", "clark-2028", "--precision", "automated_ai_rd:2029:0.01");
        assertEquals(2, o.status(), o.toString());
        assertFalse(o.err().contains("clark-2028.yaml:1:1"), o.err());
        assertTrue(o.err().contains("EVENT@TIME:HALF_WIDTH"), o.err());
        assertTrue(o.err().contains("did you mean automated_ai_rd@2029:0.01"), o.err());
    }

    @Test
    void runNotesTheSweepItLeavesOutAndCountsEveryFileItWrites() throws Exception {
        Path out = dir.resolve("out");
        Cli.Outcome o = Cli.run("run", "../examples/scenarios/alignment-oversight-sweep.yaml", "--runs", "500",
                "--out", out.toString());
        assertEquals(0, o.status(), o.toString());
        assertTrue(o.err().contains("has a sweep of 4 points, which 'rsisim run' leaves out"), o.err());
        long files;
        try (Stream<Path> s = Files.list(out)) {
            files = s.count();
        }
        assertTrue(o.err().contains("Wrote " + files + " report files"), o.err() + " but " + files + " files");
    }

    @Test
    void aOneParameterSweepIsDrawnAsALine() throws Exception {
        Path out = dir.resolve("sweep");
        Cli.Outcome o = Cli.run("sweep", "../examples/scenarios/alignment-oversight-sweep.yaml", "--runs", "500",
                "--out", out.toString(), "-q");
        assertEquals(0, o.status(), o.toString());
        try (Stream<Path> s = Files.list(out)) {
            List<String> names = s.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.startsWith("sweep-line")), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.startsWith("tornado")), names.toString());
        }
        assertFalse(o.out().contains("0.500000"), o.out());
    }
}
