package org.rsisim.benchmarks;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rsisim.core.Cancellation;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.SeriesBands;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * Runs a named scenario through the engine and writes its estimates, its wall times and the heap it used as JSON,
 * for the peer comparison and the memory check of {@code benchmarks/run.sh}.
 *
 * <p>Usage: {@code ScenarioRun SCENARIO RUNS THREADS REPEATS OUT.json}. The experiment is run {@code REPEATS} times
 * (the estimates are those of the last, identical each time); the heap figures come from the JVM's memory pools:
 * the peak of the heap used, and, sampled at every tenth of the runs, the heap in use (garbage included) and the heap
 * in use after the latest collection, which stay flat when memory is constant in the number of runs. This is a command-line tool of the benchmarks module, so it
 * writes to a file and to standard output.
 */
public final class ScenarioRun {
    private ScenarioRun() {
    }

    /**
     * Runs the scenario.
     *
     * @param args scenario, runs, threads, repeats, output file
     * @throws IOException if the output cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            throw new IllegalArgumentException("usage: ScenarioRun SCENARIO RUNS THREADS REPEATS OUT.json");
        }
        String name = args[0];
        long runs = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        int repeats = Integer.parseInt(args[3]);
        Experiment experiment = ScenarioCatalog.get(name).experiment().withRuns(runs);
        Engine engine = Engine.withThreads(threads);
        List<Double> seconds = new ArrayList<>();
        List<long[]> liveByTenth = new ArrayList<>();
        Result result = null;
        for (int r = 0; r < repeats; r++) {
            liveByTenth.clear();
            long[] nextTenth = {runs / 10};
            long start = System.nanoTime();
            result = engine.run(experiment, (done, total, nanos) -> {
                if (done >= nextTenth[0]) {
                    liveByTenth.add(new long[] {done, liveAfterGc(), heapUsed()});
                    nextTenth[0] += runs / 10;
                }
            }, new Cancellation());
            seconds.add((System.nanoTime() - start) / 1e9);
        }
        StringBuilder j = new StringBuilder();
        j.append("{\n\"scenario\": \"").append(name).append("\",\n\"runs\": ").append(runs)
                .append(",\n\"threads\": ").append(threads).append(",\n\"blockSize\": ")
                .append(experiment.blockSize()).append(",\n\"seconds\": ").append(seconds)
                .append(",\n\"completed\": ").append(result.completed())
                .append(",\n\"diverged\": ").append(result.diverged())
                .append(",\n\"failed\": ").append(result.failed())
                .append(",\n\"maxHeapBytes\": ").append(Runtime.getRuntime().maxMemory())
                .append(",\n\"peakHeapBytes\": ").append(peakHeap())
                .append(",\n\"gcCount\": ").append(gcCount())
                .append(",\n\"liveHeapAfterGcByRuns\": [");
        for (int i = 0; i < liveByTenth.size(); i++) {
            j.append(i == 0 ? "" : ", ").append('[').append(liveByTenth.get(i)[0]).append(", ")
                    .append(liveByTenth.get(i)[1]).append(']');
        }
        j.append("],\n\"heapUsedByRuns\": [");
        for (int i = 0; i < liveByTenth.size(); i++) {
            j.append(i == 0 ? "" : ", ").append('[').append(liveByTenth.get(i)[0]).append(", ")
                    .append(liveByTenth.get(i)[2]).append(']');
        }
        j.append("],\n\"metrics\": {");
        String sep = "";
        for (Map.Entry<String, MetricSummary> e : result.metrics().entrySet()) {
            MetricSummary m = e.getValue();
            j.append(sep).append("\n \"").append(e.getKey()).append("\": {\"count\": ").append(m.count())
                    .append(", \"mean\": ").append(num(m.mean().value())).append(", \"stderr\": ")
                    .append(num(m.mean().stderr())).append(", \"sd\": ").append(num(m.standardDeviation()))
                    .append(", \"min\": ").append(num(m.min())).append(", \"max\": ").append(num(m.max())).append('}');
            sep = ",";
        }
        j.append("},\n\"events\": {");
        sep = "";
        for (Map.Entry<String, EventSummary> e : result.events().entrySet()) {
            EventSummary ev = e.getValue();
            j.append(sep).append("\n \"").append(e.getKey()).append("\": {\"runs\": ").append(ev.runs())
                    .append(", \"occurred\": ").append(ev.occurred()).append(", \"meanTime\": ")
                    .append(num(ev.meanTime().value())).append(", \"meanTimeStderr\": ")
                    .append(num(ev.meanTime().stderr())).append(", \"by\": [");
            double[] times = ev.times();
            for (int k = 0; k < times.length; k++) {
                Proportion p = ev.probabilityBy(times[k]);
                j.append(k == 0 ? "" : ", ").append("{\"time\": ").append(num(times[k])).append(", \"count\": ")
                        .append(p.successes()).append(", \"p\": ").append(num(p.p())).append(", \"stderr\": ")
                        .append(num(p.stderr())).append('}');
            }
            j.append("]}");
            sep = ",";
        }
        j.append("},\n\"series\": {");
        sep = "";
        for (Map.Entry<String, SeriesBands> e : result.series().entrySet()) {
            SeriesBands s = e.getValue();
            j.append(sep).append("\n \"").append(e.getKey()).append("\": {\"count\": ")
                    .append(java.util.Arrays.toString(s.count())).append(", \"mean\": [");
            for (int k = 0; k < s.mean().length; k++) {
                j.append(k == 0 ? "" : ", ").append(num(s.mean()[k]));
            }
            j.append("]}");
            sep = ",";
        }
        j.append("}\n}\n");
        Files.writeString(Path.of(args[4]), j, StandardCharsets.UTF_8);
        try (PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8)) {
            out.printf(Locale.ROOT, "%s: %d runs on %d threads, best %.3f s, peak heap %.1f MB of %.1f MB%n", name,
                    runs, threads, seconds.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN),
                    peakHeap() / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
        }
    }

    private static String num(double v) {
        return Double.isFinite(v) ? Double.toString(v) : "null";
    }

    /** Heap in use after the latest collection of each heap pool, summed; 0 before any collection. */
    private static long liveAfterGc() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage u = pool.getCollectionUsage();
            if (pool.getType() == MemoryType.HEAP && u != null) {
                sum += u.getUsed();
            }
        }
        return sum;
    }

    /** Heap in use now, garbage included. */
    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }
}
