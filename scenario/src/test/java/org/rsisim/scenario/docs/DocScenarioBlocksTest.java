package org.rsisim.scenario.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.scenario.Overrides;
import org.rsisim.scenario.Scenario;
import org.rsisim.scenario.ScenarioCompiler;
import org.rsisim.scenario.SweepSpec;

/**
 * Every {@code ```yaml} block of README.md and docs/*.md is a scenario that compiles and builds its experiment
 * (and its sweep points and calibration, if it has them), as {@code rsisim validate} would. A block that starts
 * with {@code model:}, {@code extends:} or {@code name:} is a whole scenario file; {@code extends} of a file
 * resolves against examples/scenarios. Any other block is a fragment and must say so on the line before its fence:
 * {@code <!-- yaml: fragment of BASE -->}, where BASE is the bundled scenario it is validated on top of (the block
 * is written below {@code extends: BASE}), or {@code <!-- yaml: checked by TEST -->}, naming the test that checks
 * a block this module cannot (a model of another module); that test must exist.
 */
class DocScenarioBlocksTest {
    private static final Pattern MARK = Pattern.compile("<!-- yaml: (fragment of (\\S+)|checked by (\\w+)) -->");

    record Block(Path doc, int line, String marker, String text) {
        String where() {
            return CitedDocumentsTest.ROOT.relativize(doc) + ":" + line;
        }
    }

    @Test
    void everyScenarioBlockInTheDocsValidates(@TempDir Path dir) throws IOException {
        try (Stream<Path> examples = Files.list(CitedDocumentsTest.ROOT.resolve("examples/scenarios"))) {
            for (Path p : (Iterable<Path>) examples::iterator) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        List<Block> blocks = blocks();
        assertTrue(blocks.size() >= 15, "found only " + blocks.size() + " yaml blocks");
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Block b : blocks) {
            Matcher m = b.marker() == null ? null : MARK.matcher(b.marker());
            boolean whole = b.text().lines().anyMatch(l -> l.matches("(model|extends|name):.*"));
            String file;
            if (m != null && m.matches() && m.group(3) != null) {
                if (!testExists(m.group(3))) {
                    failures.add(b.where() + ": no test " + m.group(3));
                }
                continue;
            } else if (m != null && m.matches()) {
                file = "extends: " + m.group(2) + "\n" + b.text();
            } else if (whole) {
                file = b.text();
            } else {
                failures.add(b.where() + ": a fragment without '<!-- yaml: fragment of BASE -->' on the line "
                        + "before its fence");
                continue;
            }
            Path f = dir.resolve("doc-block-" + n++ + ".yaml");
            Files.writeString(f, file);
            try {
                check(ScenarioCompiler.compile(f));
            } catch (RuntimeException e) {
                failures.add(b.where() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures, "scenario blocks of the docs that do not validate");
    }

    private static void check(Scenario s) {
        s.experiment(Overrides.NONE);
        if (s.sweep() != null) {
            for (SweepSpec.Point p : s.sweep().points()) {
                s.experiment(p, Overrides.NONE);
            }
        }
        if (s.calibrate() != null) {
            s.calibration(Overrides.NONE, 1);
        }
    }

    static List<Block> blocks() throws IOException {
        List<Path> docs = new ArrayList<>();
        docs.add(CitedDocumentsTest.ROOT.resolve("README.md"));
        try (Stream<Path> s = Files.list(CitedDocumentsTest.ROOT.resolve("docs"))) {
            s.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<Block> out = new ArrayList<>();
        for (Path doc : docs) {
            List<String> lines = Files.readAllLines(doc);
            for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).strip().equals("```yaml")) {
                    continue;
                }
                String marker = i > 0 && lines.get(i - 1).startsWith("<!-- yaml:") ? lines.get(i - 1).strip() : null;
                StringBuilder text = new StringBuilder();
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).strip().startsWith("```")) {
                    text.append(lines.get(j)).append('\n');
                    j++;
                }
                out.add(new Block(doc, i + 1, marker, text.toString()));
                i = j;
            }
        }
        return out;
    }

    private static boolean testExists(String name) throws IOException {
        return CitedDocumentsTest.projectFiles().stream().anyMatch(p -> p.getFileName().toString()
                .equals(name + ".java"));
    }
}
