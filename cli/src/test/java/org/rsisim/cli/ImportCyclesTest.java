package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package of the command line and the scenario language depends, through any chain, on itself: a scan of the
 * source files' references to {@code org.rsisim} types (imports and qualified names, comments left out) finds no
 * cycle between the packages of the {@code cli} and {@code scenario} modules. Also checks the class pairs that once
 * referred to each other.
 */
class ImportCyclesTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern REFERENCE = Pattern.compile("\\b(org\\.rsisim(?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z]");
    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");

    @Test
    void noPackageDependsOnItselfThroughOthers() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (String module : List.of("cli", "scenario")) {
            Path main = ROOT.resolve(module).resolve("src/main/java");
            for (Path file : javaFiles(main)) {
                String pkg = main.relativize(file.getParent()).toString().replace('/', '.');
                Set<String> out = graph.computeIfAbsent(pkg, k -> new TreeSet<>());
                for (String used : references(file)) {
                    if (!used.equals(pkg)) {
                        out.add(used);
                    }
                }
            }
        }
        assertTrue(graph.containsKey("org.rsisim.cli.report") && graph.containsKey("org.rsisim.scenario"),
                graph.keySet().toString());
        assertEquals(List.of(), cycles(graph));
    }

    @Test
    void theClassesThatOnceReferredToEachOtherDoNotAnyMore() {
        assertOneWay("cli/src/main/java/org/rsisim/cli/report/TableReport.java",
                "cli/src/main/java/org/rsisim/cli/report/SweepTable.java");
        assertOneWay("scenario/src/main/java/org/rsisim/scenario/Scenario.java",
                "scenario/src/main/java/org/rsisim/scenario/AnalysisSpecs.java");
    }

    /** The first file may name the second's class; the second must not name the first's. */
    private static void assertOneWay(String user, String used) {
        String userClass = Path.of(user).getFileName().toString().replace(".java", "");
        String usedText = code(ROOT.resolve(used));
        assertFalse(Pattern.compile("\\b" + userClass + "\\b").matcher(usedText).find(), used + " names " + userClass);
    }

    private static List<String> cycles(Map<String, Set<String>> graph) {
        List<String> found = new ArrayList<>();
        for (String start : graph.keySet()) {
            List<String> path = new ArrayList<>();
            path.add(start);
            if (reaches(graph, start, start, path, new TreeSet<>())) {
                found.add(String.join(" -> ", path));
            }
        }
        return found;
    }

    private static boolean reaches(Map<String, Set<String>> graph, String from, String target, List<String> path,
            Set<String> seen) {
        for (String next : graph.getOrDefault(from, Set.of())) {
            path.add(next);
            if (next.equals(target)) {
                return true;
            }
            if (seen.add(next) && reaches(graph, next, target, path, seen)) {
                return true;
            }
            path.remove(path.size() - 1);
        }
        return false;
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("module-info.java")
                    && !f.endsWith("package-info.java")).sorted().toList();
        }
    }

    private static Set<String> references(Path file) {
        Set<String> out = new TreeSet<>();
        Matcher m = REFERENCE.matcher(code(file));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static String code(Path file) {
        try {
            return COMMENTS.matcher(Files.readString(file)).replaceAll("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
