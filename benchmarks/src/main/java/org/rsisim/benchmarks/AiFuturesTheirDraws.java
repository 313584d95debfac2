package org.rsisim.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rsisim.models.aifutures.AiFuturesDynamics;
import org.rsisim.models.aifutures.AiFuturesParameters;
import org.rsisim.models.aifutures.AiFuturesTrajectory;

/**
 * Runs {@link AiFuturesDynamics} on the parameter draws of the AI Futures Project's own Monte Carlo, as cached by
 * {@code benchmarks/aifm/compare.py} in {@code benchmarks/aifm/target/theirs-SEED.jsonl} (one JSON object per
 * draw: their parameters, their time-series parameters and their milestone dates), and compares the milestone
 * dates draw by draw. A draw differs when a milestone's dates differ by more than the tolerance or one reaches it
 * and the other does not; draws their code did not finish (an exception or the CPU cap) are skipped.
 *
 * <p>Prints one line per differing draw (its index, the solver whose solution rsisim used, the milestone with the
 * largest difference and that difference) and a summary: draws compared, draws differing, and the same two counts
 * for the draws where rsisim's Radau failed (the blow-ups), with how many of those took each solver's solution.
 * With {@code --blow-ups}, also one line per draw where Radau failed, naming the solver used. The CPU time per
 * draw (one thread, JIT warming up over the first draws) is printed for both groups. This is a command-line tool of
 * the benchmarks module, so it prints.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.rsisim.benchmarks.AiFuturesTheirDraws
 * THEIRS.jsonl [TOLERANCE [--blow-ups]]} (tolerance in years, default 0.01).
 */
public final class AiFuturesTheirDraws {
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\": (-?[0-9][0-9.eE+-]*|null|\"[^\"]*\")");

    private AiFuturesTheirDraws() {
    }

    /**
     * Runs the comparison and prints it.
     *
     * @param args the JSON-lines file and, optionally, the tolerance in years
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 3) {
            throw new IllegalArgumentException("usage: AiFuturesTheirDraws THEIRS.jsonl [TOLERANCE] [--blow-ups]");
        }
        double tolerance = args.length > 1 ? Double.parseDouble(args[1]) : 0.01;
        boolean listBlowUps = args.length > 2 && args[2].equals("--blow-ups");
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpuBlowUps = 0;
        long cpuOthers = 0;
        PrintStream out = System.out;
        AiFuturesDynamics dynamics = new AiFuturesDynamics();
        List<String> milestones = AiFuturesTrajectory.MILESTONES;
        int compared = 0;
        int differing = 0;
        int blowUps = 0;
        int blowUpsDiffering = 0;
        int oursFailed = 0;
        Map<String, Integer> solvers = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.contains("\"error\"")) {
                continue;
            }
            double[] p = AiFuturesParameters.defaults();
            double[] theirs = new double[milestones.size()];
            int draw = -1;
            int milestonesAt = line.indexOf("\"milestones\"");
            Matcher m = NUMBER.matcher(line);
            while (m.find()) {
                String key = m.group(1);
                String value = m.group(2);
                if (key.equals("i")) {
                    draw = Integer.parseInt(value);
                } else if (m.start() > milestonesAt) {
                    int k = milestones.indexOf(key);
                    if (k >= 0) {
                        theirs[k] = value.equals("null") ? Double.NaN : Double.parseDouble(value);
                    }
                } else if (key.equals("include_gap")) {
                    p[AiFuturesParameters.index(key)] = value.equals("\"gap\"") ? 1.0 : 0.0;
                } else if (!value.startsWith("\"")) {
                    p[AiFuturesParameters.index(key)] = Double.parseDouble(value);
                }
            }
            double[] checked = AiFuturesParameters.check(p);
            long t0 = bean.getCurrentThreadCpuTime();
            AiFuturesTrajectory t = dynamics.run(checked);
            long cpu = bean.getCurrentThreadCpuTime() - t0;
            compared++;
            boolean blowUp = t.solverFailed() || !t.solver().equals("Radau");
            if (blowUp) {
                cpuBlowUps += cpu;
                if (listBlowUps) {
                    out.printf(Locale.ROOT, "blow-up draw %d solver %s%s%n", draw, t.solver(),
                            t.solverFailed() ? " (no solver succeeded)" : "");
                }
            } else {
                cpuOthers += cpu;
            }
            if (blowUp) {
                blowUps++;
                solvers.merge(t.solverFailed() ? "none (" + t.solver() + " extrapolated)" : t.solver(), 1,
                        Integer::sum);
            }
            if (t.failed()) {
                oursFailed++;
            }
            double worst = 0;
            String which = "";
            for (int k = 0; k < theirs.length; k++) {
                double ours = t.failed() ? Double.NaN : t.milestone(k);
                double d;
                if (Double.isNaN(ours) != Double.isNaN(theirs[k])) {
                    d = Double.POSITIVE_INFINITY;
                } else {
                    d = Double.isNaN(ours) ? 0 : Math.abs(ours - theirs[k]);
                }
                if (d > worst) {
                    worst = d;
                    which = milestones.get(k) + " ours " + ours + " theirs " + theirs[k];
                }
            }
            if (worst > tolerance) {
                differing++;
                if (blowUp) {
                    blowUpsDiffering++;
                }
                out.printf(Locale.ROOT, "draw %d solver %s%s: %s (%s)%n", draw, t.solver(),
                        t.solverFailed() ? " (no solver succeeded)" : "", which,
                        worst == Double.POSITIVE_INFINITY ? "reached by one only" : String.format(Locale.ROOT,
                                "%.4f years", worst));
            }
        }
        out.printf(Locale.ROOT, "draws compared %d, differing by more than %s years %d (rsisim failed %d)%n",
                compared, tolerance, differing, oursFailed);
        out.printf(Locale.ROOT, "draws where Radau failed %d, differing %d; solution used: %s%n", blowUps,
                blowUpsDiffering, solvers);
        out.printf(Locale.ROOT, "CPU per draw: %.2f ms where Radau failed, %.2f ms where it did not%n",
                cpuBlowUps / 1e6 / Math.max(1, blowUps), cpuOthers / 1e6 / Math.max(1, compared - blowUps));
    }
}
