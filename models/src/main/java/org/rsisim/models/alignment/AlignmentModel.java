package org.rsisim.models.alignment;

import java.util.List;
import org.rsisim.core.Model;
import org.rsisim.core.Observable;
import org.rsisim.core.Parameter;
import org.rsisim.core.RunStreams;
import org.rsisim.core.Simulation;

/**
 * Alignment fidelity compounding over a fixed number of generations, each trained by its predecessor.
 *
 * <p>Fidelity starts at {@code F_0 = 1} and each generation applies one {@link FidelityProcess} step:
 * {@code F_{n+1} = F_n q_eff}, where {@code q ~ Beta(mean p, concentration 1/dispersion - 1)}, oversight detects
 * the drift with probability {@code d exp(-awareness L_{n+1})}, {@code L_{n+1} = (n + 1) g} is the successor's
 * capability in orders of magnitude above the start ({@code g} orders of magnitude per generation), and a detected
 * error is cut by the fraction {@code c}: {@code q_eff = 1 - (1 - q)(1 - c)}. With dispersion 0 and no oversight,
 * {@code F_n = p^n} (see {@link AlignmentFidelity#afterGenerations}).
 *
 * <p>Observables: series {@code fidelity} ({@code F_n}, {@code n = 0..N}) and {@code below_threshold} (1 if
 * {@code F_n} is below the threshold, else 0; its mean by generation is {@code P(F_n < threshold)}), event
 * {@code first_below_threshold} (the first generation {@code n} with {@code F_n < threshold}, in generations;
 * censored if none), and metric {@code final_fidelity} ({@code F_N}).
 *
 * <p>Immutable and thread-safe; its {@link Simulation}s are per worker. Stream components: {@value #DRIFT} for the
 * fidelity draws, {@value #OVERSIGHT} for the detection draws.
 */
public final class AlignmentModel implements Model {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "alignment-fidelity";
    /** Stream component of the per-generation fidelity draws. */
    public static final int DRIFT = 0;
    /** Stream component of the oversight detection draws. */
    public static final int OVERSIGHT = 1;

    static final int P = 0;
    static final int DISPERSION = 1;
    static final int DETECTION = 2;
    static final int CORRECTION = 3;
    static final int AWARENESS = 4;
    static final int GROWTH = 5;

    static final int FIDELITY = 0;
    static final int BELOW = 1;
    static final int FIRST_BELOW = 2;
    static final int FINAL = 3;

    /** The parameters, in the order of the array a run receives. */
    static final List<Parameter> PARAMETERS = List.of(
            new Parameter("fidelity_per_generation", "1", 0, 1, 0.999,
                    "mean fidelity p with which a generation passes alignment to its successor; 0.999 is the"
                            + " essay's 99.9 % (SOURCES.md, Clark, Import AI 455)"),
            new Parameter("fidelity_dispersion", "1", 0, 0.5, 0,
                    "Var[q] / (p (1 - p)) of the per-generation fidelity q, 1 / (concentration + 1);"
                            + " 0 makes q = p in every generation, as in the essay's arithmetic"),
            new Parameter("detection_probability", "1", 0, 1, 0,
                    "probability d that oversight detects a generation's drift before awareness; 0 is the essay's"
                            + " case of no oversight"),
            new Parameter("correction_fraction", "1", 0, 1, 0,
                    "fraction c of a detected generation's error that oversight corrects"),
            new Parameter("evaluation_awareness", "1/OOM", 0, 10, 0,
                    "fall of ln(detection) per order of magnitude of capability: the models 'are already aware of"
                            + " when they are being tested' (SOURCES.md); 0 ignores it"),
            new Parameter("capability_ooms_per_generation", "OOM", 0, 10, 0.79,
                    "capability growth per generation in orders of magnitude, which drives awareness; 0.79 is"
                            + " log10(12 h / 30 s) / 4, the METR horizon growth per year 2022-2026 (SOURCES.md),"
                            + " at one generation a year"));

    private final int generations;
    private final double threshold;
    private final List<Observable> observables;

    private AlignmentModel(int generations, double threshold) {
        this.generations = generations;
        this.threshold = threshold;
        this.observables = List.of(
                Observable.series("fidelity", "1", generations + 1, 0, 1, "generation",
                        "alignment fidelity F_n after n generations (F_0 = 1)"),
                Observable.series("below_threshold", "1", generations + 1, 0, 1, "generation",
                        "1 if F_n < " + threshold + ", else 0; its mean is P(fidelity below the threshold)"),
                Observable.event("first_below_threshold", "generation", 0,
                        "first generation whose fidelity is below " + threshold),
                Observable.metric("final_fidelity", "1", "fidelity after " + generations + " generations"));
    }

    /**
     * Builds the model.
     *
     * @param generations number of generations {@code N}, in {@code [1, 100000]}
     * @param threshold fidelity below which a generation counts as misaligned, in {@code [0, 1]}
     * @return the model
     * @throws IllegalArgumentException if a setting is outside its range; the message names it, its value and the
     *         range
     */
    public static AlignmentModel of(int generations, double threshold) {
        if (generations < 1 || generations > 100_000) {
            throw new IllegalArgumentException("setting generations = " + generations
                    + " is outside its allowed range [1, 100000]");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("setting fidelity_threshold = " + threshold
                    + " is outside its allowed range [0, 1]");
        }
        return new AlignmentModel(generations, threshold);
    }

    /** @return the number of generations {@code N} */
    public int generations() {
        return generations;
    }

    /** @return the fidelity threshold */
    public double threshold() {
        return threshold;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Parameter> parameters() {
        return PARAMETERS;
    }

    @Override
    public List<Observable> observables() {
        return observables;
    }

    @Override
    public Simulation newSimulation(RunStreams streams) {
        FidelityProcess process = new FidelityProcess(streams.component(DRIFT), streams.component(OVERSIGHT));
        int n = generations;
        double limit = threshold;
        return (p, sink) -> {
            process.reset(p[P], p[DISPERSION], p[DETECTION], p[CORRECTION], p[AWARENESS]);
            double growth = p[GROWTH];
            double f = 1;
            boolean crossed = f < limit;
            sink.series(FIDELITY, 0, f);
            sink.series(BELOW, 0, crossed ? 1 : 0);
            if (crossed) {
                sink.event(FIRST_BELOW, 0);
            }
            for (int g = 1; g <= n; g++) {
                f = process.next(f, g * growth);
                boolean below = f < limit;
                sink.series(FIDELITY, g, f);
                sink.series(BELOW, g, below ? 1 : 0);
                if (below && !crossed) {
                    crossed = true;
                    sink.event(FIRST_BELOW, g);
                }
            }
            sink.metric(FINAL, f);
        };
    }

    @Override
    public String toString() {
        return NAME + "(generations=" + generations + ", fidelity_threshold=" + threshold + ")";
    }
}
