package org.rsisim.cli.chart;

import java.io.IOException;
import java.nio.file.Path;
import org.rsisim.cli.report.GraphicReports;
import org.rsisim.scenario.report.ReportContext;

/** The graphic reports of this build: charts drawn with XChart ({@link ChartReport}), the page of {@link HtmlReport}. */
public final class XChartReports implements GraphicReports {
    private static final XChartReports INSTANCE = new XChartReports();

    private XChartReports() {
    }

    /**
     * Returns the chart writer of this build.
     *
     * @return the XChart writer
     */
    public static GraphicReports installed() {
        return INSTANCE;
    }

    @Override
    public void writeCharts(ReportContext ctx, Path dir) throws IOException {
        ChartReport.writeAll(ctx, dir);
    }

    @Override
    public void writeHtml(ReportContext ctx, Path file) throws IOException {
        HtmlReport.write(ctx, file);
    }
}
