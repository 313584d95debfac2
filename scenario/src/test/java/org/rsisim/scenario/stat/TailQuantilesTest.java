package org.rsisim.scenario.stat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.EventCdf;
import org.rsisim.core.stat.EventSummary;
import org.rsisim.core.stat.MetricSummary;
import org.rsisim.core.stat.Proportion;
import org.rsisim.core.stat.Quantiles;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.ScenarioCatalog;
import org.rsisim.scenario.ScenarioCompiler;

/**
 * The quantiles and event curves of issue 15 on the issue's own examples, against figures made outside rsisim.
 * Deterministic: fixed seeds, and results do not depend on the thread count.
 */
class TailQuantilesTest {
    /**
     * Quantiles of the final fidelity of alignment-fidelity with 50 generations, fidelity_dispersion 0.2 and no
     * oversight, made with NumPy 2.4.6 by {@code python3 benchmarks/tails/fidelity_quantiles.py 2000000 15} (2,000,000
     * draws in logs, so that a fidelity within 1e-16 of 1 is not rounded to 1): the order statistic of rank
     * {@code ceil(q n)}. Their own sampling error is far inside the intervals checked against them.
     */
    private static final Map<String, Double> NUMPY = Map.of("p01", 0.53534836936263452, "p05", 0.74575253250390638,
            "p10", 0.84165184943778792, "p25", 0.95023125786473572, "p50", 0.99410836979982997,
            "p75", 0.99981726723715081, "p90", 0.99999816856059642, "p95", 0.99999994320952001,
            "p99", 0.99999999998118327);

    private static Result fidelity(Path dir, int runs) throws IOException {
        Path file = dir.resolve("af.yaml");
        Files.writeString(file, String.join("\n", "name: af-dispersion", "model: alignment-fidelity",
                "settings:", "  generations: 50", "parameters:", "  fidelity_dispersion: 0.2", "runs: " + runs,
                "seed: 455", "report:", "  events:", "    first_below_threshold: {times: [10, 20, 30, 50]}", ""));
        Experiment e = ScenarioCompiler.compile(file).experiment(Overrides.NONE);
        return Engine.withThreads(2).run(e);
    }

    private static String key(double level) {
        return String.format(java.util.Locale.ROOT, "p%02d", Math.round(level * 100));
    }

    /**
     * The issue's run: 2,000 runs printed p50 = p75 = p95 = 0.99609375. Now the three differ, each interval holds
     * NumPy's quantile, and each reported quantile lies in its interval.
     */
    @Test
    void theIssuesFidelityRunTellsTheUpperQuantilesApart() throws IOException {
        Quantiles q = fidelity(Files.createTempDirectory("tails"), 2000).metric("final_fidelity").quantiles();
        assertTrue(q.at(0.5) < q.at(0.75) && q.at(0.75) < q.at(0.95), q.toString());
        for (double level : new double[] {0.5, 0.75, 0.95}) {
            double want = NUMPY.get(key(level));
            assertTrue(q.lowerAt(level) <= want && want <= q.upperAt(level), "level " + level + ": NumPy " + want
                    + " outside [" + q.lowerAt(level) + ", " + q.upperAt(level) + "]");
            assertTrue(q.lowerAt(level) <= q.at(level) && q.at(level) <= q.upperAt(level), "level " + level);
        }
        // the distance from 1 of the 95 % quantile, 5.7e-8, is resolved: the interval does not reach 1
        assertTrue(q.upperAt(0.95) < 1 - 1e-8, "upper bound of p95 " + q.upperAt(0.95));
    }

    /**
     * At 200,000 runs every one of the nine intervals holds NumPy's quantile, and every quantile is within the
     * histogram's 2^-10 of NumPy's in its distance from 1 where the interval is that narrow.
     */
    @Test
    void everyIntervalHoldsTheReferenceAt200000Runs(@TempDir Path dir) throws IOException {
        Quantiles q = fidelity(dir, 200_000).metric("final_fidelity").quantiles();
        assertEquals(0.95, q.confidence(), 0.0);
        for (double level : q.levels()) {
            double want = NUMPY.get(key(level));
            assertTrue(q.lowerAt(level) <= want && want <= q.upperAt(level), "level " + level + ": NumPy " + want
                    + " outside [" + q.lowerAt(level) + ", " + q.upperAt(level) + "]");
        }
        // 1 - p99 is 1.9e-11: told apart from 1 - p95 = 5.7e-8 by three orders of magnitude
        double d99 = 1 - q.at(0.99);
        assertTrue(d99 > 1e-11 && d99 < 3e-11, "1 - p99 = " + d99);
    }

    /**
     * clark-2028's fidelity at automation is 0.999^k for small k (products of 0.999 in floating point); every
     * quantile was 0.99609375, now every quantile and both bounds of its interval are one of those products, and
     * they are not all the same. 100,000 runs of the scenario's seed.
     */
    @Test
    void clarkFidelityAtAutomationTakesItsOwnValues() {
        Experiment e = ScenarioCatalog.get("clark-2028").experiment().withRuns(100_000);
        MetricSummary m = Engine.withThreads(2).run(e).metric("fidelity_at_automation");
        TreeSet<Double> powers = new TreeSet<>();
        double f = 1;
        for (int k = 0; k <= 40; k++) {
            powers.add(f);
            f *= 0.999;
        }
        Quantiles q = m.quantiles();
        TreeSet<Double> seen = new TreeSet<>();
        for (double level : q.levels()) {
            for (double x : new double[] {q.at(level), q.lowerAt(level), q.upperAt(level)}) {
                assertTrue(powers.contains(x), "level " + level + ": " + x + " is not a product of 0.999s");
            }
            seen.add(q.at(level));
        }
        assertTrue(seen.size() >= 4, "quantiles " + seen);
        assertTrue(powers.contains(m.min()) && powers.contains(m.max()), m.min() + " " + m.max());
    }

    /**
     * The event curve of the fidelity run: increasing, within [0, 1], its pointwise intervals around it, the DKW
     * half-width sqrt(ln(2 / 0.05) / (2 n)), and at each requested time it agrees with the exact count there.
     */
    @Test
    void theEventCurveAgreesWithTheRequestedTimes(@TempDir Path dir) throws IOException {
        Result r = fidelity(dir, 20_000);
        EventSummary e = r.event("first_below_threshold");
        EventCdf c = e.cdf();
        double[] t = c.time();
        double[] p = c.p();
        assertTrue(t.length > 10, "points " + t.length);
        for (int j = 0; j < t.length; j++) {
            assertTrue(c.lower()[j] <= p[j] && p[j] <= c.upper()[j] && p[j] <= 1 && c.lower()[j] >= 0, "point " + j);
            if (j > 0) {
                assertTrue(t[j] > t[j - 1] && p[j] > p[j - 1], "point " + j);
            }
        }
        assertEquals(Math.sqrt(Math.log(40) / (2 * 20_000.0)), c.bandHalfWidth(), 1e-15);
        assertEquals(EventCdf.DKW, c.bandKind());
        assertEquals((double) e.occurred() / e.runs(), p[p.length - 1], 1e-15, "the curve ends at the share that had it");
        // generations are whole numbers: every point is an exact time, and P(T <= t) there is the exact count
        for (int j = 0; j < t.length; j++) {
            assertEquals(Math.rint(t[j]), t[j], 0.0, "time " + t[j]);
        }
        double[] times = e.times();
        Proportion[] by = e.probabilityBy();
        assertEquals(4, times.length);
        for (int i = 0; i < times.length; i++) {
            double at = 0;
            for (int j = 0; j < t.length && t[j] <= times[i]; j++) {
                at = p[j];
            }
            assertEquals(by[i].p(), at, 0.0, "P(T <= " + times[i] + ")");
        }
    }
}
