package org.rsisim.scenario.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads docs/models.md and the test sources, so that a worked example's code and output in the docs are the code
 * and output of a test.
 *
 * <p>In the docs, a fenced block is labelled by an HTML comment on the line before its opening fence:
 * {@code <!-- code: NAME -->} or {@code <!-- output: NAME -->}. In a test source, the code of example {@code NAME}
 * lies between the lines {@code // example NAME begins} and {@code // example NAME ends}; its common indentation
 * is removed before comparing. Paths are relative to the scenario module, the working directory of the tests.
 */
final class ModelsDoc {
    /** The docs file, relative to the scenario module. */
    static final Path DOC = Path.of("..", "docs", "models.md");
    /** Where the examples' actual outputs are written, for a person who updates the docs. */
    static final Path ACTUAL = Path.of("target", "doc-examples");
    private static final Path TEST_SOURCES = Path.of("src", "test", "java");

    private ModelsDoc() {
    }

    /**
     * Returns the whole docs file.
     *
     * @return its text, line ends as {@code \n}
     */
    static String text() {
        assertTrue(Files.isRegularFile(DOC), "docs file not found at " + DOC.toAbsolutePath());
        return read(DOC);
    }

    /**
     * Returns the content of the fenced block labelled {@code <!-- label -->}.
     *
     * @param label such as {@code code: rsi-chain}
     * @return the lines between the fences, each ending in {@code \n}
     */
    static String block(String label) {
        List<String> lines = text().lines().toList();
        String marker = "<!-- " + label + " -->";
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(marker)) {
                assertEquals(-1, at, "label '" + marker + "' appears twice in " + DOC);
                at = i;
            }
        }
        if (at < 0) {
            fail("no '" + marker + "' in " + DOC);
        }
        assertTrue(at + 1 < lines.size() && lines.get(at + 1).startsWith("```"),
                "'" + marker + "' is not followed by a fenced block in " + DOC);
        StringBuilder s = new StringBuilder();
        for (int i = at + 2; i < lines.size(); i++) {
            if (lines.get(i).startsWith("```")) {
                return s.toString();
            }
            s.append(lines.get(i)).append('\n');
        }
        throw new AssertionError("block after '" + marker + "' is not closed in " + DOC);
    }

    /**
     * Returns the code of an example in a test source, without its common indentation.
     *
     * @param test the test class whose source holds the example
     * @param name the example's name
     * @return the lines between the markers, each ending in {@code \n}
     */
    static String region(Class<?> test, String name) {
        Path source = TEST_SOURCES.resolve(test.getName().replace('.', '/') + ".java");
        List<String> lines = read(source).lines().toList();
        String begin = "// example " + name + " begins";
        String end = "// example " + name + " ends";
        List<String> body = new ArrayList<>();
        boolean inside = false;
        for (String line : lines) {
            if (line.strip().equals(begin)) {
                inside = true;
            } else if (line.strip().equals(end)) {
                inside = false;
                break;
            } else if (inside) {
                body.add(line);
            }
        }
        assertTrue(!body.isEmpty() && !inside, "no complete example '" + name + "' in " + source);
        int indent = Integer.MAX_VALUE;
        for (String line : body) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        StringBuilder s = new StringBuilder();
        for (String line : body) {
            s.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return s.toString();
    }

    /**
     * Checks that the docs show an example's code as it is in the test source, runs it, and checks that the docs
     * show exactly what it printed. The output is also written to {@code target/doc-examples/NAME.txt}.
     *
     * @param test the test class holding the example
     * @param name the example's name, as in the labels {@code code: NAME} and {@code output: NAME}
     * @param example the example's code, printing to its argument
     */
    static void check(Class<?> test, String name, Consumer<ExampleOutput> example) {
        assertEquals(region(test, name), block("code: " + name),
                "the code of example '" + name + "' in " + DOC + " differs from " + test.getSimpleName());
        ExampleOutput out = ExampleOutput.create();
        example.accept(out);
        String actual = out.text();
        try {
            Files.createDirectories(ACTUAL);
            Files.writeString(ACTUAL.resolve(name + ".txt"), actual, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertEquals(block("output: " + name), actual,
                "the output of example '" + name + "' in " + DOC + " is not what it prints (written to "
                        + ACTUAL.resolve(name + ".txt") + ")");
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
    }
}
