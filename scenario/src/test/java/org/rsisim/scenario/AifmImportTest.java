package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Experiment;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * {@link AifmImport} on a configuration in the shape of the AI Futures Project's sampling configurations
 * ({@code small-config.yaml}, made up for this test, with every distribution form and clipping rule of their
 * sampler): each imported distribution is compared, quantile by quantile, with the one their sampler's rules give,
 * worked out by hand in the comments; what cannot be converted is refused at its line.
 */
class AifmImportTest {
    private static final double[] QUANTILES = {1e-9, 0.001, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999, 1 - 1e-9};

    private static String fixture() throws IOException {
        try (InputStream in = AifmImportTest.class.getResourceAsStream("aifm/small-config.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Experiment imported(String text) {
        String scenario = AifmImport.convert("small-config.yaml", text);
        Node.Mapping root = (Node.Mapping) YamlTreeReader.read("imported.yaml", scenario);
        return ScenarioCompiler.compile(root, "imported", Location.startOf("imported.yaml"))
                .experiment(Overrides.NONE);
    }

    private static void same(Distribution expected, Distribution actual, String name) {
        for (double u : QUANTILES) {
            double e = expected.inverseCdf(u);
            double a = actual.inverseCdf(u);
            assertEquals(e, a, 1e-12 * Math.max(1, Math.abs(e)), name + " at quantile " + u + ": expected "
                    + expected + ", got " + actual);
        }
    }

    @Test
    void everyFormAndClippingRuleAsTheirSamplerDraws() throws IOException {
        Experiment e = imported(fixture());
        Map<String, Distribution> d = e.distributions();
        // lognormal by its 80 % interval, clipped to their PARAMETER_BOUNDS [1000, 1e11]; the entry's min 960 is
        // not applied (no clip_to_bounds: true)
        same(Distributions.clipped(Distributions.lognormal80(20000, 2.0e8), 1000, 1e11),
                d.get("aa_time_horizon_minutes"), "aa_time_horizon_minutes");
        // a reversed interval is swapped
        same(Distributions.clipped(Distributions.lognormal80(0.3, 0.6), 0.01, 2), d.get("present_doubling_time"),
                "present_doubling_time");
        // lognormal by mu and sigma; no bounds of theirs, so only the model's range [0, 1e30]
        same(Distributions.clipped(Distributions.lognormal(0.5, 1.2), 0, 1e30), d.get("gap_years"), "gap_years");
        // clip_to_bounds: true clips to the entry's [0.85, 0.95] inside their bounds [0.5, 1.5]
        same(Distributions.clipped(Distributions.normal(0.9, 0.1), 0.85, 0.95),
                d.get("doubling_difficulty_growth_factor"), "doubling_difficulty_growth_factor");
        // "no gap"/"gap" become 0/1 with their probabilities
        same(Distributions.discrete(new double[] {0, 1}, new double[] {0.7, 0.3}), d.get("include_gap"),
                "include_gap");
        // a choice without p is uniform; -20 is clipped to their bound -10
        same(Distributions.discrete(new double[] {-10, -3, -1}, new double[] {1, 1, 1}), d.get("rho_coding_labor"),
                "rho_coding_labor");
        // shift plus a lognormal, clipped to their [0, 1e5] within the model's [1, 1e12]
        same(Distributions.clipped(Distributions.shifted(Distributions.lognormal80(50, 50000), 2), 1, 1e5),
                d.get("inf_compute_asymptote"), "inf_compute_asymptote");
        // beta on [0, 1] and a uniform inside the bounds: nothing to clip
        same(Distributions.beta(2, 3), d.get("parallel_penalty"), "parallel_penalty");
        same(Distributions.uniform(1.2, 2.5), d.get("swe_multiplier_at_present_day"),
                "swe_multiplier_at_present_day");
        // clip_to_bounds: false leaves only the model's range
        same(Distributions.clipped(Distributions.normal80(-1, 2), -100, 100),
                d.get("ai_research_taste_at_coding_automation_anchor_sd"), "taste at anchor");
        same(Distributions.clipped(Distributions.lognormal80(1, 5), 1e-6, 1000), d.get("ai_research_taste_slope"),
                "ai_research_taste_slope");
        // a fixed value is clipped too: 40 to their bound 20
        same(Distributions.fixed(20), d.get("median_to_top_taste_multiplier"), "median_to_top_taste_multiplier");
        same(Distributions.clipped(Distributions.normal80(0.5, 0.7), -100, 100),
                d.get("constant_training_compute_growth_rate"), "constant_training_compute_growth_rate");
        same(Distributions.uniform(2027, 2031), d.get("slowdown_year"), "slowdown_year");
        same(Distributions.fixed(0.2), d.get("post_slowdown_training_compute_growth_rate"), "post slowdown");
        // left out: their DEFAULT_PARAMETERS
        same(Distributions.fixed(3.0), d.get("coding_automation_efficiency_slope"), "efficiency slope");
        same(Distributions.fixed(3.33), d.get("inv_compute_anchor_exp_cap"), "inv_compute_anchor_exp_cap");
        same(Distributions.fixed(2025.6), d.get("present_day"), "present_day");
        assertEquals(300, e.runs());
        assertEquals(7, e.seed());
        assertEquals(List.of("present_doubling_time", "ai_research_taste_slope", "slowdown_year"),
                e.correlation().names());
        assertArrayEquals(new double[] {1.0, -0.4, 0.2}, e.correlation().matrix()[0]);
    }

    @Test
    void commentsGiveTheLineOfEachEntryAndTheTimeout() throws IOException {
        String s = AifmImport.convert("small-config.yaml", fixture());
        assertTrue(s.contains("\n  aa_time_horizon_minutes: {lognormal: {p10: 20000, p90: 2.0e8}, clip: [1000, "
                + "1.0e11]}  # line 11\n"), s);
        assertTrue(s.contains("per_sample_timeout (5 s)"), s);
        assertTrue(s.startsWith("# Converted by 'rsisim import aifm' from small-config.yaml"), s);
    }

    private static ScenarioException refused(String from, String to) throws IOException {
        String text = fixture();
        assertTrue(text.contains(from), from);
        return assertThrows(ScenarioException.class, () -> AifmImport.convert("c.yaml", text.replace(from, to)));
    }

    @Test
    void whatCannotBeConvertedIsRefusedAtItsLine() throws IOException {
        ScenarioException e = refused("  median_to_top_taste_multiplier:", "  rho_experiment_capacity:");
        assertEquals(new Location("c.yaml", 76, 3), e.location(), e.getMessage());
        assertTrue(e.getMessage().contains("rho_experiment_capacity"), e.getMessage());

        e = refused("value: decaying doubling time", "value: exponential");
        assertEquals(16, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("horizon_extrapolation_type"), e.getMessage());

        e = refused("    alpha: 2.0\n    beta: 3.0\n    min: 0.0\n    max: 1.0",
                "    alpha: 2.0\n    beta: 3.0\n    min: 0.0\n    max: 0.8");
        assertEquals(60, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("beta"), e.getMessage());

        e = refused("correlation_type: \"spearman\"", "correlation_type: \"pearson\"");
        assertEquals(89, e.location().line(), e.getMessage());

        e = refused("time_range: [2012.0, 2050.0]", "time_range: [2015.0, 2035.0]");
        assertEquals(4, e.location().line(), e.getMessage());

        e = refused("    dist: uniform\n    min: 1.2", "    dist: gamma\n    min: 1.2");
        assertEquals(62, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("gamma"), e.getMessage());

        e = refused("  post_slowdown_training_compute_growth_rate:\n    dist: fixed\n    value: 0.2\n", "");
        assertTrue(e.getMessage().contains("post_slowdown_training_compute_growth_rate"), e.getMessage());

        e = refused("    ci80: [20000, 2.0e8]\n    min: 960\n    max: 1e30\n", "    ci80: [20000, 2.0e8]\n");
        assertEquals(11, e.location().line(), e.getMessage());
        assertTrue(e.getMessage().contains("min and max"), e.getMessage());
    }
}
