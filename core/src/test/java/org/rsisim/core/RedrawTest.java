package org.rsisim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.rsisim.core.distribution.Correlation;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.distribution.JointDistribution;

/**
 * The redraw of rejected parameter draws ({@link Experiment.Builder#redraw}): the accepted draws follow the
 * conditional distribution (closed forms inside bounds with a stated false-failure rate), kept parameters keep their
 * first draw, the result does not depend on threads or on how the runs are split, exhausted runs diverge, the model's
 * own streams are untouched, and the combinations that cannot be honoured are refused.
 *
 * <p>Each statistical check compares a Monte Carlo mean with its closed form within 4.42 standard errors: a
 * false-failure rate of 1e-5 per check (normal approximation, thousands of runs). The seed is in every message.
 */
class RedrawTest {
    /** Two-sided normal quantile for a false-failure rate of 1e-5. */
    private static final double Z = 4.42;

    /**
     * Parameters x and y (both in [0, 1]), and the acceptance rule's constants: a draw is accepted when
     * {@code x < c} and {@code x + y < s}. Metrics: x, y, and z, a uniform from the model's own stream component.
     * With {@code throwOnAccepts} its {@code accepts} throws, to show the engine never calls it without the option.
     */
    static final class GateModel implements Model {
        private final boolean throwOnAccepts;

        GateModel(boolean throwOnAccepts) {
            this.throwOnAccepts = throwOnAccepts;
        }

        @Override
        public String name() {
            return "gate";
        }

        @Override
        public List<Parameter> parameters() {
            return List.of(new Parameter("x", "1", 0, 1, 0.5, "gated value"),
                    new Parameter("y", "1", 0, 1, 0.5, "second gated value"),
                    new Parameter("c", "1", 0, 1, 1, "accept x < c"),
                    new Parameter("s", "1", 0, 3, 3, "accept x + y < s"));
        }

        @Override
        public List<Observable> observables() {
            return List.of(Observable.metric("x", "1", "x"), Observable.metric("y", "1", "y"),
                    Observable.metric("z", "1", "a uniform of the model's stream"));
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            UniformRandomProvider rng = streams.component(0);
            return new Simulation() {
                @Override
                public void run(double[] p, Sink sink) {
                    sink.metric(Ids.metric(0), p[0]);
                    sink.metric(Ids.metric(1), p[1]);
                    sink.metric(Ids.metric(2), rng.nextDouble());
                }

                @Override
                public boolean accepts(double[] p) {
                    if (throwOnAccepts) {
                        throw new AssertionError("accepts called without the redraw option");
                    }
                    return p[0] < p[2] && p[0] + p[1] < p[3];
                }
            };
        }
    }

    private static Experiment.Builder gate(long seed, long runs) {
        return Experiment.builder(new GateModel(false)).seed(seed).runs(runs)
                .parameter("x", Distributions.uniform(0, 1)).parameter("y", Distributions.uniform(0, 1));
    }

    private static void assertNear(double expected, double actual, double stderr, String what, long seed) {
        assertTrue(Math.abs(actual - expected) <= Z * stderr, what + " = " + actual + ", expected " + expected
                + " within " + Z + " x " + stderr + " (seed " + seed + ")");
    }

    @Test
    void acceptedDrawsFollowTheConditionalUniform() {
        long seed = 1301;
        long n = 20_000;
        double c = 0.3;
        Result r = Engine.withThreads(2).run(gate(seed, n).parameter("c", c).redraw(1000, Set.of()).build());
        assertEquals(n, r.completed());
        assertEquals(0, r.diverged());
        // x | x < c is uniform on [0, c): mean c / 2, sd c / sqrt(12)
        assertNear(c / 2, r.metric("x").mean().value(), c / Math.sqrt(12 * n), "mean of accepted x", seed);
        assertTrue(r.metric("x").max() < c, "every accepted x is below c (seed " + seed + ")");
        // y is not constrained: still uniform on [0, 1]
        assertNear(0.5, r.metric("y").mean().value(), 1 / Math.sqrt(12 * n), "mean of y", seed);
        // rejected draws per run: geometric with success c, mean (1 - c) / c, variance (1 - c) / c^2
        assertNear(n * (1 - c) / c, r.rejectedDraws(), Math.sqrt(n * (1 - c)) / c, "rejected draws", seed);
    }

    @Test
    void keptParametersKeepTheirPriorAndTheOthersAreConditionedOnThem() {
        long seed = 1302;
        long n = 20_000;
        // accept x + y < 1. Keeping x: x stays uniform (mean 1/2) and y | x is uniform on [0, 1 - x) (mean 1/4).
        Result kept = Engine.withThreads(2).run(gate(seed, n).parameter("s", 1).redraw(1_000_000, Set.of("x"))
                .build());
        assertEquals(n, kept.completed());
        assertNear(0.5, kept.metric("x").mean().value(), 1 / Math.sqrt(12 * n), "mean of kept x", seed);
        double sdY = Math.sqrt(1.0 / 9 - 1.0 / 16); // E[y^2] = E[(1 - x)^2] / 3 = 1/9
        assertNear(0.25, kept.metric("y").mean().value(), sdY / Math.sqrt(n), "mean of y given kept x", seed);
        // redrawing both: (x, y) uniform on the triangle, x has density 2 (1 - x): mean 1/3, sd sqrt(1/18)
        Result both = Engine.withThreads(2).run(gate(seed, n).parameter("s", 1).redraw(1000, List.of()).build());
        assertNear(1.0 / 3, both.metric("x").mean().value(), Math.sqrt(1.0 / 18 / n), "mean of redrawn x", seed);
        assertNear(1.0 / 3, both.metric("y").mean().value(), Math.sqrt(1.0 / 18 / n), "mean of redrawn y", seed);
    }

    @Test
    void aKeptParameterIsItsFirstDrawAndTheOthersComeFromTheRunsOwnStreams() {
        Experiment plain = gate(7, 64).parameter("s", 1).build();
        Experiment redrawn = gate(7, 64).parameter("s", 1).redraw(1000, List.of("x")).build();
        RunStreams a = RunStreams.create(7);
        RunStreams b = RunStreams.create(7);
        JointDistribution.Sampler first = plain.jointDistribution().newSampler(a);
        ParameterDraws draws = ParameterDraws.of(redrawn, b, redrawn.model().newSimulation(b));
        double[] p = new double[4];
        double[] q = new double[4];
        double[] again = new double[4];
        int redrawnRuns = 0;
        for (long i = 0; i < 64; i++) {
            a.moveTo(i);
            first.sample(p);
            b.moveTo(i);
            assertTrue(draws.draw(q));
            assertEquals(p[0], q[0], "run " + i + ": x is its first draw");
            assertTrue(q[0] + q[1] < 1, "run " + i + ": the draw is accepted");
            if (draws.rejected() > 0) {
                redrawnRuns++;
                assertNotEquals(p[1], q[1], "run " + i + ": y was drawn again");
            } else {
                assertEquals(p[1], q[1], "run " + i + ": an accepted first draw is the plain draw");
            }
            // drawing run i again gives the same values: a function of (seed, i) alone
            b.moveTo(i);
            draws.draw(again);
            assertEquals(q[1], again[1]);
        }
        assertTrue(redrawnRuns > 10, "about half of the runs need a redraw, got " + redrawnRuns);
    }

    @Test
    void resultsDoNotDependOnThreadsOrOnHowRunsAreSplit() {
        Experiment e = gate(1303, 5000).parameter("s", 1).redraw(50, Set.of("x")).build();
        Result one = Engine.withThreads(1).run(e);
        Result three = Engine.withThreads(3).run(e);
        assertEquals(one.metrics(), three.metrics());
        assertEquals(one.rejectedDraws(), three.rejectedDraws());
        assertEquals(one.diverged(), three.diverged());
        assertTrue(one.rejectedDraws() > 1000);
        PartialResult merged = Engine.runPart(e, 3200, 5000).merge(Engine.runPart(e, 0, 3200));
        assertEquals(one.rejectedDraws(), merged.rejectedDraws());
        Result parts = Engine.complete(e, merged, 2, 0);
        assertEquals(one.metrics(), parts.metrics());
        assertEquals(one.rejectedDraws(), parts.rejectedDraws());
    }

    @Test
    void theModelsOwnStreamsAreUntouched() {
        Result plain = Engine.withThreads(2).run(gate(1304, 3000).build());
        Result redrawn = Engine.withThreads(2).run(gate(1304, 3000).parameter("c", 0.2).redraw(1000, Set.of())
                .build());
        assertEquals(3000, redrawn.completed());
        assertEquals(plain.metric("z"), redrawn.metric("z"));
    }

    @Test
    void aProbeAsksTheModelAsTheEngineDoes() {
        RunProbe probe = RunProbe.of(new GateModel(false), 1);
        assertTrue(probe.accepts(new double[] {0.2, 0.5, 0.3, 3}));
        assertTrue(!probe.accepts(new double[] {0.4, 0.5, 0.3, 3}));
        assertThrows(IllegalArgumentException.class, () -> probe.accepts(new double[] {0.2}));
    }

    @Test
    void withoutTheOptionAcceptsIsNeverCalled() {
        Result r = Engine.withThreads(2).run(Experiment.builder(new GateModel(true)).runs(1000)
                .parameter("x", Distributions.uniform(0, 1)).build());
        assertEquals(1000, r.completed());
        assertEquals(0, r.rejectedDraws());
        assertEquals(0, r.failed());
    }

    @Test
    void runsThatExhaustTheirDrawsDivergeAtStepZero() {
        long seed = 1305;
        long n = 10_000;
        Result never = Engine.withThreads(2).run(gate(seed, 640).parameter("c", 0).redraw(7, Set.of()).build());
        assertEquals(0, never.completed());
        assertEquals(640, never.diverged());
        assertEquals(Long.valueOf(640), never.divergedAtStep().get(0));
        assertEquals(640 * 7, never.rejectedDraws());
        // with at most 2 draws and acceptance 0.4, a run diverges with probability 0.6^2 = 0.36
        double c = 0.4;
        Result two = Engine.withThreads(2).run(gate(seed, n).parameter("c", c).redraw(2, Set.of()).build());
        double p = (1 - c) * (1 - c);
        assertNear(p * n, two.diverged(), Math.sqrt(n * p * (1 - p)), "runs that exhausted 2 draws", seed);
        assertEquals(n, two.completed() + two.diverged());
        assertNear(c / 2, two.metric("x").mean().value(), c / Math.sqrt(12.0 * two.completed()), "accepted x", seed);
    }

    @Test
    void theHashAndTheCopiesCarryTheOption() {
        Experiment plain = gate(1, 1000).build();
        Experiment all = gate(1, 1000).redraw(10, Set.of()).build();
        Experiment keepX = gate(1, 1000).redraw(10, Set.of("x")).build();
        Experiment more = gate(1, 1000).redraw(11, Set.of("x")).build();
        assertEquals(4, Set.of(plain.hash(), all.hash(), keepX.hash(), more.hash()).size());
        assertEquals(keepX.hash(), keepX.withSeed(1).hash());
        assertEquals(keepX.redraw(), keepX.withRuns(2000).redraw());
        assertEquals(new Redraw(10, List.of("x")), keepX.redraw());
        assertEquals(null, plain.redraw());
    }

    @Test
    void combinationsThatCannotBeHonouredAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> gate(1, 1000).redraw(10, Set.of()).antithetic(true).build());
        assertEquals(Experiment.REDRAW, e.name());
        assertTrue(e.getMessage().contains("antithetic"), e.getMessage());
        e = assertThrows(InvalidValueException.class,
                () -> gate(1, 1024).redraw(10, Set.of()).quasiRandom(true).build());
        assertTrue(e.getMessage().contains("quasi-random"), e.getMessage());
        e = assertThrows(InvalidValueException.class, () -> gate(1, 1000).redraw(10, Set.of("w")).build());
        assertTrue(e.getMessage().contains("'w'") && e.getMessage().contains("[x, y, c, s]"), e.getMessage());
        Correlation xy = new Correlation(List.of("x", "y"), new double[][] {{1, 0.5}, {0.5, 1}});
        e = assertThrows(InvalidValueException.class,
                () -> gate(1, 1000).correlation(xy).redraw(10, Set.of("x")).build());
        assertTrue(e.getMessage().contains("rank-correlated with 'y'") && e.getMessage().contains("not supported"),
                e.getMessage());
        // correlated parameters that are redrawn, not kept, are fine
        gate(1, 1000).correlation(xy).redraw(10, Set.of()).build();
        e = assertThrows(InvalidValueException.class, () -> gate(1, 1000).redraw(0, Set.of()));
        assertTrue(e.getMessage().contains("[1, 1000000]"), e.getMessage());
        assertThrows(InvalidValueException.class, () -> gate(1, 1000).redraw(1_000_001, Set.of()));
        e = assertThrows(InvalidValueException.class, () -> gate(1, 1000).redraw(5, List.of("x", "x")));
        assertTrue(e.getMessage().contains("twice"), e.getMessage());
    }
}
