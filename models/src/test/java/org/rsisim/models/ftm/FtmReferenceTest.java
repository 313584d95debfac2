package org.rsisim.models.ftm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link FtmDynamics} gives the source's answers on each preset of {@code website/src/js/presets.js} of
 * {@code epoch-research/ftm} (commit 99dc907): aggressive, best guess, conservative, and the three timelines
 * presets. The milestone years and takeoff metrics equal those of their JavaScript port within 0.01 years (they
 * are equal to the last bits, since both land on the same steps), the doubling times equal theirs as they round
 * them (to 0.01), and at every one of the 781 steps GWP, effective compute and the fractions of goods and of
 * R&amp;D tasks automated equal theirs within 1e-6 relative (the bound asked for); GWP and effective compute in fact
 * agree within 1e-10 relative at every step, which is asserted too.
 *
 * <p>The reference values were printed by their JavaScript ({@code website/src/js/ftm/ftm.js} with
 * {@code nj.js}, {@code bridge.js} and {@code utils.js}, under node 20), run from the repository root with
 * CHECKOUT the path to a checkout of their repository:
 * {@code node benchmarks/ftm/reference.mjs CHECKOUT --traj models/src/test/resources/org/rsisim/models/ftm},
 * which prints the milestones below (one line per preset) and writes the trajectories (GWP and effective compute
 * to 12 significant digits) that this test reads from its resources.
 */
class FtmReferenceTest {
    /** Tolerance on milestone years and durations, years. */
    static final double YEARS = 0.01;
    /** Relative tolerance on every step of the trajectories. */
    static final double RELATIVE = 1e-6;
    /** The agreement actually reached: the largest relative difference over all steps, GWP and effective compute. */
    static final double REACHED = 1e-10;

    /**
     * A preset and their results: rampup_start, sub_agi_year, agi_year, automation_gns_20%, automation_gns_100%,
     * automation_rnd_20%, automation_rnd_100%, full_automation_gns, full_automation_rnd, cog_output_multiplier,
     * sub_agi_to_agi, gwp_growth (NaN where they give none), and their doubling times, rounded to 0.01.
     */
    record Case(String name, Map<String, Double> preset, double[] milestones, double[] doublingTimes) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final List<Case> CASES = List.of(
        new Case("aggressive", FtmParameters.AGGRESSIVE,
                new double[] {2027.0999999999954, 2027.1999999999953, 2027.1999999999953, 2027.1, 2027.2, 2026.2,
                    2027.1, 0.1, 0.9, 0.4, 0.0, 0.2},
                new double[] {20.58, 0.1, 0.2, 0.2, 0.2}),
        new Case("best_guess", FtmParameters.BEST_GUESS,
                new double[] {2034.2999999999888, 2037.0999999999863, 2039.9999999999836, 2036.1, 2040.0, 2034.7,
                    2039.7, 3.8000000000000003, 4.9, 2.9000000000000004, 2.8999999999973625, 2.9000000000000004},
                new double[] {21.99, 3.8, 1.5, 0.6, 3.5}),
        new Case("conservative", FtmParameters.CONSERVATIVE,
                new double[] {2038.499999999985, 2061.2999999999643, Double.NaN, 2061.7, Double.NaN, 2061.3,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN},
                new double[] {20.38, 18.9, 16.4, 15.2}),
        new Case("short_timelines", FtmParameters.SHORT_TIMELINES,
                new double[] {2027.399999999995, 2028.2999999999943, 2030.1999999999925, 2029.1, 2032.1, 2027.7,
                    2031.0, 2.9000000000000004, 3.3000000000000003, 1.5, 1.899999999998272, 2.9000000000000004},
                new double[] {21.99, 3.4, 0.7, 1.4, 3.8}),
        new Case("med_timelines", FtmParameters.MEDIUM_TIMELINES,
                new double[] {2037.299999999986, 2039.0999999999844, 2044.1999999999798, 2039.1, 2044.2, 2038.5,
                    2044.1, 5.0, 5.5, 3.7, 5.099999999995362, 3.8000000000000003},
                new double[] {21.99, 3.9, 2.2, 0.8, 3.2}),
        new Case("long_timelines", FtmParameters.LONG_TIMELINES,
                new double[] {2050.599999999974, 2055.4999999999695, 2071.7999999999547, 2055.5, 2071.8, 2053.0,
                    2071.7, 15.700000000000001, 18.0, 11.100000000000001, 16.299999999985175, 19.700000000000003},
                new double[] {21.99, 9.1, 6.1, 3.3, 2.0}));

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest
    @MethodSource("cases")
    void milestonesAreTheirs(Case c) {
        FtmDynamics d = new FtmDynamics();
        assertTrue(d.run(FtmParameters.vector(c.preset())));
        double[] ours = {d.rampupStart(), d.subAgiYear(), d.agiYear(), d.automationGoods20(), d.automationGoods100(),
            d.automationRnd20(), d.automationRnd100(), d.fullAutomationGoods(), d.fullAutomationRnd(),
            d.cogOutputMultiplier(), d.subAgiToAgi(), d.gwpGrowth()};
        String[] names = {"rampup_start", "sub_agi_year", "agi_year", "automation_gns_20%", "automation_gns_100%",
            "automation_rnd_20%", "automation_rnd_100%", "full_automation_gns", "full_automation_rnd",
            "cog_output_multiplier", "sub_agi_to_agi", "gwp_growth"};
        for (int k = 0; k < ours.length; k++) {
            double theirs = c.milestones()[k];
            if (Double.isNaN(theirs)) {
                assertTrue(Double.isNaN(ours[k]), names[k] + ": they reach none, we give " + ours[k]);
            } else {
                assertEquals(theirs, ours[k], YEARS, names[k]);
            }
        }
        assertEquals(c.doublingTimes().length, d.doublings(), "doubling times");
        for (int k = 0; k < d.doublings(); k++) {
            assertEquals(c.doublingTimes()[k], d.doublingTime(k), 0.005 + 1e-9, "doubling time " + k);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void trajectoriesAreTheirsAtEveryStep(Case c) throws IOException {
        FtmDynamics d = new FtmDynamics();
        assertTrue(d.run(FtmParameters.vector(c.preset())));
        String resource = c.name() + ".csv";
        try (InputStream in = FtmReferenceTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                fail("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertEquals("step,gwp,compute,frac_automated_goods,frac_automated_rnd", r.readLine());
            int steps = 0;
            double worst = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                int i = Integer.parseInt(f[0]);
                assertEquals(steps, i);
                worst = Math.max(worst, close(Double.parseDouble(f[1]), d.gwp(i), "gwp", i));
                worst = Math.max(worst, close(Double.parseDouble(f[2]), d.effectiveCompute(i), "effective compute", i));
                assertEquals(Double.parseDouble(f[3]), d.fracAutomatedGoods(i), 1e-12, "goods automated at " + i);
                assertEquals(Double.parseDouble(f[4]), d.fracAutomatedRnd(i), 1e-12, "R&D automated at " + i);
                steps++;
            }
            assertEquals(steps, d.steps(), "steps");
            // their values are printed to 12 digits, so up to 5e-12 of this is their rounding
            assertTrue(worst < REACHED, "largest relative difference " + worst);
        }
    }

    private static double close(double theirs, double ours, String what, int step) {
        assertEquals(theirs, ours, RELATIVE * Math.abs(theirs), what + " at step " + step);
        return Math.abs(ours - theirs) / Math.abs(theirs);
    }
}
