package org.rsisim.cli.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The look shared by every chart: white background, light grid, legend inside the plot, root-locale numbers (a
 * decimal point, never a comma), year axes without thousands separators, and colours that stay distinct in grey
 * print and for the common forms of colour blindness (the Okabe-Ito palette).
 *
 * <p>Stateless; thread-safe.
 */
final class ChartStyle {
    /** Blue of the Okabe-Ito palette, for estimates and their bands. */
    static final Color BLUE = new Color(0, 114, 178);
    /** Vermilion of the Okabe-Ito palette, for means and contrasts. */
    static final Color VERMILION = new Color(213, 94, 0);
    /** Bluish green of the Okabe-Ito palette. */
    static final Color GREEN = new Color(0, 158, 115);
    /** Dark grey for reference lines. */
    static final Color GREY = new Color(90, 90, 90);
    /** Axis tick pattern for years and other index values: no grouping, at most two decimals. */
    static final String YEAR_PATTERN = "0.##";

    private ChartStyle() {
    }

    /**
     * Creates an empty XY chart with the shared look.
     *
     * @param title what the chart shows
     * @param xTitle x-axis title with unit
     * @param yTitle y-axis title with unit
     * @return the chart
     */
    static XYChart xyChart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(Figure.WIDTH).height(Figure.CHART_HEIGHT).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        var s = chart.getStyler();
        s.setLocale(Locale.ROOT);
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setPlotBorderColor(new Color(180, 180, 180));
        s.setPlotGridLinesColor(new Color(225, 225, 225));
        // solid: the SVG writer draws a dashed line as one filled rectangle per dash, 8 KB per grid line
        s.setPlotGridLinesStroke(new BasicStroke(1f));
        s.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        s.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        s.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        s.setLegendPosition(Styler.LegendPosition.InsideNW);
        s.setLegendBackgroundColor(new Color(255, 255, 255, 225));
        s.setLegendBorderColor(new Color(200, 200, 200));
        s.setChartTitleBoxVisible(false);
        s.setPlotMargin(6);
        s.setToolTipsEnabled(false);
        return chart;
    }

    /**
     * Prints the x axis's tick labels as years or other index values: 2028, not 2,028; and asks XChart for about one
     * tick per unit of the index (one per year, one per generation) when the axis spans at most about ten units,
     * since fractions of a year or a generation are seldom what a reader wants to see labelled.
     *
     * @param chart the chart
     * @param span the width of the x axis in index units
     * @return the formatter XChart calls for each tick label, which remembers what it drew
     */
    static TickLabels plainXAxis(XYChart chart, double span) {
        TickLabels labels = new TickLabels();
        if (span > 0) {
            int pixelsPerUnit = (int) Math.min(400, 780 / span);
            if (pixelsPerUnit > chart.getStyler().getXAxisTickMarkSpacingHint()) {
                chart.getStyler().setXAxisTickMarkSpacingHint(pixelsPerUnit);
            }
        }
        chart.getStyler().setXAxisDecimalPattern(YEAR_PATTERN);
        chart.getStyler().setxAxisTickLabelsFormattingFunction(labels);
        return labels;
    }

    /**
     * Adds a line series drawn without markers.
     *
     * @param chart the chart
     * @param name legend text
     * @param x x values, finite
     * @param y y values, finite
     * @param color line colour
     * @param width line width in pixels
     * @param dashed whether the line is dashed
     * @return the series
     */
    static XYSeries line(XYChart chart, String name, double[] x, double[] y, Color color, float width,
                         boolean dashed) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        s.setLineColor(color);
        s.setLineStyle(dashed ? new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10,
                new float[] {6, 4}, 0) : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        return s;
    }

    /**
     * Adds a filled polygon series (a band or a bar) without outline or markers.
     *
     * @param chart the chart
     * @param name legend text
     * @param x polygon x coordinates
     * @param y polygon y coordinates
     * @param fill fill colour, with alpha for bands
     * @param inLegend whether the polygon has a legend entry
     * @return the series
     */
    static XYSeries polygon(XYChart chart, String name, double[] x, double[] y, Color fill, boolean inLegend) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        s.setMarker(SeriesMarkers.NONE);
        s.setFillColor(fill);
        s.setLineColor(new Color(0, 0, 0, 0));
        s.setLineStyle(new BasicStroke(0.01f));
        s.setShowInLegend(inLegend);
        return s;
    }

    /**
     * Returns the fonts a chart draws its text in: title, axis titles, tick labels, legend, annotations.
     *
     * @param chart the chart
     * @return the fonts, without repeats
     */
    static List<Font> fonts(XYChart chart) {
        var s = chart.getStyler();
        return new java.util.ArrayList<>(new java.util.LinkedHashSet<>(List.of(s.getAxisTickLabelsFont(),
                s.getLegendFont(), s.getAxisTitleFont(), s.getChartTitleFont(), s.getAnnotationTextFont())));
    }

    /**
     * Returns a colour with the given opacity.
     *
     * @param c the colour
     * @param alpha opacity from 0 to 255
     * @return the translucent colour
     */
    static Color alpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /**
     * Returns a painter for a chart that has nothing to draw: the title, and a message in the middle saying why.
     *
     * @param title the chart's title
     * @param message why there is nothing to draw
     * @return the painter
     */
    static java.util.function.BiConsumer<Graphics2D, java.awt.Dimension> empty(String title, String message) {
        return (g, size) -> {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size.width, size.height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
            int tw = g.getFontMetrics().stringWidth(title);
            g.drawString(title, Math.max(10, (size.width - tw) / 2), 30);
            g.setColor(new Color(180, 180, 180));
            g.drawRect(10, 45, size.width - 20, size.height - 55);
            g.setColor(GREY);
            g.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 14));
            int mw = g.getFontMetrics().stringWidth(message);
            g.drawString(message, Math.max(20, (size.width - mw) / 2), size.height / 2);
        };
    }

    /**
     * Splits step indices into maximal runs of consecutive indices where every given array is finite, so that
     * lines and bands have gaps where no run reached a step instead of lines drawn through NaN.
     *
     * @param arrays arrays of equal length
     * @return {@code [from, to)} index ranges, in order
     */
    static List<int[]> finiteSegments(double[]... arrays) {
        int n = arrays[0].length;
        List<int[]> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean ok = i < n;
            for (int a = 0; ok && a < arrays.length; a++) {
                ok = Double.isFinite(arrays[a][i]);
            }
            if (ok && start < 0) {
                start = i;
            } else if (!ok && start >= 0) {
                out.add(new int[] {start, i});
                start = -1;
            }
        }
        return out;
    }
}
