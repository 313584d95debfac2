package org.rsisim.models.alignment;

import java.util.Map;
import org.rsisim.core.DeclaredModel;
import org.rsisim.core.Declarations;
import org.rsisim.core.EventId;
import org.rsisim.core.MetricId;
import org.rsisim.core.ParameterId;
import org.rsisim.core.SeriesId;
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
 * <p>Settings: {@code generations} (default 500, the essay's longest chain) and {@code fidelity_threshold}
 * (default 0.9).
 *
 * <p>Immutable and thread-safe; its {@link Simulation}s are per worker. Stream components: {@value #DRIFT} for the
 * fidelity draws, {@value #OVERSIGHT} for the detection draws.
 */
public final class AlignmentModel extends DeclaredModel {
    /** Name of the model, as in scenario files. */
    public static final String NAME = "alignment-fidelity";
    /** Stream component of the per-generation fidelity draws. */
    public static final int DRIFT = 0;
    /** Stream component of the oversight detection draws. */
    public static final int OVERSIGHT = 1;

    private static final Declarations KIND = new Declarations();
    static final ParameterId P = KIND.parameter("fidelity_per_generation", "1", 0, 1, 0.999,
            "mean fidelity p with which a generation passes alignment to its successor; 0.999 is the"
                    + " essay's 99.9 % (SOURCES.md, Clark, Import AI 455)");
    static final ParameterId DISPERSION = KIND.parameter("fidelity_dispersion", "1", 0, 0.5, 0,
            "Var[q] / (p (1 - p)) of the per-generation fidelity q, 1 / (concentration + 1);"
                    + " 0 makes q = p in every generation, as in the essay's arithmetic");
    static final ParameterId DETECTION = KIND.parameter("detection_probability", "1", 0, 1, 0,
            "probability d that oversight detects a generation's drift before awareness; 0 is the essay's"
                    + " case of no oversight");
    static final ParameterId CORRECTION = KIND.parameter("correction_fraction", "1", 0, 1, 0,
            "fraction c of a detected generation's error that oversight corrects");
    static final ParameterId AWARENESS = KIND.parameter("evaluation_awareness", "1/OOM", 0, 10, 0,
            "fall of ln(detection) per order of magnitude of capability: the models 'are already aware of"
                    + " when they are being tested' (SOURCES.md); 0 ignores it");
    static final ParameterId GROWTH = KIND.parameter("capability_ooms_per_generation", "OOM", 0, 10, 0.79,
            "capability growth per generation in orders of magnitude, which drives awareness; 0.79 is"
                    + " log10(12 h / 30 s) / 4, the METR horizon growth per year 2022-2026 (SOURCES.md),"
                    + " at one generation a year");

    static final ParameterId GENERATIONS = KIND.wholeSetting("generations", "generation", 1, 100_000, 500,
            "number of generations N; 500 is the longest chain of the essay (SOURCES.md)");
    static final ParameterId FIDELITY_THRESHOLD = KIND.setting("fidelity_threshold", "1", 0, 1, 0.9,
            "fidelity below which a generation counts as misaligned");

    /** The parameters, in the order of the array a run receives. */
    private final int generations;
    private final double threshold;
    private final SeriesId fidelitySeries;
    private final SeriesId belowSeries;
    private final EventId firstBelow;
    private final MetricId finalFidelity;

    /** Creates the model with its default settings: 500 generations, the essay's longest chain, threshold 0.9. */
    public AlignmentModel() {
        this(Map.of());
    }

    private AlignmentModel(Map<String, Double> settings) {
        super(NAME, "Alignment fidelity compounding: each generation passes its alignment to its successor with a"
                + " fidelity drawn around p (p^n without noise or oversight); oversight detects and partly corrects"
                + " drift, less often as evaluation awareness grows with capability.", KIND, settings);
        this.generations = wholeSetting(GENERATIONS);
        this.threshold = setting(FIDELITY_THRESHOLD);
        fidelitySeries = series("fidelity", "1", generations + 1, 0, 1, "generation",
                "alignment fidelity F_n after n generations (F_0 = 1)");
        belowSeries = series("below_threshold", "1", generations + 1, 0, 1, "generation",
                "1 if F_n < " + threshold + ", else 0; its mean is P(fidelity below the threshold)");
        firstBelow = event("first_below_threshold", "generation", 0,
                "first generation whose fidelity is below " + threshold);
        finalFidelity = metric("final_fidelity", "1", "fidelity after " + generations + " generations");
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
        return new AlignmentModel(Map.of("generations", (double) generations, "fidelity_threshold", threshold));
    }

    @Override
    protected AlignmentModel create(Map<String, Double> settings) {
        return new AlignmentModel(settings);
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
    public Simulation newSimulation(RunStreams streams) {
        FidelityProcess process = new FidelityProcess(streams.component(DRIFT), streams.component(OVERSIGHT));
        int n = generations;
        double limit = threshold;
        return (p, sink) -> {
            process.reset(P.get(p), DISPERSION.get(p), DETECTION.get(p), CORRECTION.get(p), AWARENESS.get(p));
            double growth = GROWTH.get(p);
            double f = 1;
            boolean crossed = f < limit;
            sink.series(fidelitySeries, 0, f);
            sink.series(belowSeries, 0, crossed ? 1 : 0);
            if (crossed) {
                sink.event(firstBelow, 0);
            }
            for (int g = 1; g <= n; g++) {
                f = process.next(f, g * growth);
                boolean below = f < limit;
                sink.series(fidelitySeries, g, f);
                sink.series(belowSeries, g, below ? 1 : 0);
                if (below && !crossed) {
                    crossed = true;
                    sink.event(firstBelow, g);
                }
            }
            sink.metric(finalFidelity, f);
        };
    }

    @Override
    public String toString() {
        return NAME + "(generations=" + generations + ", fidelity_threshold=" + threshold + ")";
    }
}
