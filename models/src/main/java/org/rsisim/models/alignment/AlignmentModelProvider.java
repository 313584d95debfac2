package org.rsisim.models.alignment;

import java.util.List;
import java.util.Map;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelProvider;
import org.rsisim.models.Settings;

/**
 * Builds {@link AlignmentModel}s from their settings: {@code generations} (default 500, the essay's longest chain)
 * and {@code fidelity_threshold} (default 0.9). Immutable and thread-safe.
 */
public final class AlignmentModelProvider implements ModelProvider {
    private static final List<Parameter> SETTINGS = List.of(
            new Parameter("generations", "generation", 1, 100_000, 500,
                    "number of generations N; 500 is the longest chain of the essay (SOURCES.md)"),
            new Parameter("fidelity_threshold", "1", 0, 1, 0.9,
                    "fidelity below which a generation counts as misaligned"));

    /** Creates the provider. */
    public AlignmentModelProvider() {
    }

    @Override
    public String name() {
        return AlignmentModel.NAME;
    }

    @Override
    public String description() {
        return "Alignment fidelity compounding: each generation passes its alignment to its successor with a"
                + " fidelity drawn around p (p^n without noise or oversight); oversight detects and partly corrects"
                + " drift, less often as evaluation awareness grows with capability.";
    }

    @Override
    public List<Parameter> settings() {
        return SETTINGS;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if {@code generations} is not a whole number
     */
    @Override
    public Model create(Map<String, Double> settings) {
        double[] v = Settings.resolve(name(), SETTINGS, settings);
        return AlignmentModel.of(Settings.whole(SETTINGS.get(0), v[0]), v[1]);
    }
}
