package org.rsisim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.rsisim.cli.chart.PriorReport;
import org.rsisim.core.Parameter;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.report.Numbers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code rsisim priors SCENARIO [--draws N] [--seed S] [--out DIR]}: shows a scenario's uncertain parameters before
 * anything runs: each one's distribution with its exact 5 %, 50 % and 95 % quantiles, and the rank correlations of
 * the values its first runs would draw; with {@code --out}, a histogram chart of each parameter and a page,
 * {@code priors.html}. The draws are the runs' own (same seed, streams and correlation as {@code rsisim run}).
 */
@Command(name = "priors", mixinStandardHelpOptions = true,
        description = "Show a scenario's parameter distributions and their rank correlations, before running it.")
final class PriorsCommand implements Callable<Integer> {
    /** Most draws accepted. */
    static final int MAX_DRAWS = 10_000_000;

    private final Session session;
    @Parameters(paramLabel = "FILE|NAME", description = "A scenario file, or the name of a bundled scenario.")
    String scenario;
    @Option(names = "--draws", paramLabel = "N", defaultValue = "20000",
            description = "How many runs' parameter values to draw (default ${DEFAULT-VALUE}).")
    int draws;
    @Option(names = "--seed", paramLabel = "SEED", description = "Seed of the draws (default: the scenario's).")
    Long seed;
    @Option(names = "--out", paramLabel = "DIR", description = "Write a chart per parameter and priors.html here.")
    Path out;

    PriorsCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws Exception {
        if (draws < 2 || draws > MAX_DRAWS) {
            throw new UsageException("--draws " + draws + " must be a whole number in [2, " + MAX_DRAWS + "]");
        }
        Scenario s = Runner.resolve(scenario);
        PriorReport.Draws d = PriorReport.draw(s.name(), s.experiment(new Overrides(null, seed, null, null)), draws);
        session.out().print(format(d));
        session.out().flush();
        if (out != null) {
            List<Path> files = PriorReport.write(d, out);
            session.err().println("Wrote " + files.size() + " files to " + out);
        }
        return 0;
    }

    static String format(PriorReport.Draws d) {
        StringBuilder b = new StringBuilder();
        int n = d.values().length == 0 ? 0 : d.values()[0].length;
        b.append("Priors of ").append(d.scenario()).append(" (").append(n).append(" draws, seed ").append(d.seed())
                .append("; nothing was run)\n\n");
        if (d.parameters().isEmpty()) {
            return b.append("No uncertain parameter: every parameter has one value.\n").toString();
        }
        int w = "parameter".length();
        for (Parameter p : d.parameters()) {
            w = Math.max(w, p.name().length());
        }
        String row = "%-" + w + "s  %12s  %12s  %12s  %s%n";
        b.append(String.format(Locale.ROOT, row, "parameter", "p05", "median", "p95", "distribution"));
        for (int i = 0; i < d.parameters().size(); i++) {
            Distribution dist = d.distributions().get(i);
            b.append(String.format(Locale.ROOT, row, d.parameters().get(i).name(),
                    Numbers.significant(dist.inverseCdf(0.05), 4), Numbers.significant(dist.inverseCdf(0.5), 4),
                    Numbers.significant(dist.inverseCdf(0.95), 4), dist));
        }
        double[][] c = d.rankCorrelations();
        if (c.length > 1) {
            b.append("\nRank correlations of the draws (Spearman; of independent draws about 0 +/- ")
                    .append(String.format(Locale.ROOT, "%.3f", 1 / Math.sqrt(n))).append("):\n");
            int lw = w + 6;
            b.append(String.format(Locale.ROOT, "%-" + lw + "s", ""));
            for (int j = 0; j < c.length; j++) {
                b.append(String.format(Locale.ROOT, "  %8s", "[" + (j + 1) + "]"));
            }
            b.append('\n');
            for (int i = 0; i < c.length; i++) {
                b.append(String.format(Locale.ROOT, "%-" + lw + "s", "[" + (i + 1) + "] " + d.parameters().get(i).name()));
                for (int j = 0; j < c.length; j++) {
                    b.append(String.format(Locale.ROOT, "  %8.3f", c[i][j]));
                }
                b.append('\n');
            }
        }
        return b.toString();
    }
}
