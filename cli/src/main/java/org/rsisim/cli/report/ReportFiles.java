package org.rsisim.cli.report;

import org.rsisim.scenario.report.DataFiles;
import org.rsisim.scenario.report.ReportContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every report of a context into a directory: {@code table.txt}, {@code result.json}, {@code metrics.csv},
 * {@code events.csv}, {@code series.csv}, {@code summary.csv}, {@code sweep.csv} (for a sweep), the charts and
 * {@code report.html}. Files are UTF-8 with {@code '\n'} line ends. Not thread-safe for one directory.
 */
public final class ReportFiles {
    private ReportFiles() {
    }

    /**
     * Writes the reports, creating the directory if needed.
     *
     * @param ctx the context
     * @param dir the directory
     * @param graphics the chart and HTML writer
     * @return the files written by this method (the chart writer's files are not listed)
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(ReportContext ctx, Path dir, GraphicReports graphics) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(text(dir.resolve("table.txt"), TableReport.format(ctx)));
        written.addAll(DataFiles.write(ctx, dir));
        graphics.writeCharts(ctx, dir);
        if (graphics.available()) {
            Path html = dir.resolve("report.html");
            graphics.writeHtml(ctx, html);
            written.add(html);
        }
        return written;
    }

    private static Path text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
