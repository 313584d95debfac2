package org.rsisim.benchmarks;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.rsisim.models.aifutures.AiFuturesDynamics;

/**
 * CPU time of one AI Futures trajectory on the parameter sets of {@code benchmarks/aifm/reference.py}, measured as
 * that script measures their code ({@code --timing}): CPU time of the thread, not wall time, so that other work on
 * a shared machine inflates it less than it inflates JMH's wall-clock scores. Each set is warmed up for
 * {@code warm} trajectories, then timed one trajectory at a time for {@code repeats}; prints one JSON object with
 * the median and total in microseconds per set.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.AiFuturesCpuTime [repeats]
 * [warm]} (defaults 2,000 and 2,000).
 */
public final class AiFuturesCpuTime {
    private AiFuturesCpuTime() {
    }

    /**
     * Runs the measurement.
     *
     * @param args repeats and warm-up trajectories per set, optional
     */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        String[] sets = {"central", "gap_slow", "fast", "blowup", "exponential"};
        AiFuturesDynamics dynamics = new AiFuturesDynamics();
        StringBuilder json = new StringBuilder("{");
        double sink = 0;
        for (String set : sets) {
            double[] p = AiFuturesBenchmark.parameters(set);
            for (int i = 0; i < warm; i++) {
                sink += dynamics.run(p).rSoftware();
            }
            double[] micros = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = bean.getCurrentThreadCpuTime();
                sink += dynamics.run(p).rSoftware();
                micros[i] = (bean.getCurrentThreadCpuTime() - t0) / 1e3;
            }
            double total = Arrays.stream(micros).sum();
            Arrays.sort(micros);
            double median = repeats % 2 == 1 ? micros[repeats / 2]
                    : 0.5 * (micros[repeats / 2 - 1] + micros[repeats / 2]);
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(String.format(java.util.Locale.ROOT,
                    "\"%s\": {\"median_us\": %.1f, \"total_us\": %.1f, \"runs\": %d}", set, median, total, repeats));
        }
        json.append(", \"check\": ").append(sink > 0).append('}');
        try (PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8)) {
            out.println(json);
        }
    }
}
