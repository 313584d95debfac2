package org.rsisim.models.rsi;

import java.util.List;
import java.util.Map;
import org.rsisim.core.Model;
import org.rsisim.core.Parameter;
import org.rsisim.models.ModelProvider;
import org.rsisim.models.Settings;

/**
 * Builds {@link RsiChain}s from their settings: {@code start_date} (default 2026.337, 4 May 2026, the date of the
 * essay in SOURCES.md), {@code generations} (40), {@code horizon} (2040.0), {@code automation_threshold} (0.9),
 * {@code takeoff_from} (0.1), {@code takeoff_to} (0.9) and {@code fidelity_threshold} (0.95). Immutable and
 * thread-safe.
 */
public final class RsiChainProvider implements ModelProvider {
    /** 4 May 2026 in decimal years: 2026 + 123 / 365 (day 124 of a non-leap year, at its start). */
    public static final double ESSAY_DATE = 2026 + 123.0 / 365;

    private static final List<Parameter> SETTINGS = List.of(
            new Parameter("start_date", "year", 1900, 3000, ESSAY_DATE,
                    "release date of generation 0; 2026.337 is 4 May 2026, the essay's date (SOURCES.md)"),
            new Parameter("generations", "generation", 1, 100_000, 40, "most generations per run"),
            new Parameter("horizon", "year", 1900, 3000, 2040, "last date simulated"),
            new Parameter("automation_threshold", "1", 0, 1, 0.9,
                    "automation level at which AI R&D counts as automated (event automated_ai_rd)"),
            new Parameter("takeoff_from", "1", 0, 1, 0.1, "automation level where the takeoff starts"),
            new Parameter("takeoff_to", "1", 0, 1, 0.9, "automation level where the takeoff ends"),
            new Parameter("fidelity_threshold", "1", 0, 1, 0.95,
                    "fidelity below which a successor counts as misaligned; 0.95 is about the essay's 50"
                            + " generations at 99.9 % (SOURCES.md)"));

    /** Creates the provider. */
    public RsiChainProvider() {
    }

    @Override
    public String name() {
        return RsiChain.NAME;
    }

    @Override
    public String description() {
        return "The recursive self-improvement chain: each AI generation trains its successor in a base time divided"
                + " by the Amdahl R&D speed-up of its automation level; capability grows by a random factor per"
                + " generation, automation follows capability, and alignment fidelity compounds. Reports when AI"
                + " R&D is automated, the takeoff duration and the risk of a misaligned successor.";
    }

    @Override
    public List<Parameter> settings() {
        return SETTINGS;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException also if {@code generations} is not a whole number, the horizon is not after
     *         the start date, a threshold is 0, or {@code takeoff_to <= takeoff_from}
     */
    @Override
    public Model create(Map<String, Double> settings) {
        double[] v = Settings.resolve(name(), SETTINGS, settings);
        return RsiChain.of(v[0], Settings.whole(SETTINGS.get(1), v[1]), v[2], v[3], v[4], v[5], v[6]);
    }
}
