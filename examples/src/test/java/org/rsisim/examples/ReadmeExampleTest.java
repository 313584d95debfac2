package org.rsisim.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Model;
import org.rsisim.core.Result;
import org.rsisim.core.Target;
import org.rsisim.core.distribution.Distributions;
import org.rsisim.core.stat.Proportion;
import org.rsisim.models.ModelCatalog;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The embedding example of README.md is this class's {@link #example} method, word for word: the test checks that
 * the README still shows exactly this code, runs it, and checks what it prints.
 */
class ReadmeExampleTest {

    private static void example(PrintStream out) {
        // README-START
        // A bundled scenario, with fewer runs than its default million
        Result clark = Engine.create().run(ScenarioCatalog.get("clark-2028").experiment().withRuns(100_000));
        Proportion by2028 = clark.event("automated_ai_rd").probabilityBy(2028.0);
        out.printf("P(AI R&D automated by end of 2027) = %.3f, 95 %% CI [%.3f, %.3f]%n",
                by2028.p(), by2028.lower(), by2028.upper());

        // Your own experiment: a model from the catalog, your own priors, a precision target
        Model chain = ModelCatalog.get("rsi-chain").create(Map.of("horizon", 2035.0));
        Experiment mine = Experiment.builder(chain)
                .runs(1_000_000).seed(42)
                .parameter("base_generation_years", Distributions.triangular(0.5, 1.0, 2.0))
                .parameter("detection_probability", Distributions.beta(2, 2))
                .parameter("correction_fraction", 0.5)
                .parameter("fidelity_dispersion", 0.05)
                .eventTimes("automated_ai_rd", 2028, 2030)
                .target(Target.eventProbability("automated_ai_rd", 2030, 0.005))
                .build();
        Result result = Engine.create().run(mine);
        out.printf("%d runs; P(by 2030) = %.3f; P(misaligned successor after automation) = %.4f +/- %.4f%n",
                result.manifest().runs(), result.event("automated_ai_rd").probabilityBy(2030.0).p(),
                result.metric("misaligned_after_automation").mean().value(),
                result.metric("misaligned_after_automation").mean().stderr());
        // README-END
    }

    @Test
    void readmeShowsThisCode() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/rsisim/examples/ReadmeExampleTest.java"));
        String body = source.substring(source.indexOf("// README-START") + "// README-START".length(),
                source.indexOf("        // README-END"));
        String readme = Files.readString(Path.of("../README.md"));
        Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has a java code block");
        assertEquals(strip(body.replace("out.printf", "System.out.printf"), 8), strip(m.group(1), 0),
                "README.md's embedding example must be ReadmeExampleTest.example, word for word");
    }

    /** Removes an indentation and the blank and import lines. */
    private static String strip(String code, int indent) {
        StringBuilder s = new StringBuilder();
        for (String line : code.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("import ")) {
                s.append(line.substring(Math.min(indent, line.length() - line.stripLeading().length())))
                        .append('\n');
            }
        }
        return s.toString();
    }

    @Test
    void runsAndPrintsWhatTheReadmeSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        example(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        Matcher first = Pattern.compile("P\\(AI R&D automated by end of 2027\\) = ([0-9.]+), 95 % CI \\[([0-9.]+), "
                + "([0-9.]+)\\]").matcher(out);
        assertTrue(first.find(), out);
        double p = Double.parseDouble(first.group(1));
        // clark-2028 is calibrated to 0.30; 100,000 runs give a standard error of 0.0014
        assertEquals(0.30, p, 0.01, out);
        Matcher second = Pattern.compile("([0-9]+) runs; P\\(by 2030\\) = ([0-9.]+);").matcher(out);
        assertTrue(second.find(), out);
        long runs = Long.parseLong(second.group(1));
        assertTrue(runs < 1_000_000, "the precision target stops the experiment early: " + out);
        // the README quotes this output; the same code and seed give the same bits
        String readme;
        try {
            readme = Files.readString(Path.of("../README.md"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String line : out.strip().split("\n")) {
            assertTrue(readme.contains(line.strip()), "README.md quotes the output line: " + line);
        }
    }
}
