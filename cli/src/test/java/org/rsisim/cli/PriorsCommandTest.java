package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.cli.chart.PriorReport;
import org.rsisim.core.Parameter;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;

/** {@code rsisim priors}: each uncertain parameter's distribution and the rank correlations, before any run. */
class PriorsCommandTest {
    @TempDir
    Path dir;

    @Test
    void drawsShowTheCorrelationTheScenarioAsksFor() {
        Scenario s = Runner.resolve("ai-futures-2025");
        int n = 20_000;
        PriorReport.Draws d = PriorReport.draw(s.name(), s.experiment(Overrides.NONE), n);
        List<String> names = d.parameters().stream().map(Parameter::name).toList();
        double[][] c = d.rankCorrelations();
        int a = names.indexOf("present_doubling_time");
        int b = names.indexOf("doubling_difficulty_growth_factor");
        int g = names.indexOf("gap_years");
        assertTrue(a >= 0 && b >= 0 && g >= 0, names.toString());
        // the scenario asks for rank correlations 0.60 (a, b) and 0.00 (a, gap_years); 4 standard errors of a
        // rank correlation of n draws is about 4 / sqrt(n) = 0.028
        double tol = 4 / Math.sqrt(n);
        assertEquals(0.60, c[a][b], tol, "present_doubling_time with doubling_difficulty_growth_factor");
        assertEquals(0.00, c[a][g], tol, "present_doubling_time with gap_years");
        assertEquals(c[a][b], c[b][a], 0);
        for (int i = 0; i < c.length; i++) {
            assertEquals(1.0, c[i][i], 0);
        }
    }

    @Test
    void printsEveryUncertainParameterAndWritesItsCharts() throws Exception {
        Cli.Outcome o = Cli.run("priors", "sie-2025", "--draws", "4000", "--out", dir.toString());
        assertEquals(0, o.status(), o.toString());
        for (String p : List.of("initial_boost", "r_initial", "limit_years", "lambda_factor")) {
            assertTrue(o.out().contains(p), p + "\n" + o.out());
            assertTrue(Files.size(dir.resolve("prior-" + p + ".svg")) > 1000, p);
            assertTrue(Files.size(dir.resolve("prior-" + p + ".png")) > 1000, p);
        }
        // software_contribution_param is fixed at 0.5: no chart, no row
        assertTrue(!o.out().contains("software_contribution_param"), o.out());
        // limit_years is uniform 6-16: its exact quantiles 6.5, 11 and 15.5
        assertTrue(o.out().matches("(?s).*limit_years\\s+6\\.500\\s+11\\.00\\s+15\\.50\\s+uniform.*"), o.out());
        String html = Files.readString(dir.resolve("priors.html"));
        assertTrue(html.contains("Rank correlations") && html.split("<figure ", -1).length - 1 == 4, "priors.html");
        Cli.Outcome bad = Cli.run("priors", "sie-2025", "--draws", "1");
        assertEquals(Main.BAD_INPUT, bad.status(), bad.toString());
        assertTrue(bad.err().contains("--draws 1"), bad.err());
    }
}
