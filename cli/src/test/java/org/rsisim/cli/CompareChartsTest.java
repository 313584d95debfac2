package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rsisim compare A B --out DIR}: both scenarios overlaid in one chart each, with the paired differences. */
class CompareChartsTest {
    @TempDir
    Path dir;

    @Test
    void overlaysBothScenariosAndDrawsThePairedDifferences() throws Exception {
        Path faster = Path.of("..", "examples", "scenarios", "clark-2028-faster.yaml");
        Cli.Outcome o = Cli.run("compare", "clark-2028", faster.toString(), "--runs", "2000", "--out",
                dir.toString());
        assertEquals(0, o.status(), o.toString());
        for (String stem : List.of("compare-event-automated_ai_rd", "difference-event-automated_ai_rd",
                "compare-fan-capability", "compare-fan-automation", "compare-fan-fidelity",
                "compare-fan-years_since_start")) {
            assertTrue(Files.size(dir.resolve(stem + ".svg")) > 1000, stem);
            assertTrue(Files.size(dir.resolve(stem + ".png")) > 1000, stem);
        }
        String html = Files.readString(dir.resolve("compare.html"));
        assertEquals(6, html.split("<figure ", -1).length - 1, "every chart inline");
        // The overlay's A curve comes from A run alone with the pairs' seed and runs: the same runs as the pairs'
        // A side, so its P(by end of 2027) is the table's A column.
        Matcher table = Pattern.compile("P\\(automated_ai_rd by end of 2027\\)\\s+([0-9.]+)\\s+([0-9.]+)").matcher(o.out());
        assertTrue(table.find(), o.out());
        String svg = Files.readString(dir.resolve("compare-event-automated_ai_rd.svg"));
        Matcher chart = Pattern.compile("A: clark-2028: by end of 2026 [0-9.]+ %; by end of 2027 ([0-9.]+) %").matcher(svg);
        assertTrue(chart.find(), "caption of the overlay");
        assertEquals(Double.parseDouble(table.group(1)) * 100, Double.parseDouble(chart.group(1)), 0.051,
                "A's P(by end of 2027) in the table and in the chart");
    }
}
