package org.rsisim.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rsisim.core.Experiment;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.ParameterDraws;
import org.rsisim.core.RunProbe;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.ScenarioSource;

/**
 * Writes one CSV line per run of a scenario, with every event and every metric of its model: the run's index, its
 * status, the step a diverged run stopped at, the thread CPU time of the run in microseconds, then the time of each
 * event and the value of each metric (empty where the run did not record it: an event not reached by the end of
 * the horizon, a metric whose ends were not reached). This is what {@code benchmarks/ftm/mc_compare.py} reads for
 * its Kolmogorov-Smirnov tests, which need each run's values rather than the engine's summaries; it is
 * {@link AiFuturesRuns} with the metrics and the diverged step added.
 *
 * The fifth column, {@code rejected_draws}, counts the draws the run's model rejected before the one it ran (0
 * without the scenario's {@code redraw} option).
 *
 * <p>Run {@code i} takes its parameters from the experiment's joint distribution with the streams at run {@code i}
 * (through {@link ParameterDraws}, so a scenario with {@code redraw} draws a rejected sample again as the engine
 * does, and a run whose draws are all rejected is {@code diverged} at step 0) and runs through a {@link RunProbe} of
 * the experiment, so its draws and its trajectory are those of run {@code i} of {@code rsisim run} with the same
 * seed; runs go one at a time on one thread. A run is {@code completed} or
 * {@code diverged} as the engine counts them; the {@code diverged_step} column is {@link RunProbe#divergedStep()}
 * (-1 for a completed run, or for a run that diverged by recording a value that is not finite). This is a
 * command-line tool of the benchmarks module, so it writes a file.
 *
 * <p>Two options follow the four arguments. {@code --parameters} adds one column per parameter of the model, named
 * as the model names it, with the value the run used. {@code --given IN.csv} replaces drawn values by given ones:
 * {@code IN.csv} has a header of parameter names (each one of the model's) and one line per run; run {@code i}
 * draws its parameters as above and then takes the values of line {@code i} for the columns the file has, so that
 * parameter sets drawn elsewhere (another implementation's Monte Carlo) run through this model, as they are (not
 * redrawn); {@code RUNS} is then at most the file's line count.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.ScenarioRuns FILE|NAME RUNS
 * SEED OUT.csv [--parameters] [--given IN.csv]}.
 */
public final class ScenarioRuns {
    private static final String USAGE = "usage: ScenarioRuns FILE|NAME RUNS SEED OUT.csv [--parameters] "
            + "[--given IN.csv]";

    private ScenarioRuns() {
    }

    /**
     * Runs the scenario and writes the CSV.
     *
     * @param args scenario file or bundled name, runs ({@code >= 1}), seed, output file, then the options
     * @throws IOException if the output cannot be written or the given parameters cannot be read
     * @throws IllegalArgumentException if an argument is missing or unknown, the run count is below 1 or above
     *     the given lines, or the given file names a parameter the model does not have or holds a line of the
     *     wrong length or a value that is not a number
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException(USAGE);
        }
        boolean withParameters = false;
        Path given = null;
        for (int a = 4; a < args.length; a++) {
            if (args[a].equals("--parameters")) {
                withParameters = true;
            } else if (args[a].equals("--given") && a + 1 < args.length) {
                given = Path.of(args[++a]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[a] + "; " + USAGE);
            }
        }
        long runs = Long.parseLong(args[1]);
        if (!(runs >= 1)) {
            throw new IllegalArgumentException("RUNS = " + runs + " must be at least 1");
        }
        long seed = Long.parseLong(args[2]);
        Experiment experiment = ScenarioSource.of(args[0]).compile().experiment(Overrides.NONE)
                .withRuns(runs).withSeed(seed);
        List<String> events = new ArrayList<>();
        List<String> metrics = new ArrayList<>();
        for (Observable o : experiment.model().observables()) {
            if (o.kind() == Observable.Kind.EVENT) {
                events.add(o.name());
            } else if (o.kind() == Observable.Kind.METRIC) {
                metrics.add(o.name());
            }
        }
        JointDistribution joint = experiment.jointDistribution();
        List<String> names = new ArrayList<>();
        for (Parameter parameter : joint.parameters()) {
            names.add(parameter.name());
        }
        int[] givenIndex = new int[0];
        double[][] givenValues = new double[0][];
        if (given != null) {
            List<String> lines = Files.readAllLines(given, StandardCharsets.UTF_8);
            String[] header = lines.get(0).split(",", -1);
            givenIndex = new int[header.length];
            for (int k = 0; k < header.length; k++) {
                givenIndex[k] = names.indexOf(header[k].trim());
                if (givenIndex[k] < 0) {
                    throw new IllegalArgumentException(given + ": column " + header[k] + " is not a parameter of "
                            + experiment.model().name());
                }
            }
            if (!(runs <= lines.size() - 1)) {
                throw new IllegalArgumentException("RUNS = " + runs + " is above the " + (lines.size() - 1)
                        + " lines of " + given);
            }
            givenValues = new double[(int) runs][];
            for (int i = 0; i < runs; i++) {
                String[] f = lines.get(i + 1).split(",", -1);
                if (f.length != header.length) {
                    throw new IllegalArgumentException(given + ": line " + (i + 2) + " has " + f.length
                            + " values, the header " + header.length);
                }
                givenValues[i] = new double[f.length];
                for (int k = 0; k < f.length; k++) {
                    givenValues[i][k] = Double.parseDouble(f[k].trim());
                }
            }
        }
        RunStreams streams = RunStreams.create(seed, experiment.antithetic());
        // the engine's draws: with the scenario's redraw option, a rejected draw is drawn again as the engine does
        ParameterDraws draws = ParameterDraws.of(experiment, streams, experiment.model().newSimulation(streams));
        RunProbe probe = RunProbe.of(experiment);
        double[] p = new double[joint.parameters().size()];
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<String> columns = new ArrayList<>(events);
        columns.addAll(metrics);
        if (withParameters) {
            columns.addAll(names);
        }
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write("run,status,diverged_step,cpu_us,rejected_draws," + String.join(",", columns) + "\n");
            StringBuilder line = new StringBuilder();
            for (long i = 0; i < runs; i++) {
                streams.moveTo(i);
                boolean accepted = draws.draw(p);
                if (given != null) {
                    // another implementation's draw, taken as it is: asked of the model as the engine asks
                    for (int k = 0; k < givenIndex.length; k++) {
                        p[givenIndex[k]] = givenValues[(int) i][k];
                    }
                    accepted = true;
                }
                long t0 = bean.getCurrentThreadCpuTime();
                boolean completed = accepted && probe.run(i, p);
                long cpu = bean.getCurrentThreadCpuTime() - t0;
                line.setLength(0);
                line.append(i).append(',').append(completed ? "completed" : "diverged").append(',')
                        .append(accepted ? probe.divergedStep() : 0).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", cpu / 1e3)).append(',')
                        .append(given != null ? 0 : draws.rejected());
                for (String e : events) {
                    append(line, completed ? probe.eventTime(e) : Double.NaN);
                }
                for (String m : metrics) {
                    append(line, completed ? probe.metric(m) : Double.NaN);
                }
                if (withParameters) {
                    for (double v : p) {
                        append(line, v);
                    }
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    private static void append(StringBuilder line, double value) {
        line.append(',');
        if (!Double.isNaN(value)) {
            line.append(value);
        }
    }
}
