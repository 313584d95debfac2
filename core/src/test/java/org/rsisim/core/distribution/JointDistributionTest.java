package org.rsisim.core.distribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;

/** Building the joint distribution of a model's parameters and drawing from it run by run. */
class JointDistributionTest {
    private static final Parameter FIDELITY =
            new Parameter("fidelity", "1", 0, 1, 0.9, "alignment fidelity kept per generation");
    private static final Parameter SPEEDUP =
            new Parameter("speedup", "1", 0, Double.POSITIVE_INFINITY, 4, "research speed-up");
    private static final Parameter RETURNS =
            new Parameter("returns", "1", 0, 10, 1.25, "returns to software");
    private static final Parameter EXTRA =
            new Parameter("extra", "1", Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, 0, "an added parameter");

    private static final Map<String, Distribution> CHOSEN = Map.of(
            "fidelity", Distributions.betaMeanConcentration(0.9, 50),
            "speedup", Distributions.lognormal90(2, 32),
            "returns", Distributions.skewedLogUniform(0.8, 1.25, 5));

    @Test
    void aSupportOutsideTheParametersRangeIsRefusedNamingBoth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JointDistribution.of(
                List.of(FIDELITY), Map.of("fidelity", Distributions.normal(0.9, 0.05)), null));
        assertTrue(e.getMessage().contains("fidelity") && e.getMessage().contains("normal(mean=0.9, sd=0.05)")
                && e.getMessage().contains("[0.0, 1.0]"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JointDistribution.of(
                List.of(SPEEDUP), Map.of("speedup", Distributions.uniform(-0.5, 3)), null));
        assertTrue(e.getMessage().contains("speedup") && e.getMessage().contains("uniform(lower=-0.5, upper=3.0)"),
                e.getMessage());
        // a support that touches the range's bounds is inside it
        JointDistribution.of(List.of(FIDELITY), Map.of("fidelity", Distributions.uniform(0, 1)), null);
    }

    @Test
    void unknownAndRepeatedNamesAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JointDistribution.of(
                List.of(FIDELITY), Map.of("fidelty", Distributions.uniform(0, 1)), null));
        assertTrue(e.getMessage().contains("'fidelty'") && e.getMessage().contains("[fidelity]"), e.getMessage());
        Correlation c = new Correlation(List.of("fidelity", "speed"), new double[][] {{1, .5}, {.5, 1}});
        e = assertThrows(IllegalArgumentException.class, () -> JointDistribution.of(
                List.of(FIDELITY, SPEEDUP), chosenFor(FIDELITY, SPEEDUP), c));
        assertTrue(e.getMessage().contains("'speed'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JointDistribution.of(
                List.of(FIDELITY, FIDELITY), Map.of(), null));
        assertTrue(e.getMessage().contains("'fidelity' repeats"), e.getMessage());
    }

    private static Map<String, Distribution> chosenFor(Parameter... params) {
        Map<String, Distribution> m = new HashMap<>();
        for (Parameter p : params) {
            m.put(p.name(), CHOSEN.get(p.name()));
        }
        return m;
    }

    private static double[][] draw(JointDistribution joint, long seed, int runs) {
        RunStreams streams = RunStreams.create(seed);
        JointDistribution.Sampler sampler = joint.newSampler(streams);
        double[][] values = new double[runs][];
        for (int i = 0; i < runs; i++) {
            streams.moveTo(i);
            values[i] = new double[joint.parameters().size()];
            sampler.sample(values[i]);
        }
        return values;
    }

    @Test
    void unchosenParametersStayAtTheirDefaults() {
        JointDistribution joint = JointDistribution.of(List.of(FIDELITY, EXTRA, RETURNS),
                Map.of("fidelity", CHOSEN.get("fidelity")), null);
        assertEquals("fixed(value=0.0)", joint.marginals().get(1).toString());
        for (double[] v : draw(joint, 7, 200)) {
            assertEquals(0, v[1]);
            assertEquals(1.25, v[2]);
            assertTrue(v[0] > 0 && v[0] < 1);
        }
    }

    @Test
    void addingAParameterDoesNotChangeTheOthersValues() {
        Correlation rank = new Correlation(List.of("fidelity", "speedup"), new double[][] {{1, -.5}, {-.5, 1}});
        for (Correlation c : new Correlation[] {null, rank}) {
            JointDistribution before = JointDistribution.of(List.of(FIDELITY, SPEEDUP), chosenFor(FIDELITY, SPEEDUP),
                    c);
            List<Parameter> more = new ArrayList<>(List.of(RETURNS, FIDELITY, EXTRA, SPEEDUP));
            Map<String, Distribution> chosen = new HashMap<>(CHOSEN);
            chosen.put("extra", Distributions.normal(0, 1));
            JointDistribution after = JointDistribution.of(more, chosen, c);
            double[][] x = draw(before, 99, 1000);
            double[][] y = draw(after, 99, 1000);
            for (int i = 0; i < x.length; i++) {
                assertEquals(x[i][0], y[i][1], "fidelity in run " + i + ", correlation " + c);
                assertEquals(x[i][1], y[i][3], "speedup in run " + i + ", correlation " + c);
            }
        }
    }

    @Test
    void runsAreReproducibleAndDistinct() {
        JointDistribution joint = JointDistribution.of(List.of(FIDELITY, SPEEDUP, RETURNS), CHOSEN, null);
        double[][] a = draw(joint, 5, 100);
        double[][] b = draw(joint, 5, 100);
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], "run " + i);
            if (i > 0) {
                assertNotEquals(a[i][0], a[i - 1][0], "fidelity repeats between runs " + (i - 1) + " and " + i);
            }
        }
        // a fresh sampler positioned at run 57 gives run 57's values, whatever was drawn before
        RunStreams streams = RunStreams.create(5);
        JointDistribution.Sampler sampler = joint.newSampler(streams);
        double[] out = new double[3];
        streams.moveTo(57);
        sampler.sample(out);
        assertArrayEquals(a[57], out);
        // a different seed gives different values
        assertNotEquals(a[3][1], draw(joint, 6, 4)[3][1]);
    }

    /**
     * Returns the bytes allocated so far by the current thread (HotSpot's counter), or -1 where it is not available.
     * Reached by reflection because the test classes are compiled inside the core module, which does not read
     * {@code java.management}.
     */
    private static long allocatedBytes() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean")
                    .invoke(null);
            Method counter = Class.forName("com.sun.management.ThreadMXBean")
                    .getMethod("getCurrentThreadAllocatedBytes");
            return (long) counter.invoke(bean);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }

    /** The engine promises at most 64 bytes per run; parameter sampling should take none of them. */
    @Test
    void samplingAllocatesNothingPerRun() {
        assumeTrue(allocatedBytes() >= 0, "no per-thread allocation counter");
        Parameter pert = new Parameter("pert", "1", 0, 10, 1, "a PERT parameter");
        Parameter discrete = new Parameter("choice", "1", 0, 10, 1, "a weighted choice");
        Map<String, Distribution> chosen = new HashMap<>(CHOSEN);
        chosen.put("pert", Distributions.pert(0, 1, 10));
        chosen.put("choice", Distributions.discrete(new double[] {1, 2, 5}, new double[] {1, 1, 2}));
        Correlation c = new Correlation(List.of("fidelity", "pert", "returns"),
                new double[][] {{1, .3, .2}, {.3, 1, -.1}, {.2, -.1, 1}});
        JointDistribution joint = JointDistribution.of(List.of(FIDELITY, SPEEDUP, RETURNS, pert, discrete), chosen,
                c);
        RunStreams streams = RunStreams.create(1);
        JointDistribution.Sampler sampler = joint.newSampler(streams);
        double[] out = new double[5];
        double sum = 0;
        int runs = 20_000;
        for (int i = 0; i < runs; i++) {
            streams.moveTo(i);
            sampler.sample(out);
            sum += out[0];
        }
        long before = allocatedBytes();
        for (int i = 0; i < runs; i++) {
            streams.moveTo(i);
            sampler.sample(out);
            sum += out[0];
        }
        long bytes = allocatedBytes() - before;
        assertTrue(sum > 0);
        // slack for the reflective call that reads the counter; one allocation per run would show as >= 16 * runs
        assertTrue(bytes < 4096, bytes + " bytes allocated over " + runs + " runs");
    }
}
