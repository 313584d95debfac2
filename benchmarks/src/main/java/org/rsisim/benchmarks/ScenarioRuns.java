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
 * <p>Run {@code i} takes its parameters from the experiment's joint distribution with the streams at run {@code i}
 * and runs through a {@link RunProbe} of the experiment, so its draws and its trajectory are those of run {@code i}
 * of {@code rsisim run} with the same seed; runs go one at a time on one thread. A run is {@code completed} or
 * {@code diverged} as the engine counts them; the {@code diverged_step} column is {@link RunProbe#divergedStep()}
 * (-1 for a completed run, or for a run that diverged by recording a value that is not finite). This is a
 * command-line tool of the benchmarks module, so it writes a file.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.ScenarioRuns FILE|NAME RUNS
 * SEED OUT.csv}.
 */
public final class ScenarioRuns {
    private ScenarioRuns() {
    }

    /**
     * Runs the scenario and writes the CSV.
     *
     * @param args scenario file or bundled name, runs ({@code >= 1}), seed, output file
     * @throws IOException if the output cannot be written
     * @throws IllegalArgumentException if there are not four arguments or the run count is below 1
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: ScenarioRuns FILE|NAME RUNS SEED OUT.csv");
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
        RunStreams streams = RunStreams.create(seed, experiment.antithetic());
        JointDistribution.Sampler sampler = joint.newSampler(streams);
        RunProbe probe = RunProbe.of(experiment);
        double[] p = new double[joint.parameters().size()];
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        List<String> columns = new ArrayList<>(events);
        columns.addAll(metrics);
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[3]), StandardCharsets.UTF_8)) {
            out.write("run,status,diverged_step,cpu_us," + String.join(",", columns) + "\n");
            StringBuilder line = new StringBuilder();
            for (long i = 0; i < runs; i++) {
                streams.moveTo(i);
                sampler.sample(p);
                long t0 = bean.getCurrentThreadCpuTime();
                boolean completed = probe.run(i, p);
                long cpu = bean.getCurrentThreadCpuTime() - t0;
                line.setLength(0);
                line.append(i).append(',').append(completed ? "completed" : "diverged").append(',')
                        .append(probe.divergedStep()).append(',')
                        .append(String.format(Locale.ROOT, "%.1f", cpu / 1e3));
                for (String e : events) {
                    append(line, completed ? probe.eventTime(e) : Double.NaN);
                }
                for (String m : metrics) {
                    append(line, completed ? probe.metric(m) : Double.NaN);
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
