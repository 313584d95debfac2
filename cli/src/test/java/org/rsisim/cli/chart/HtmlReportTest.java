package org.rsisim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.scenario.report.ReportContext;
import org.rsisim.core.Result;

class HtmlReportTest {

    @Test
    void writesOneSelfContainedPageWithEveryName(@TempDir Path dir) throws Exception {
        ReportContext ctx = ReportFixtures.withSweep();
        Path file = dir.resolve("out/report.html");
        HtmlReport.write(ctx, file);
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertEquals(List.of(file), files.toList(), "the page is one file");
        }
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertSelfContained(html);
        Result r = ctx.result();
        for (String name : r.metrics().keySet()) {
            assertTrue(html.contains(">" + name + "<"), "metric " + name + " missing");
        }
        for (String name : r.events().keySet()) {
            assertTrue(html.contains(">" + name + "<"), "event " + name + " missing");
        }
        for (String name : r.series().keySet()) {
            assertTrue(html.contains(">" + name + "<"), "series " + name + " missing");
        }
        assertEquals(ChartReport.figures(ctx).size(), count(html, "<svg "), "one inline SVG per chart");
        assertTrue(html.contains("95 % CI (Wilson)") && html.contains("censored") && html.contains("std. error")
                && html.contains("median") && html.contains("p95"), "table headers");
        assertTrue(html.contains(r.manifest().scenarioHash()) && html.contains("<td class=\"name\">seed</td>"),
                "manifest");
        assertTrue(html.contains("diverged") && html.contains("failed"), "run counts");
        assertTrue(html.contains("<h2>Sweep</h2>") && html.contains("mean final_capability"), "sweep table");
        String p2028 = String.valueOf(r.event("evt").probabilityBy(2028).p());
        assertTrue(html.contains(ChartText.number(r.event("evt").probabilityBy(2028).p())), "P(evt by 2028) "
                + p2028);
    }

    @Test
    void emptyResultIsEscapedAndMarkedPartial(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("empty.html");
        HtmlReport.write(new ReportContext("empty <scenario>", ReportFixtures.empty(), List.of()), file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertSelfContained(html);
        assertTrue(html.contains("odd &lt;name&gt; &amp; &quot;quotes&quot;/../x"), "escaped metric name");
        assertFalse(html.contains("<name>"), "an unescaped name");
        assertTrue(html.contains("empty &lt;scenario&gt;"));
        assertTrue(html.contains("Partial result"));
        assertTrue(html.contains("n/a"));
        assertTrue(html.contains("never happens") && html.contains("empty series"));
    }

    private static void assertSelfContained(String html) {
        Matcher external = Pattern.compile("(?i)\\b(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)").matcher(html);
        assertFalse(external.find(), "external reference: " + (external.hitEnd() ? "" : external.group()));
        assertFalse(html.contains("<link") || html.contains("<script") || html.contains("@import")
                || html.contains("<!DOCTYPE svg") || html.contains("<?xml"), "a reference outside the page");
        Matcher ids = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(html);
        Set<String> seen = new HashSet<>();
        while (ids.find()) {
            assertTrue(seen.add(ids.group(1)), "id used twice: " + ids.group(1));
        }
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.trim().endsWith("</html>"));
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
