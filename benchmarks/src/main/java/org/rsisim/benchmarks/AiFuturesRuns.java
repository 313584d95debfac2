package org.rsisim.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.rsisim.core.Experiment;
import org.rsisim.core.Observable;
import org.rsisim.core.RunProbe;
import org.rsisim.core.RunStreams;
import org.rsisim.core.distribution.JointDistribution;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.ScenarioSource;

/**
 * Writes one CSV line per run of a scenario: its status, the thread CPU time of the run in microseconds and the
 * time of every event of the model (empty where the run did not reach it by the end of its horizon). This is what
 * {@code benchmarks/aifm/compare.py} reads for its Kolmogorov-Smirnov tests, which need each run's dates rather than
 * the engine's summaries.
 *
 * <p>Run {@code i} takes its parameters from the experiment's joint distribution with the streams at run {@code i}
 * and runs through a {@link RunProbe} of the experiment, so its draws and its trajectory are those of run {@code i}
 * of {@code rsisim run} with the same seed; runs go one at a time on one thread. A run is {@code completed} or
 * {@code diverged} as the engine counts them. This is a command-line tool of the benchmarks module, so it writes a
 * file.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.AiFuturesRuns FILE|NAME RUNS
 * SEED OUT.csv}.
 */
public final class AiFuturesRuns {
    private AiFuturesRuns() {
    }

    /**
     * Runs the scenario and writes the CSV.
     *
     * @param args scenario file or bundled name, runs, seed, output file
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: AiFuturesRuns FILE|NAME RUNS SEED OUT.csv");
        }
        long runs = Long.parseLong(args[1]);
        long seed = Long.parseLong(args[2]);
        Experiment experiment = ScenarioSource.of(args[0]).compile().experiment(Overrides.NONE)
                .withRuns(runs).withSeed(seed);
        List<String> events = experiment.model().observables().stream()
                .filter(o -> o.kind() == Observable.Kind.EVENT).map(Observable::name).toList();
        JointDistribution joint = experiment.jointDistribution();
        RunStreams streams = RunStreams.create(seed, experiment.antithetic());
        JointDistribution.Sampler sampler = joint.newSampler(streams);
        RunProbe probe = RunProbe.of(experiment);
        double[] p = new double[joint.parameters().size()];
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write("run,status,cpu_us," + String.join(",", events) + "\n");
            StringBuilder line = new StringBuilder();
            for (long i = 0; i < runs; i++) {
                streams.moveTo(i);
                sampler.sample(p);
                long t0 = bean.getCurrentThreadCpuTime();
                boolean completed = probe.run(i, p);
                long cpu = bean.getCurrentThreadCpuTime() - t0;
                line.setLength(0);
                line.append(i).append(',').append(completed ? "completed" : "diverged").append(',')
                        .append(String.format(Locale.ROOT, "%.1f", cpu / 1e3));
                for (String e : events) {
                    line.append(',');
                    double t = completed ? probe.eventTime(e) : Double.NaN;
                    if (!Double.isNaN(t)) {
                        line.append(t);
                    }
                }
                out.write(line.append('\n').toString());
            }
        }
    }
}
