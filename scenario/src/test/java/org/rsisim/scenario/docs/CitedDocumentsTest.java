package org.rsisim.scenario.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every document that a file of the project cites exists in the project: a path under {@code docs/} (such as
 * {@code docs/sources.md} in a parameter's description or {@code docs/result.schema.json}), a relative Markdown
 * link in a page ({@code [sources](sources.md)}), and a document named by its file name alone in capitals (such as
 * {@code PERFORMANCE.md}), which must exist somewhere in the project. Sources, resources, documentation, examples
 * and scripts of every module are read; build output ({@code target}) and version control are not. A path that
 * names a file of a published model's repository, not of this project, is listed in {@link #THEIRS} with that
 * repository, and the citing file must name the repository or say the file is the source's; a placeholder in a
 * usage line is listed in {@link #PLACEHOLDERS}.
 */
class CitedDocumentsTest {
    static final Path ROOT = Path.of("..");
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w/.-])docs/[A-Za-z0-9_./-]*[A-Za-z0-9_-]"
            + "\\.(md|json|html|txt|csv|yaml)\\b");
    private static final Pattern LINK = Pattern.compile("\\]\\(([A-Za-z0-9_./-]+\\.(md|json|html|yaml))(#[^)]*)?\\)");
    private static final Pattern CAPITAL_NAME = Pattern.compile("(?<![\\w/.-])([A-Z][A-Z0-9_-]+\\.md)\\b");
    /** Files of published models' repositories that the project cites, with the repository they are in. */
    static final java.util.Map<String, String> THEIRS = java.util.Map.of(
            "docs/index.html", "thoulden/Accelerated_AI_Progress",
            "docs/js/simulation.js", "thoulden/Accelerated_AI_Progress");
    /** Names in capitals that stand for a file the user chooses, such as {@code OUT.md} in a usage line. */
    static final Set<String> PLACEHOLDERS = Set.of("OUT.md");
    private static final Set<String> READ = Set.of("java", "md", "yaml", "yml", "csv", "py", "sh", "txt", "xml",
            "properties", "json", "html");

    @Test
    void everyCitedDocumentExists() throws IOException {
        List<Path> files = projectFiles();
        Set<String> names = new HashSet<>();
        files.forEach(f -> names.add(f.getFileName().toString()));
        List<String> missing = new ArrayList<>();
        int cited = 0;
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                continue;
            }
            Matcher m = DOCS_PATH.matcher(text);
            while (m.find()) {
                cited++;
                String repository = THEIRS.get(m.group());
                if (repository != null) {
                    if (!text.contains(repository) && !text.contains("of the source") && !text.contains("their")
                            && !text.contains("Their")) {
                        missing.add(where(f, text, m.start()) + ": " + m.group() + " (in " + repository
                                + "; name the repository)");
                    }
                } else if (!Files.isRegularFile(ROOT.resolve(m.group()))) {
                    missing.add(where(f, text, m.start()) + ": " + m.group());
                }
            }
            if (f.toString().endsWith(".md")) {
                m = LINK.matcher(text);
                while (m.find()) {
                    cited++;
                    if (!m.group(1).startsWith("http") && !Files.isRegularFile(f.getParent().resolve(m.group(1)))) {
                        missing.add(where(f, text, m.start()) + ": link " + m.group(1));
                    }
                }
            }
            m = CAPITAL_NAME.matcher(text);
            while (m.find()) {
                cited++;
                if (!names.contains(m.group(1)) && !PLACEHOLDERS.contains(m.group(1))) {
                    missing.add(where(f, text, m.start()) + ": " + m.group(1));
                }
            }
        }
        assertTrue(cited > 100, "too few citations found (" + cited + "): is the project root " + ROOT.toAbsolutePath()
                + "?");
        assertEquals(List.of(), missing, "documents cited but not in the project");
    }

    @Test
    void theSourcesPageIsCitedAndHasItsSections() throws IOException {
        String sources = Files.readString(ROOT.resolve("docs/sources.md"));
        for (String section : List.of("## The essay", "## Published takeoff models",
                "## Reference runs of the published models")) {
            assertTrue(sources.contains(section), "docs/sources.md lacks " + section);
        }
        assertTrue(sources.contains("years of AI progress"), "the SIE limit is in years of AI progress");
    }

    private static String where(Path file, String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return ROOT.relativize(file) + ":" + line;
    }

    static List<Path> projectFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> {
                for (Path part : ROOT.relativize(p)) {
                    String s = part.toString();
                    if (s.equals("target") || s.startsWith(".") || s.equals("node_modules")) {
                        return false;
                    }
                }
                String name = p.getFileName().toString();
                int dot = name.lastIndexOf('.');
                return Files.isRegularFile(p) && dot > 0 && READ.contains(name.substring(dot + 1));
            }).sorted().toList();
        }
    }
}
