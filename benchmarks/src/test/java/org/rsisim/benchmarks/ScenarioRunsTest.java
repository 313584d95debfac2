package org.rsisim.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The per-run CSV of {@link ScenarioRuns} holds the engine's runs: on {@code ftm-2023} (whose Monte Carlo rejects
 * about a sixth of its draws and draws them again) the counts of completed runs, of runs reaching each event and reaching it
 * by 2040, and the mean of a metric equal those of the engine's result with the same seed and runs.
 */
class ScenarioRunsTest {
    private static final int RUNS = 120;

    @Test
    void linesAreTheEnginesRuns(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("runs.csv");
        ScenarioRuns.main(new String[] {"ftm-2023", Integer.toString(RUNS), "2023", csv.toString()});
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.get(0).split(",", -1));
        assertEquals(List.of("run", "status", "diverged_step", "cpu_us", "rejected_draws"), header.subList(0, 5));
        assertEquals(RUNS + 1, lines.size(), "one line per run and the header");

        Experiment e = ScenarioCatalog.get("ftm-2023").experiment().withRuns(RUNS).withSeed(2023);
        Result r = Engine.withThreads(1).run(e);
        long completed = lines.stream().skip(1).filter(l -> l.split(",", -1)[1].equals("completed")).count();
        EventSummary any = r.event("automation_gns_100");
        assertEquals(any.runs(), completed, "completed runs");
        assertTrue(r.rejectedDraws() > 0, "ftm-2023 redraws some rejected draws: " + r.rejectedDraws());
        long rejected = lines.stream().skip(1).mapToLong(l -> Long.parseLong(l.split(",", -1)[4])).sum();
        assertEquals(r.rejectedDraws(), rejected, "rejected draws");

        for (String event : List.of("rampup_start", "agi_year", "automation_gns_100", "gwp_growth_20_year")) {
            int col = header.indexOf(event);
            long reached = 0;
            long by2040 = 0;
            for (String line : lines.subList(1, lines.size())) {
                String v = line.split(",", -1)[col];
                if (!v.isEmpty()) {
                    reached++;
                    by2040 += Double.parseDouble(v) <= 2040 ? 1 : 0;
                }
            }
            EventSummary s = r.event(event);
            assertEquals(s.occurred(), reached, event + " reached");
            assertEquals(s.probabilityBy(2040).successes(), by2040, event + " by 2040");
        }
        int col = header.indexOf("full_automation_gns");
        double sum = 0;
        long n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (!f[col].isEmpty()) {
                sum += Double.parseDouble(f[col]);
                n++;
            } else if (f[1].equals("diverged")) {
                assertTrue(Arrays.stream(f, 5, f.length).allMatch(String::isEmpty), "a diverged run has no values");
            }
        }
        assertEquals(r.metric("full_automation_gns").count(), n, "runs with a takeoff duration");
        assertEquals(r.metric("full_automation_gns").mean().value(), sum / n, 1e-9, "mean takeoff duration");
    }

    @Test
    void givenParametersReplaceTheDrawnOnes(@TempDir Path dir) throws Exception {
        Path drawn = dir.resolve("drawn.csv");
        ScenarioRuns.main(new String[] {"ftm-2023", "40", "2023", drawn.toString(), "--parameters"});
        List<String> lines = Files.readAllLines(drawn, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        int first = Arrays.asList(header).indexOf("full_automation_requirements_training");
        assertTrue(first > 4, "the parameter columns follow the observables");
        StringBuilder given = new StringBuilder(String.join(",", Arrays.copyOfRange(header, first, header.length)));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            given.append('\n').append(String.join(",", Arrays.copyOfRange(f, first, f.length)));
        }
        Path in = dir.resolve("given.csv");
        Files.writeString(in, given.append('\n').toString(), StandardCharsets.UTF_8);
        Path again = dir.resolve("again.csv");
        // another seed draws other parameters; the given ones replace them all, and ftm draws nothing else
        ScenarioRuns.main(new String[] {"ftm-2023", "40", "7", again.toString(), "--parameters", "--given",
            in.toString()});
        List<String> other = Files.readAllLines(again, StandardCharsets.UTF_8);
        assertEquals(lines.size(), other.size());
        for (int i = 0; i < lines.size(); i++) {
            String[] a = lines.get(i).split(",", -1);
            String[] b = other.get(i).split(",", -1);
            a[3] = "";
            b[3] = "";  // CPU time
            if (i > 0) {
                assertEquals("0", b[4], "given parameters are taken as they are, not redrawn");
                a[4] = "";
                b[4] = "";
            }
            assertEquals(String.join(",", a), String.join(",", b), "line " + i);
        }
        assertThrows(IllegalArgumentException.class, () -> ScenarioRuns.main(new String[] {"ftm-2023", "41", "7",
            again.toString(), "--given", in.toString()}));
    }

    @Test
    void rejectsBadArguments(@TempDir Path dir) {
        String out = dir.resolve("x.csv").toString();
        assertThrows(IllegalArgumentException.class, () -> ScenarioRuns.main(new String[] {"ftm-2023", "10"}));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioRuns.main(new String[] {"ftm-2023", "0", "1", out}));
        assertThrows(IllegalArgumentException.class,
                () -> ScenarioRuns.main(new String[] {"ftm-2023", "5", "1", out, "--bogus"}));
    }
}
