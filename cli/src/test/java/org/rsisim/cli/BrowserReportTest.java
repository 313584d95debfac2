package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens the report.html of {@code rsisim run clark-2028 --out DIR} in headless Chromium and measures its layout as
 * the browser draws it: no text of a chart (caption lines included) may leave its figure's box, no table may be
 * wider than the page, and the page may not scroll sideways, at a desktop and a narrow window width. The page,
 * its measurements and a screenshot stay in {@code target/browser-check/} for a person to look at.
 *
 * <p>Needs {@code chromium} on the path (Debian's package; .ci/run installs it where missing); without it the test
 * is skipped with a message.
 */
class BrowserReportTest {
    private static final Path DIR = Path.of("target", "browser-check").toAbsolutePath();
    private static final Pattern CHECK = Pattern.compile("<pre id=\"rsisim-check\">(.*?)</pre>", Pattern.DOTALL);
    private static Path checkPage;

    @BeforeAll
    static void writeReport() throws IOException {
        assumeTrue(browser().isPresent(), "headless Chromium is not installed (apt-get install chromium)");
        Path report = DIR.resolve("report");
        Cli.Outcome o = Cli.run("run", "clark-2028", "--runs", "2000", "--threads", "2", "--out", report.toString(),
                "-q");
        assertEquals(0, o.status(), o.toString());
        String html = Files.readString(report.resolve("report.html"), StandardCharsets.UTF_8);
        String script;
        try (InputStream in = BrowserReportTest.class.getResourceAsStream("browser-check.js")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(html.contains("</body>"));
        checkPage = report.resolve("report-check.html");
        Files.writeString(checkPage, html.replace("</body>", "<script>\n" + script + "</script>\n</body>"),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "window {0} px wide")
    @ValueSource(ints = {1280, 800})
    void chartTextStaysInsideItsFigureAndTablesFitThePage(int width) throws Exception {
        String dom = chromium(width, 900, "--dump-dom", checkPage.toUri().toString());
        Matcher m = CHECK.matcher(dom);
        assertTrue(m.find(), "the check script wrote no result; page output starts:\n"
                + dom.substring(0, Math.min(400, dom.length())));
        String json = m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
        Files.writeString(DIR.resolve("check-" + width + ".json"), json + "\n", StandardCharsets.UTF_8);
        JsonNode check = new ObjectMapper().readTree(json);
        assertEquals(10, check.get("figures").asInt(), "clark-2028 has 10 charts: " + json);
        assertTrue(check.get("texts").asInt() >= 10 * 20, "the charts' text is SVG text: " + check.get("texts"));
        assertEquals(0, check.get("overflowingTexts").size(), "chart text outside its figure: "
                + check.get("overflowingTexts"));
        assertEquals(0, check.get("overflowingTables").size(), "tables wider than the page: "
                + check.get("overflowingTables"));
        assertTrue(check.get("pageScrollWidth").asInt() <= check.get("width").asInt(),
                "the page scrolls sideways: " + json);
        Path shot = DIR.resolve("report-" + width + ".png");
        Files.deleteIfExists(shot);
        chromium(width, 5000, "--hide-scrollbars", "--screenshot=" + shot, checkPage.toUri().toString());
        assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);
    }

    private static String chromium(int width, int height, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(browser().orElseThrow(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--user-data-dir=" + DIR.resolve("chromium-profile"), "--window-size=" + width + "," + height));
        command.addAll(List.of(args));
        Path out = DIR.resolve("chromium-out.txt");
        Path err = DIR.resolve("chromium-err.txt");
        Process p = new ProcessBuilder(command).directory(DIR.toFile()).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 180 s: " + command);
        }
        assertEquals(0, p.exitValue(), "chromium failed: " + command + "\n" + Files.readString(err));
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Optional<String> browser() {
        String path = System.getenv("PATH");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String d : path == null ? new String[0] : path.split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(d, name))) {
                    return Optional.of(Path.of(d, name).toString());
                }
            }
        }
        return Optional.empty();
    }
}
