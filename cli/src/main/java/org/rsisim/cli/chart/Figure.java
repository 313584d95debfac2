package org.rsisim.cli.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * One chart ready to be written: a painter that draws the chart into a rectangle, and caption lines drawn below
 * it. The same drawing goes to PNG (a bitmap at twice the nominal size, for sharp text) and to SVG (vector text
 * and paths, through VectorGraphics2D, the library XChart itself uses for SVG).
 *
 * <p>Immutable once built; {@link #png()} and {@link #svg()} may be called from any thread, but Java2D text layout
 * of the XChart chart object behind the painter is not documented as thread-safe, so one figure should not be
 * rendered by two threads at once.
 */
final class Figure {
    /** Nominal chart width in pixels (SVG user units). */
    static final int WIDTH = 900;
    /** Nominal height of the chart part, above the caption. */
    static final int CHART_HEIGHT = 540;
    /** Scale of the PNG bitmap relative to the nominal size. */
    static final int PNG_SCALE = 2;

    private static final Font CAPTION_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final int CAPTION_MARGIN = 14;
    private static final int LINE_HEIGHT = 16;

    private static final Pattern PATH_DATA = Pattern.compile("\\bd=\"([^\"]*)\"");
    private static final Pattern LONG_DECIMAL = Pattern.compile("(\\d\\.\\d\\d)\\d+");
    private static final Pattern TEXT_STYLE = Pattern.compile("<text style=\"([^\"]*)\"");
    private static final Pattern FONT_FAMILY = Pattern.compile("font-family:((?:&quot;[^&]*&quot;)|[^;]*);");
    /** What VectorGraphics2D leaves out of a text's style when it equals its own default font, Dialog 12. */
    private static final Font VECTOR_DEFAULT_FONT = Font.decode(null);

    private final String stem;
    private final String title;
    private final BiConsumer<Graphics2D, java.awt.Dimension> painter;
    private final XYChart chart;
    private final TickLabels xTicks;
    private final List<String> captionLines;
    private final List<String> annotations;

    private Figure(String stem, String title, BiConsumer<Graphics2D, java.awt.Dimension> painter, XYChart chart,
                   TickLabels xTicks, List<String> captionLines, List<String> annotations) {
        this.stem = Objects.requireNonNull(stem, "stem");
        this.title = Objects.requireNonNull(title, "title");
        this.painter = Objects.requireNonNull(painter, "painter");
        this.chart = chart;
        this.xTicks = xTicks;
        this.captionLines = List.copyOf(captionLines);
        this.annotations = List.copyOf(annotations);
    }

    /**
     * Creates the figure of an XChart chart.
     *
     * @param stem the file name without extension, already made safe by {@link FileNames}
     * @param chart the chart, titled, sized {@link #WIDTH} by {@link #CHART_HEIGHT}
     * @param xTicks the x axis's tick formatter, whose labels go into the SVG description; {@code null} if XChart
     *        formats the x axis itself
     * @param captionLines paragraphs drawn below the chart, wrapped to its width
     * @param annotations text the chart draws inside its plot, repeated in the SVG description
     * @return the figure
     */
    static Figure of(String stem, XYChart chart, TickLabels xTicks, List<String> captionLines,
                     String... annotations) {
        return new Figure(stem, chart.getTitle(), (g, size) -> chart.paint(g, size.width, size.height), chart,
                xTicks, captionLines, List.of(annotations));
    }

    /**
     * Writes each figure as {@code STEM.png} and {@code STEM.svg} into a directory, creating it if needed.
     *
     * @param figures the figures, with unique stems
     * @param dir the directory
     * @return the written files, PNG then SVG for each figure, in the figures' order
     * @throws IOException if a file cannot be written
     */
    static List<Path> writeAll(List<Figure> figures, Path dir) throws IOException {
        Objects.requireNonNull(dir, "dir");
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Figure f : figures) {
            Path png = dir.resolve(f.stem() + ".png");
            Files.write(png, f.png());
            written.add(png);
            Path svg = dir.resolve(f.stem() + ".svg");
            Files.writeString(svg, f.svg(), StandardCharsets.UTF_8);
            written.add(svg);
        }
        return written;
    }

    /**
     * Creates a figure for a chart that has nothing to draw: its title and a message in the middle saying why.
     *
     * @param stem the file name without extension
     * @param title the chart's title
     * @param message why there is nothing to draw, such as "No data: no counted run recorded this series"
     * @param captionLines paragraphs drawn below
     * @return the figure
     */
    static Figure noData(String stem, String title, String message, List<String> captionLines) {
        return new Figure(stem, title, ChartStyle.empty(title, message), null, null,
                concat(List.of(message + "."), captionLines), List.of());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** @return the file name without extension */
    String stem() {
        return stem;
    }

    /** @return the chart's title */
    String title() {
        return title;
    }

    /** @return the caption paragraphs */
    List<String> captionLines() {
        return captionLines;
    }

    /**
     * Renders the figure as a PNG image.
     *
     * @return the PNG bytes
     */
    byte[] png() {
        List<String> wrapped = wrapCaption();
        int height = totalHeight(wrapped);
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, height * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(PNG_SCALE, PNG_SCALE);
            draw(g, wrapped, height);
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    /**
     * Encodes an image as PNG in memory. {@code ImageIO.write} would buffer through a temporary file whose cleanup
     * registers a shutdown hook, which fails with "Shutdown in progress" while the command writes the report of a
     * run stopped by Ctrl-C; a memory-cached stream registers nothing.
     */
    private static byte[] encodePng(BufferedImage image) {
        java.util.Iterator<javax.imageio.ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("no PNG writer is installed in this Java runtime");
        }
        javax.imageio.ImageWriter writer = writers.next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (javax.imageio.stream.ImageOutputStream stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * Renders the figure as a standalone SVG document with its text as SVG text: XChart fills glyph outlines for its
     * title, axis titles, tick labels and legend, which {@link TextVectorGraphics} turns back into strings (an
     * outline that cannot be read stays a path). Every text element states its font size and family, with
     * {@code sans-serif} as the fallback family, so that a browser lays the caption out at the size it was wrapped
     * for. The document also carries the chart's text in its {@code <title>} and {@code <desc>} elements, with the
     * tick labels of an index axis exactly as drawn. Path coordinates are cut to two decimals (a hundredth of a
     * pixel), which halves the size of the paths without a visible change.
     *
     * @return the SVG text, UTF-8, with an XML declaration and the SVG 1.1 document type
     */
    String svg() {
        List<String> wrapped = wrapCaption();
        int height = totalHeight(wrapped);
        VectorGraphics2D g = new TextVectorGraphics(chart == null ? List.of() : ChartStyle.fonts(chart));
        if (xTicks != null) {
            xTicks.clear();
        }
        draw(g, wrapped, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, height)).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String svg = out.toString(StandardCharsets.UTF_8);
        svg = PATH_DATA.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(
                "d=\"" + LONG_DECIMAL.matcher(m.group(1)).replaceAll("$1") + "\""));
        svg = TEXT_STYLE.matcher(svg).replaceAll(m -> Matcher.quoteReplacement(
                "<text style=\"" + textStyle(m.group(1)) + "\""));
        int open = svg.indexOf("<svg");
        int end = open < 0 ? -1 : svg.indexOf('>', open);
        if (end < 0) {
            throw new IllegalStateException("the SVG renderer produced no <svg> element");
        }
        return svg.substring(0, end + 1) + "\n  <title>" + xml(title) + "</title>\n  <desc>" + xml(description())
                + "</desc>" + svg.substring(end + 1);
    }

    /**
     * Returns the text XChart drew as outlines: title, axis titles, the index axis's tick labels, legend entries.
     *
     * @return one paragraph
     */
    String description() {
        StringBuilder d = new StringBuilder(title).append('.');
        if (chart != null) {
            d.append(" Horizontal axis: ").append(chart.getXAxisTitle());
            if (xTicks != null) {
                double min = Double.POSITIVE_INFINITY;
                double max = Double.NEGATIVE_INFINITY;
                for (XYSeries s : chart.getSeriesMap().values()) {
                    min = Math.min(min, s.getXMin());
                    max = Math.max(max, s.getXMax());
                }
                Double setMin = chart.getStyler().getXAxisMin();
                Double setMax = chart.getStyler().getXAxisMax();
                List<String> labels = xTicks.labels(setMin != null ? setMin : min, setMax != null ? setMax : max);
                if (!labels.isEmpty()) {
                    d.append(", tick labels ").append(String.join(", ", labels));
                }
            }
            d.append(". Vertical axis: ").append(chart.getYAxisTitle()).append(". Legend: ");
            List<String> legend = new ArrayList<>();
            for (XYSeries s : chart.getSeriesMap().values()) {
                if (s.isShowInLegend()) {
                    legend.add(s.getName());
                }
            }
            d.append(String.join("; ", legend)).append('.');
        }
        for (String a : annotations) {
            d.append(' ').append(a).append('.');
        }
        return d.toString();
    }

    /**
     * Completes the style of an SVG text element: VectorGraphics2D omits the font size and family when they equal
     * its default font's, which leaves a browser at its own default size (16 px), wider than the text was wrapped
     * for; and it names one family without a generic fallback.
     */
    static String textStyle(String style) {
        String s = style;
        if (!s.contains("font-family:")) {
            s += "font-family:&quot;" + physicalFamily(VECTOR_DEFAULT_FONT) + "&quot;;";
        }
        s = FONT_FAMILY.matcher(s).replaceAll(m -> Matcher.quoteReplacement("font-family:" + m.group(1)
                + (m.group(1).endsWith("sans-serif") ? "" : ",sans-serif") + ";"));
        if (!s.contains("font-size:")) {
            s += "font-size:" + VECTOR_DEFAULT_FONT.getSize() + "px;";
        }
        return s;
    }

    private static String physicalFamily(Font font) {
        return de.erichseifert.vectorgraphics2d.util.GraphicsUtils.getPhysicalFont(font).getFamily();
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void draw(Graphics2D g, List<String> wrapped, int height) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        Graphics2D chart = (Graphics2D) g.create();
        try {
            painter.accept(chart, new java.awt.Dimension(WIDTH, CHART_HEIGHT));
        } finally {
            chart.dispose();
        }
        g.setFont(CAPTION_FONT);
        g.setColor(new Color(60, 60, 60));
        int y = CHART_HEIGHT + CAPTION_MARGIN / 2 + LINE_HEIGHT - 4;
        for (String line : wrapped) {
            g.drawString(line, CAPTION_MARGIN, y);
            y += LINE_HEIGHT;
        }
    }

    private static int totalHeight(List<String> wrapped) {
        return CHART_HEIGHT + CAPTION_MARGIN + wrapped.size() * LINE_HEIGHT;
    }

    private List<String> wrapCaption() {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            FontMetrics metrics = g.getFontMetrics(CAPTION_FONT);
            int limit = WIDTH - 2 * CAPTION_MARGIN;
            List<String> lines = new ArrayList<>();
            for (String paragraph : captionLines) {
                StringBuilder line = new StringBuilder();
                for (String word : paragraph.split(" ")) {
                    String candidate = line.length() == 0 ? word : line + " " + word;
                    if (line.length() > 0 && metrics.stringWidth(candidate) > limit) {
                        lines.add(line.toString());
                        line = new StringBuilder(word);
                    } else {
                        line = new StringBuilder(candidate);
                    }
                }
                lines.add(line.toString());
            }
            return lines;
        } finally {
            g.dispose();
        }
    }
}
