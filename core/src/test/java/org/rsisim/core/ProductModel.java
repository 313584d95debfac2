package org.rsisim.core;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * A test model with known answers: over {@code generations} steps, a value starts at 1 and is multiplied by a
 * uniform factor on {@code [1 - width, 1 + width]} each step. {@code E[product] = 1} exactly and
 * {@code Var[product] = (1 + width^2 / 3)^n - 1}. It records the final product as metric {@code product}, the
 * per-step value as series {@code value}, and event {@code crossed} at the first step where the value exceeds
 * {@code threshold}.
 */
final class ProductModel implements Model {
    static final int FACTORS = 0;
    private final int generations;

    ProductModel(int generations) {
        this.generations = generations;
    }

    @Override
    public String name() {
        return "product";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(new Parameter("width", "1", 0, 1, 0.1, "half-width of the uniform factor"),
                new Parameter("threshold", "1", 0, Double.POSITIVE_INFINITY, 1.2, "event threshold"),
                new Parameter("fail_above", "1", 0, 2, 2, "runs whose first factor exceeds this throw"));
    }

    @Override
    public List<Observable> observables() {
        return List.of(Observable.metric("product", "1", "product of all factors"),
                Observable.series("value", "1", generations, 1, 1, "generation", "running product"),
                Observable.event("crossed", "generation", 0, "first generation above the threshold"),
                Observable.metric("first", "1", "the first factor"));
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        UniformRandomProvider rng = streams.component(FACTORS);
        return (p, sink) -> {
            double width = p[0];
            double threshold = p[1];
            double x = 1;
            boolean crossed = false;
            for (int g = 0; g < generations; g++) {
                double f = 1 - width + 2 * width * rng.nextDouble();
                if (g == 0) {
                    if (f > p[2]) {
                        throw new IllegalStateException("factor " + f + " above " + p[2]);
                    }
                    sink.metric(Ids.metric(3), f);
                }
                x *= f;
                sink.series(Ids.series(1), g, x);
                if (!crossed && x > threshold) {
                    crossed = true;
                    sink.event(Ids.event(2), g + 1);
                }
            }
            sink.metric(Ids.metric(0), x);
        };
    }
}
