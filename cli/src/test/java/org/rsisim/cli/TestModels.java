package org.rsisim.cli;

import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Declarations;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.RunStreams;
import org.rsisim.core.SeriesId;
import org.rsisim.core.Simulation;

/**
 * Models for the command's tests, found through ServiceLoader like a user's own models: each is a model class with a
 * public constructor without arguments, listed in {@code META-INF/services/org.rsisim.core.Model}.
 */
public final class TestModels {
    private TestModels() {
    }

    /**
     * Log-normal growth over generations: capability starts at 1 and is multiplied by {@code exp(rate + noise Z)}
     * each generation, so {@code E[log capability] = generations * rate}. Alignment is {@code fidelity^generations}.
     * The event {@code threshold_crossed} is the year capability first exceeds {@code threshold}.
     */
    public static final class Growth extends DeclaredModel {
        private static final Declarations KIND = new Declarations();
        static final ParameterId RATE = KIND.parameter("rate", "1/generation", 0, 5, 0.3, "mean log growth");
        static final ParameterId FIDELITY = KIND.parameter("fidelity", "probability", 0, 1, 0.95,
                "per-generation fidelity");
        static final ParameterId NOISE = KIND.parameter("noise", "1", 0, 2, 0.1, "log growth noise");
        static final ParameterId GENERATIONS = KIND.wholeSetting("generations", "generation", 1, 200, 10,
                "number of generations");
        static final ParameterId START = KIND.setting("start_year", "year", 1900, 2200, 2026, "year of generation 0");
        static final ParameterId THRESHOLD = KIND.setting("threshold", "1", 1, 1e300, 10, "capability threshold");

        private final int generations;
        private final double start;
        private final double threshold;
        private final MetricId finalCapability;
        private final MetricId alignment;
        private final EventId thresholdCrossed;
        private final SeriesId capability;

        /** The model with its default settings. */
        public Growth() {
            this(Map.of());
        }

        private Growth(Map<String, Double> settings) {
            super("test-growth", "Log-normal capability growth for tests.", KIND, settings);
            generations = wholeSetting(GENERATIONS);
            start = setting(START);
            threshold = setting(THRESHOLD);
            finalCapability = metric("final_capability", "x", "capability at the end");
            alignment = metric("alignment", "probability", "fidelity^generations");
            thresholdCrossed = event("threshold_crossed", "year", start, "first year above threshold");
            capability = series("capability", "x", generations, start + 1, 1, "year", "capability per year");
        }

        @Override
        protected Growth create(Map<String, Double> settings) {
            return new Growth(settings);
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            UniformRandomProvider rng = streams.component(0);
            ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
            return (p, sink) -> {
                double c = 1;
                boolean crossed = false;
                for (int g = 0; g < generations; g++) {
                    c *= Math.exp(RATE.get(p) + NOISE.get(p) * z.sample());
                    sink.series(capability, g, c);
                    if (!crossed && c > threshold) {
                        crossed = true;
                        sink.event(thresholdCrossed, start + g + 1);
                    }
                }
                sink.metric(finalCapability, c);
                sink.metric(alignment, Math.pow(FIDELITY.get(p), generations));
            };
        }
    }

    /** A model whose runs take {@code millis} milliseconds each, for cancellation tests. */
    public static final class Slow extends DeclaredModel {
        private static final Declarations DECLARED = new Declarations();
        private static final ParameterId MILLIS = DECLARED.parameter("millis", "ms", 0, 100, 1, "sleep per run");
        /** Runs finished by every instance in this JVM, so that a test can wait until runs are under way. */
        static final java.util.concurrent.atomic.AtomicLong FINISHED = new java.util.concurrent.atomic.AtomicLong();
        private final MetricId u = metric("u", "1", "a uniform number");

        /** The model; it has no settings. */
        public Slow() {
            super("test-slow", "Runs that sleep, for cancellation tests.", DECLARED, Map.of());
        }

        @Override
        public Simulation newSimulation(RunStreams streams) {
            UniformRandomProvider rng = streams.component(0);
            return (p, sink) -> {
                try {
                    Thread.sleep((long) MILLIS.get(p));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                sink.metric(u, rng.nextDouble());
                FINISHED.incrementAndGet();
            };
        }
    }
}
