package org.rsisim.benchmarks;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.rsisim.models.ftm.FtmDynamics;
import org.rsisim.models.ftm.FtmParameters;

/**
 * CPU time of one trajectory of the compute-centric full takeoff model ({@code ftm}) on each preset of its source,
 * measured as {@code benchmarks/ftm/reference.mjs --bench} measures their JavaScript: CPU time of the thread, not
 * wall time, so that other work on a shared machine inflates it less. Each preset is warmed up for {@code warm}
 * trajectories, then timed one trajectory at a time for {@code repeats}; prints one JSON object with the median and
 * total in microseconds per preset.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.FtmCpuTime [repeats] [warm]}
 * (defaults 2,000 and 2,000).
 */
public final class FtmCpuTime {
    private FtmCpuTime() {
    }

    /**
     * Runs the measurement.
     *
     * @param args repeats and warm-up trajectories per preset, optional
     */
    public static void main(String[] args) {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Map<String, Map<String, Double>> presets = new LinkedHashMap<>();
        presets.put("aggressive", FtmParameters.AGGRESSIVE);
        presets.put("best_guess", FtmParameters.BEST_GUESS);
        presets.put("conservative", FtmParameters.CONSERVATIVE);
        presets.put("short_timelines", FtmParameters.SHORT_TIMELINES);
        presets.put("med_timelines", FtmParameters.MEDIUM_TIMELINES);
        presets.put("long_timelines", FtmParameters.LONG_TIMELINES);
        FtmDynamics dynamics = new FtmDynamics();
        StringBuilder json = new StringBuilder("{");
        double sink = 0;
        for (Map.Entry<String, Map<String, Double>> e : presets.entrySet()) {
            double[] p = FtmParameters.vector(e.getValue());
            for (int i = 0; i < warm; i++) {
                dynamics.run(p);
                sink += dynamics.gwp(dynamics.steps() - 1);
            }
            double[] micros = new double[repeats];
            for (int i = 0; i < repeats; i++) {
                long t0 = bean.getCurrentThreadCpuTime();
                dynamics.run(p);
                micros[i] = (bean.getCurrentThreadCpuTime() - t0) / 1e3;
                sink += dynamics.gwp(dynamics.steps() - 1);
            }
            double total = Arrays.stream(micros).sum();
            Arrays.sort(micros);
            double median = repeats % 2 == 1 ? micros[repeats / 2]
                    : 0.5 * (micros[repeats / 2 - 1] + micros[repeats / 2]);
            if (json.length() > 1) {
                json.append(", ");
            }
            json.append(String.format(java.util.Locale.ROOT,
                    "\"%s\": {\"median_us\": %.1f, \"total_us\": %.1f, \"runs\": %d}", e.getKey(), median, total,
                    repeats));
        }
        json.append(", \"check\": ").append(sink > 0).append('}');
        try (PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8)) {
            out.println(json);
        }
    }
}
