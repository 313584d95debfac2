package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.rsisim.cli.chart.XChartReports;

/** Runs the command in-process with captured output. */
final class Cli {
    /** What a command printed and returned. */
    record Outcome(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Cli() {
    }

    static Outcome run(String... args) {
        return run(false, args);
    }

    static Outcome run(boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session s = new Session(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), terminal, XChartReports.installed());
        int status = Main.execute(s, args);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Parses the JSON a command printed, after checking that it succeeded. */
    static JsonNode json(Outcome o) throws IOException {
        assertEquals(0, o.status(), o.toString());
        return JSON.readTree(o.out());
    }

    /** The field names of a JSON object, in order. */
    static List<String> names(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path f = dir.resolve(name);
            Files.writeString(f, text);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String GROWTH = """
            name: growth-test
            description: test scenario
            model: test-growth
            settings:
              generations: 12
              threshold: 20
            parameters:
              rate: {uniform: {min: 0.1, max: 0.5}}
              fidelity: 0.97
              noise: {uniform: {min: 0.05, max: 0.3}}
            correlations:
              parameters: [rate, noise]
              matrix:
                - [1, 0.4]
                - [0.4, 1]
            runs: 4096
            seed: 42
            block-size: 256
            report:
              metrics: [final_capability, alignment]
              events:
                threshold_crossed: {times: [2030, 2032, 2034, 2038]}
              series: [capability]
            """;
}
