package org.rsisim.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.scenario.report.ReportContext;
import org.w3c.dom.Document;

class ChartReportTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static ReportContext context;
    @TempDir
    static Path dir;
    private static List<Path> written;

    /** Runs the engine and writes the charts once, under a default locale with a decimal comma. */
    @BeforeAll
    static void runEngineAndWriteCharts() throws IOException {
        context = ReportFixtures.withSweep();
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            written = ChartReport.writeAll(context, dir);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void writesPngAndSvgOfEveryChart() throws Exception {
        Set<String> names = new TreeSet<>();
        for (Path p : written) {
            names.add(p.getFileName().toString());
        }
        Set<String> expected = new TreeSet<>();
        for (String stem : List.of("fan-capability", "fan-never", "fan-first_half", "event-evt",
                "histogram-final_capability", "histogram-speedup", "tornado-sweep")) {
            expected.add(stem + ".png");
            expected.add(stem + ".svg");
        }
        assertEquals(expected, names, "seed " + ReportFixtures.SEED);
        assertEquals(expected.size(), written.size(), "no file written twice");
        for (Path p : written) {
            assertEquals(dir, p.getParent());
            byte[] bytes = Files.readAllBytes(p);
            assertTrue(bytes.length > 1000, p + " has only " + bytes.length + " bytes");
            if (p.toString().endsWith(".png")) {
                for (int i = 0; i < PNG_MAGIC.length; i++) {
                    assertEquals(PNG_MAGIC[i], bytes[i], p + ": not a PNG signature at byte " + i);
                }
            } else {
                Document doc = parseXml(bytes);
                assertEquals("svg", doc.getDocumentElement().getLocalName(), p + ": root element");
            }
        }
    }

    /**
     * XChart draws tick labels as glyph outlines, so the labels it drew are read from the SVG's description, where
     * the figure writes the output of the formatter XChart called for each tick.
     */
    @Test
    void yearAxisPrintsYearsWithoutGroupingInAnyLocale() throws IOException {
        for (String stem : List.of("fan-capability", "event-evt")) {
            String svg = Files.readString(dir.resolve(stem + ".svg"), StandardCharsets.UTF_8);
            String desc = element(svg, "desc");
            List<String> labels = tickLabels(desc);
            assertTrue(labels.contains("2028"), stem + ": no tick label 2028 in " + labels);
            assertFalse(desc.contains("2,028") || desc.contains("2.028"), stem + ": grouped year in " + desc);
            assertTrue(desc.contains("Horizontal axis: Year") || desc.contains("Horizontal axis: Date (decimal year"),
                    stem + ": no year axis title in " + desc);
            for (String t : texts(svg)) {
                assertFalse(t.matches(".*[0-9],[0-9].*"), stem + ": a decimal comma in the caption: " + t);
            }
        }
        for (String t : texts(Files.readString(dir.resolve("histogram-final_capability.svg")))) {
            assertFalse(t.matches(".*[0-9],[0-9].*"), "a decimal comma in the caption: " + t);
        }
    }

    @Test
    void chartsCarryTitleAxesUnitsLegendAndCaption() throws IOException {
        for (Figure f : ChartReport.figures(context)) {
            String svg = svg(f.stem());
            assertEquals(f.title(), element(svg, "title"), f.stem());
            String text = String.join(" | ", texts(svg));
            assertTrue(text.contains("Scenario capability test") && text.contains("seed 1")
                    && text.contains("2000 runs"), f.stem() + ": caption missing from " + text);
        }
        String fan = element(svg("fan-capability"), "desc");
        assertTrue(fan.contains("Vertical axis: capability (log10 FLOP)") && fan.contains("median")
                && fan.contains("mean") && fan.contains("5\u201395 % of runs") && fan.contains("25\u201375 % of runs"),
                fan);
        String evt = element(svg("event-evt"), "desc");
        assertTrue(evt.contains("censored") && evt.contains("95 % confidence interval (Wilson)"), evt);
        assertTrue(String.join(" ", texts(svg("event-evt"))).contains("did not reach evt"));
        String hist = element(svg("histogram-speedup"), "desc");
        assertTrue(hist.contains("Horizontal axis: speedup (dimensionless)") && hist.contains("Runs per bin"), hist);
        String tornado = element(svg("tornado-sweep"), "desc");
        assertTrue(tornado.contains("Sensitivity of mean final_capability") && tornado.contains("base scenario")
                && tornado.contains("growth from 0.3 to 0.8") && tornado.contains("noise from 0.1 to 1"), tornado);
    }

    @Test
    void seriesWithoutDataDoNotCrashAndSaySo() throws IOException {
        assertTrue(String.join(" ", texts(svg("fan-never"))).contains("No data"));
        String half = String.join(" ", texts(svg("fan-first_half")));
        assertTrue(half.contains("5 of 10 steps were reached by no counted run"), half);
    }

    @Test
    void resultWithNoCountedRunGivesNoDataCharts(@TempDir Path emptyDir) throws Exception {
        ReportContext ctx = new ReportContext("empty", ReportFixtures.empty(), List.of());
        List<Path> files = ChartReport.writeAll(ctx, emptyDir);
        assertEquals(6, files.size(), files.toString());
        for (Path p : files) {
            assertEquals(emptyDir, p.getParent(), "file name escaped the directory: " + p);
            assertTrue(p.getFileName().toString().matches("[a-z0-9_-]+\\.(png|svg)"), p.toString());
            if (p.toString().endsWith(".svg")) {
                Document doc = parseXml(Files.readAllBytes(p));
                assertEquals("svg", doc.getDocumentElement().getLocalName());
                assertTrue(String.join(" ", texts(Files.readString(p))).contains("No data"), p.toString());
            }
        }
    }

    @Test
    void singleStepSeriesAndSingleTimeEventAreDrawn(@TempDir Path single) throws Exception {
        ReportContext ctx = new ReportContext("single", ReportFixtures.singlePoint(), List.of());
        List<Path> files = ChartReport.writeAll(ctx, single);
        assertEquals(4, files.size(), files.toString());
        for (String stem : List.of("fan-one_step", "event-once")) {
            String svg = Files.readString(single.resolve(stem + ".svg"));
            assertEquals("svg", parseXml(svg.getBytes(StandardCharsets.UTF_8)).getDocumentElement().getLocalName());
            String desc = element(svg, "desc");
            assertTrue(tickLabels(desc).contains("2028"), stem + ": no tick 2028 in " + desc);
            assertFalse(String.join(" ", texts(svg)).contains("No data"), stem);
        }
    }

    @Test
    void narrowDisplayBinsAreMergedUntilEachSpansFourBuckets() {
        double[] linear = new double[41];
        for (int j = 0; j <= 40; j++) {
            linear[j] = 1.93 + j * 0.151;
        }
        // near 8 a bucket is 4/64 = 0.0625 wide: one bin of 0.151 spans 2.4 buckets, two span 4.8
        assertEquals(2, MetricHistogramChart.mergeFactor(linear));
        double[] log = new double[41];
        for (int j = 0; j <= 40; j++) {
            log[j] = 86.5 * Math.pow(10, j * 0.151);
        }
        assertEquals(1, MetricHistogramChart.mergeFactor(log));
    }

    @Test
    void fileNamesAreSafeAndUnique() {
        assertEquals("odd_name_quotes_x", FileNames.sanitise("odd <name> & \"quotes\"/../x"));
        assertEquals("unnamed", FileNames.sanitise("../.."));
        assertEquals("ai_r_d_automated", FileNames.sanitise("AI R&D automated"));
        Set<String> taken = new TreeSet<>();
        assertEquals("fan-a_b", FileNames.stem("fan", "a b", taken));
        assertEquals("fan-a_b-2", FileNames.stem("fan", "a/b", taken));
        assertEquals(60, FileNames.sanitise("x".repeat(200)).length());
    }

    private static String svg(String stem) throws IOException {
        return Files.readString(dir.resolve(stem + ".svg"), StandardCharsets.UTF_8);
    }

    /** Parses XML without fetching the SVG document type's DTD from the network. */
    static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder b = f.newDocumentBuilder();
        return b.parse(new ByteArrayInputStream(bytes));
    }

    /** Returns the x tick labels listed in an SVG description. */
    static List<String> tickLabels(String desc) {
        Matcher ticks = Pattern.compile("tick labels ([^.]*(\\.[0-9][^.]*)*)\\.").matcher(desc);
        assertTrue(ticks.find(), "no tick labels in " + desc);
        return List.of(ticks.group(1).split(", "));
    }

    /** Returns the unescaped text of the first element of that name. */
    static String element(String svg, String name) {
        Matcher m = Pattern.compile("<" + name + ">([^<]*)</" + name + ">").matcher(svg);
        assertTrue(m.find(), "no <" + name + "> element");
        return unescape(m.group(1));
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Returns the text content of every SVG text element, unescaped. */
    static List<String> texts(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
        while (m.find()) {
            out.add(unescape(m.group(1)));
        }
        return out;
    }
}
