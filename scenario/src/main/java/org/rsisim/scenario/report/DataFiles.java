package org.rsisim.scenario.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the data files of a result, the part of a report that needs no terminal and no chart library, so that a
 * cluster job writes them as the command line does: {@code result.json} (docs/json.md), {@code metrics.csv},
 * {@code events.csv}, {@code series.csv}, {@code summary.csv}, {@code sweep.csv} for a sweep, and
 * {@code scenario.yaml}, the resolved scenario that reproduces the result, when the context has it. Stateless.
 */
public final class DataFiles {
    private DataFiles() {
    }

    /**
     * Writes the data files into a directory, creating it if needed, replacing files of the same names.
     *
     * @param ctx the report context
     * @param dir the directory
     * @return the files written, in the order above
     * @throws IOException if a file cannot be written
     */
    public static List<Path> write(ReportContext ctx, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(text(dir.resolve("result.json"), JsonReport.format(ctx)));
        written.add(text(dir.resolve("metrics.csv"), CsvReport.metrics(ctx.result())));
        written.add(text(dir.resolve("events.csv"), CsvReport.events(ctx.result())));
        written.add(text(dir.resolve("series.csv"), CsvReport.series(ctx.result())));
        written.add(text(dir.resolve("summary.csv"), CsvReport.summary(ctx.result())));
        if (!ctx.sweep().isEmpty()) {
            written.add(text(dir.resolve("sweep.csv"), CsvReport.sweep(ctx)));
        }
        if (!ctx.resolvedScenario().isEmpty()) {
            written.add(text(dir.resolve("scenario.yaml"), ctx.resolvedScenario()));
        }
        return written;
    }

    private static Path text(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
