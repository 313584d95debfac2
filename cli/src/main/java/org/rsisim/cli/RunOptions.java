package org.rsisim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that run experiments ({@code run}, {@code sweep}). */
public final class RunOptions {
    /** {@code --seed}, {@code --threads} and {@code --format}, shared with the analysis commands. */
    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--runs", paramLabel = "N", converter = RunCount.class, description = "Number of runs (the budget, with a "
            + "precision target): 100000, 100_000 or 1e5.")
    Long runs;

    @Option(names = "--precision", paramLabel = "TARGET", description = "Run until a 95 %% CI half-width is reached:"
            + " EVENT@TIME:HALF_WIDTH, METRIC:HALF_WIDTH, or HALF_WIDTH for the scenario's own target.")
    String precision;

    @Option(names = "--observe", paramLabel = "NAMES", description = "Keep statistics for these observables only "
            + "(comma-separated, as 'rsisim describe MODEL' lists them), in place of the scenario's 'observe'.")
    String observe;

    @Option(names = "--out", paramLabel = "DIR", description = "Write every report (table, JSON, CSV, charts, "
            + "HTML) into DIR.")
    Path out;

    @Option(names = "--no-time-limit", description = "Run even when the estimated time passes one day (without it, "
            + "such a run is refused).")
    boolean noTimeLimit;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no notes on standard error.")
    boolean quiet;
}
