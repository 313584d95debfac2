package org.rsisim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.core.distribution.Distribution;
import org.rsisim.core.distribution.Distributions;

/**
 * {@link DistributionText} writes every library form in the scenario language, and the text reads back (through
 * {@link DistributionForms}) to a distribution equal to the original, bit for bit; and a prior whose support crosses
 * its parameter's range is refused with the scenario form, the probability outside and both remedies.
 */
class DistributionTextTest {
    static final List<Distribution> EVERY_FORM = List.of(
            Distributions.fixed(0.999),
            Distributions.uniform(0.25, 3.0),
            Distributions.logUniform(3, 30),
            Distributions.normal(1.5, 0.1),
            Distributions.lognormal(0.1, 0.7),
            Distributions.lognormal90(0.4, 1.4),
            Distributions.lognormal80(0.18, 2),
            Distributions.normal80(-1.0 / 3, 2.0 / 7),
            Distributions.beta(2, 5),
            Distributions.betaMeanConcentration(0.998, 2000),
            Distributions.triangular(0.5, 1, 2),
            Distributions.pert(0.1, 0.2, 0.9),
            Distributions.discrete(new double[] {3, 1, 2}, new double[] {0.2, 0.5, 0.3}),
            Distributions.skewedLogUniform(1e33, 1e36, 1e40),
            Distributions.twoPieceLogUniform(1e33, 1e36, 1e40),
            Distributions.twoPieceNegLogUniform(-2, -0.5, -0.2),
            Distributions.twoPieceLogitUniform(0.01, 0.06, 0.2),
            Distributions.cdfTable(new double[] {0, 1, 3, 4}, new double[] {0, 0.25, 0.25, 1}),
            Distributions.log10CdfTable(new double[] {30, 34.5, 36, 40}, new double[] {0, 0.2, 0.6, 1}),
            Distributions.truncated(Distributions.lognormal90(0.4, 1.4), 0, 10),
            Distributions.clipped(Distributions.shifted(Distributions.lognormal80(0.18, 2), 1), 1, 10),
            Distributions.shifted(Distributions.normal(0, 1e-5), 1.0E-7));

    @Test
    void everyFormReadsBackToTheSameDistribution() {
        for (Distribution d : EVERY_FORM) {
            String text = DistributionText.of(d);
            for (String internal : List.of("lognormal90", "lognormal80", "normal80", "logUniform", "discrete",
                    "betaMeanConcentration", "skewedLogUniform", "twoPiece", "cdfTable", "log10CdfTable",
                    "truncated(", "clipped(", "shifted(")) {
                assertFalse(text.contains(internal), text + " names " + internal);
            }
            Node node = YamlTreeReader.read("test.yaml", "x: " + text + "\n");
            Distribution back = DistributionForms.parse("x", ((Node.Mapping) node).get("x"));
            assertEquals(d.toString(), back.toString(), text);
            for (double p : new double[] {1e-9, 0.05, 0.3, 0.5, 0.77, 0.95, 1 - 1e-9}) {
                assertEquals(Double.doubleToLongBits(d.inverseCdf(p)), Double.doubleToLongBits(back.inverseCdf(p)),
                        text + " at p = " + p);
            }
        }
    }

    @Test
    void everyFormOfTheScenarioLanguageIsAmongThoseWrittenBack() {
        java.util.Set<String> written = new java.util.TreeSet<>();
        for (Distribution d : EVERY_FORM) {
            String text = DistributionText.of(d);
            if (text.startsWith("{")) {
                written.add(text.substring(1, text.indexOf(':')));
            }
        }
        java.util.Set<String> forms = new java.util.TreeSet<>(DistributionForms.names());
        forms.remove("fixed");
        assertEquals(forms, written, "a form a scenario may write must be written back by DistributionText");
    }

    @Test
    void aTruncatedOrClippedPointMassIsWrittenAsItsValue() {
        assertEquals("2", DistributionText.of(Distributions.truncated(Distributions.fixed(2), 1, 3)));
        assertEquals("2", DistributionText.of(Distributions.clipped(Distributions.fixed(2), 1, 3)));
    }

    @Test
    void formsAreWrittenAsTheDocsWriteThem() {
        assertEquals("{lognormal: {p5: 0.4, p95: 1.4}, truncate: [0, 10]}",
                DistributionText.of(Distributions.truncated(Distributions.lognormal90(0.4, 1.4), 0, 10)));
        assertEquals("{lognormal: {p10: 0.18, p90: 2}, shift: 1, clip: [1, 10]}", DistributionText.of(
                Distributions.clipped(Distributions.shifted(Distributions.lognormal80(0.18, 2), 1), 1, 10)));
        assertEquals("0.999", DistributionText.of(Distributions.fixed(0.999)));
        assertEquals("{loguniform: {min: 3, max: 30}}", DistributionText.of(Distributions.logUniform(3, 30)));
    }

    @Test
    void aPriorBeyondItsRangeNamesTruncateAndTheProbabilityOutside(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "model: rsi-chain\nparameters:\n  capability_step_ooms: {lognormal: {p5: 0.4, p95: 1.4}}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioCompiler.compile(f));
        String m = e.getMessage();
        assertFalse(m.contains("lognormal90"), m);
        assertTrue(m.contains("{lognormal: {p5: 0.4, p95: 1.4}}"), m);
        assertTrue(m.contains("capability_step_ooms: {lognormal: {p5: 0.4, p95: 1.4}, truncate: [0, 10]}"), m);
        assertTrue(m.contains("clip: [0, 10]"), m);
        // P(X > 10) for the lognormal with p5 = 0.4 and p95 = 1.4: 1 - Phi((ln 10 - mu) / sigma)
        double mu = (Math.log(0.4) + Math.log(1.4)) / 2;
        double sigma = (Math.log(1.4) - Math.log(0.4)) / (2 * 1.6448536269514722);
        double z = (Math.log(10) - mu) / sigma;
        double outside = 1 - org.rsisim.core.distribution.Distributions.normal(0, 1).cdf(z);
        assertTrue(m.contains(String.format(java.util.Locale.ROOT, "%.3g of its probability lies outside", outside)),
                m + " (expected " + outside + ")");
        assertEquals(3, e.location().line());
    }
}
