package org.rsisim.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.rsisim.core.Result;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioSource;
import org.rsisim.scenario.report.DataFiles;
import org.rsisim.scenario.report.ReportContext;

/**
 * Runs a scenario file, or a bundled scenario, on a Spark cluster and writes its data files ({@code result.json} and
 * the CSV files, as {@code rsisim run --out} does, by {@link DataFiles}). The entry point of {@code spark-submit}:
 *
 * <pre>
 * spark-submit --class org.rsisim.spark.ScenarioJob rsisim-spark-jar-with-scenario.jar \
 *     run SCENARIO.yaml|NAME --out DIR [--runs N] [--seed S] [--partitions P]
 * </pre>
 *
 * <p>The scenario is read on the driver, where the file is; the executors receive it as a tree of plain values and
 * compile it there, so the file need not be on their machines. Its statistics are those of {@code rsisim run} with
 * the same options, bit for bit; only the manifest's thread count (the partitions that ran) and wall time differ. A
 * scenario with a precision target is refused ({@link SparkEngine}). Charts, the table and the HTML page are not
 * drawn on the cluster: {@code rsisim run} draws them locally. This class prints nothing.
 */
public final class ScenarioJob {
    /** The partitions of a job when {@code --partitions} is not given. */
    public static final int DEFAULT_PARTITIONS = 64;

    private ScenarioJob() {
    }

    /** The command line of a job. */
    record Options(String scenario, Path out, Long runs, Long seed, int partitions) {
        static Options parse(String[] args) {
            if (args.length < 2 || !args[0].equals("run")) {
                throw new IllegalArgumentException("usage: run SCENARIO.yaml|NAME --out DIR [--runs N] [--seed S] "
                        + "[--partitions P]");
            }
            Path out = null;
            Long runs = null;
            Long seed = null;
            int partitions = DEFAULT_PARTITIONS;
            for (int i = 2; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                String v = args[i + 1];
                switch (args[i]) {
                    case "--out" -> out = Path.of(v);
                    case "--runs" -> runs = whole(args[i], v);
                    case "--seed" -> seed = whole(args[i], v);
                    case "--partitions" -> partitions = (int) Math.min(Integer.MAX_VALUE, whole(args[i], v));
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + "; options: --out, "
                            + "--runs, --seed, --partitions");
                }
            }
            if (out == null) {
                throw new IllegalArgumentException("--out DIR is required: the directory of result.json and the "
                        + "CSV files");
            }
            return new Options(args[1], out, runs, seed, partitions);
        }

        private static long whole(String option, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " " + value + " is not a whole number", e);
            }
        }
    }

    /**
     * Runs the job of a command line on a Spark context created from the configuration {@code spark-submit} gives.
     *
     * @param args {@code run SCENARIO.yaml|NAME --out DIR [--runs N] [--seed S] [--partitions P]}
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if the command line or the scenario is invalid
     */
    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        SparkConf conf = new SparkConf().setAppName("rsisim " + options.scenario());
        try (JavaSparkContext context = new JavaSparkContext(conf)) {
            run(context, options.scenario(), options.out(), options.runs(), options.seed(), options.partitions());
        }
    }

    /**
     * Runs a scenario on a Spark context and writes its data files.
     *
     * @param context a running Spark context; not stopped here
     * @param scenario a scenario file or a bundled scenario's name
     * @param out the directory of the files, created if needed
     * @param runs the run count replacing the scenario's, or {@code null}
     * @param seed the seed replacing the scenario's, or {@code null}
     * @param partitions the Spark partitions of the job
     * @return the files written
     * @throws IOException if a file cannot be written
     * @throws IllegalArgumentException if the scenario is invalid or has a precision target, or an option is out of
     *         range
     */
    public static List<Path> run(JavaSparkContext context, String scenario, Path out, Long runs, Long seed,
            int partitions) throws IOException {
        Objects.requireNonNull(out, "out");
        ScenarioSource source = ScenarioSource.of(scenario);
        Scenario compiled = source.compile();
        Overrides overrides = new Overrides(runs, seed, null, null);
        ScenarioRecipe recipe = new ScenarioRecipe(source, overrides);
        Result result = SparkEngine.on(context, partitions).run(recipe);
        ReportContext ctx = ReportContext.of(compiled.name(), compiled.report().filter(result))
                .withResolvedScenario(compiled.resolved(compiled.experiment(overrides), false));
        return DataFiles.write(ctx, out);
    }
}
