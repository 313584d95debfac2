package org.rsisim.cli;

import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;
import org.rsisim.models.ModelProvider;

/** Models for the command's tests, found through ServiceLoader like a user's own models. */
public final class TestModels {
    private TestModels() {
    }

    static double setting(Map<String, Double> s, Parameter p) {
        Double v = s.get(p.name());
        return v == null ? p.defaultValue() : p.check(v);
    }

    /**
     * Log-normal growth over generations: capability starts at 1 and is multiplied by {@code exp(rate + noise Z)}
     * each generation, so {@code E[log capability] = generations * rate}. Alignment is {@code fidelity^generations}.
     * The event {@code threshold_crossed} is the year capability first exceeds {@code threshold}.
     */
    public static final class Growth implements ModelProvider {
        static final Parameter GENERATIONS = new Parameter("generations", "generation", 1, 200, 10,
                "number of generations");
        static final Parameter START = new Parameter("start_year", "year", 1900, 2200, 2026, "year of generation 0");
        static final Parameter THRESHOLD = new Parameter("threshold", "1", 1, 1e300, 10, "capability threshold");

        @Override
        public String name() {
            return "test-growth";
        }

        @Override
        public String description() {
            return "Log-normal capability growth for tests.";
        }

        @Override
        public List<Parameter> settings() {
            return List.of(GENERATIONS, START, THRESHOLD);
        }

        @Override
        public Model create(Map<String, Double> settings) {
            for (String k : settings.keySet()) {
                if (settings().stream().noneMatch(p -> p.name().equals(k))) {
                    throw new IllegalArgumentException("test-growth has no setting '" + k + "'");
                }
            }
            int generations = (int) setting(settings, GENERATIONS);
            double start = setting(settings, START);
            double threshold = setting(settings, THRESHOLD);
            return new Model() {
                @Override
                public String name() {
                    return "test-growth";
                }

                @Override
                public List<Parameter> parameters() {
                    return List.of(new Parameter("rate", "1/generation", 0, 5, 0.3, "mean log growth"),
                            new Parameter("fidelity", "probability", 0, 1, 0.95, "per-generation fidelity"),
                            new Parameter("noise", "1", 0, 2, 0.1, "log growth noise"));
                }

                @Override
                public List<Observable> observables() {
                    return List.of(Observable.metric("final_capability", "x", "capability at the end"),
                            Observable.metric("alignment", "probability", "fidelity^generations"),
                            Observable.event("threshold_crossed", "year", start, "first year above threshold"),
                            Observable.series("capability", "x", generations, start + 1, 1, "year",
                                    "capability per year"));
                }

                @Override
                public Simulation newSimulation(RunStreams streams) {
                    UniformRandomProvider rng = streams.component(0);
                    ZigguratSampler.NormalizedGaussian z = ZigguratSampler.NormalizedGaussian.of(rng);
                    return (p, sink) -> {
                        double c = 1;
                        boolean crossed = false;
                        for (int g = 0; g < generations; g++) {
                            c *= Math.exp(p[0] + p[2] * z.sample());
                            sink.series(3, g, c);
                            if (!crossed && c > threshold) {
                                crossed = true;
                                sink.event(2, start + g + 1);
                            }
                        }
                        sink.metric(0, c);
                        sink.metric(1, Math.pow(p[1], generations));
                    };
                }
            };
        }
    }

    /** A model whose runs take {@code millis} milliseconds each, for cancellation tests. */
    public static final class Slow implements ModelProvider {
        @Override
        public String name() {
            return "test-slow";
        }

        @Override
        public String description() {
            return "Runs that sleep, for cancellation tests.";
        }

        @Override
        public List<Parameter> settings() {
            return List.of();
        }

        @Override
        public Model create(Map<String, Double> settings) {
            return new Model() {
                @Override
                public String name() {
                    return "test-slow";
                }

                @Override
                public List<Parameter> parameters() {
                    return List.of(new Parameter("millis", "ms", 0, 100, 1, "sleep per run"));
                }

                @Override
                public List<Observable> observables() {
                    return List.of(Observable.metric("u", "1", "a uniform number"));
                }

                @Override
                public Simulation newSimulation(RunStreams streams) {
                    UniformRandomProvider rng = streams.component(0);
                    return (p, sink) -> {
                        try {
                            Thread.sleep((long) p[0]);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        sink.metric(0, rng.nextDouble());
                    };
                }
            };
        }
    }
}
