package org.rsisim.cli.report;

import java.io.IOException;
import java.nio.file.Path;
import org.rsisim.scenario.report.ReportContext;

/**
 * Writes the graphic reports of a result: the charts (PNG and SVG) into a directory, and one self-contained HTML
 * page. The command calls it through this interface so that the chart writer can be replaced, or left out of a
 * build that does not draw charts; the XChart writer is {@code org.rsisim.cli.chart.XChartReports}.
 */
public interface GraphicReports {
    /** Writes nothing; used when no chart writer is installed. */
    GraphicReports NONE = new GraphicReports() {
        @Override
        public void writeCharts(ReportContext ctx, Path dir) {
        }

        @Override
        public void writeHtml(ReportContext ctx, Path file) {
        }

        @Override
        public boolean available() {
            return false;
        }
    };

    /**
     * Writes every chart of the context into a directory.
     *
     * @param ctx the report context
     * @param dir an existing directory
     * @throws IOException if a file cannot be written
     */
    void writeCharts(ReportContext ctx, Path dir) throws IOException;

    /**
     * Writes the HTML page of the context.
     *
     * @param ctx the report context
     * @param file the page to write
     * @throws IOException if the file cannot be written
     */
    void writeHtml(ReportContext ctx, Path file) throws IOException;

    /**
     * Returns whether this writer draws anything.
     *
     * @return {@code true} unless this is {@link #NONE}
     */
    default boolean available() {
        return true;
    }
}
