package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real process: {@code rsisim run clark-2028 --out DIR} in its own Java process receives SIGINT from
 * {@code kill -INT} while it runs, and must exit with status 130 after writing a complete report of the runs that
 * finished (table, JSON, CSV, every chart as PNG and SVG, report.html), each marked partial.
 */
class SigintProcessTest {
    private static final long REQUESTED = 50_000_000L;

    @TempDir
    Path dir;

    @Test
    void sigintWritesACompletePartialReportAndExits130() throws Exception {
        assumeTrue(new File("/proc/self/status").exists() && onPath("kill"),
                "needs Linux's /proc and the kill command to send SIGINT");
        Path out = dir.resolve("report");
        List<String> command = new ArrayList<>();
        if (onPath("perl")) {
            // A process started from a background job inherits SIGINT as ignored, and the Java runtime then keeps
            // ignoring it; perl restores the default disposition before it becomes the Java process (same pid).
            command.addAll(List.of("perl", "-e", "$SIG{INT} = 'DEFAULT'; exec @ARGV or die $!"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "run", "clark-2028", "--runs", Long.toString(REQUESTED), "--threads", "2",
                "--out", out.toString()));
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            assertFalse(sigintIgnored(p.pid()), "the child process ignores SIGINT, so the signal cannot be tested");
            // Wait until the runs are under way: the Java runtime has started and compiled the scenario.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (cpu(p).compareTo(Duration.ofSeconds(4)) < 0 && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertTrue(p.isAlive(), "the run ended before it was interrupted: " + Files.readString(stderr));
            Thread.sleep(1000);
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -INT " + p.pid());
            assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the process ended within 600 s of SIGINT");
        } finally {
            p.destroyForcibly();
        }
        String err = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(Runner.INTERRUPTED, p.exitValue(), err);
        assertFalse(err.contains("Exception"), err);
        assertTrue(err.contains("The result is partial"), err);

        JsonNode json = new ObjectMapper().readTree(out.resolve("result.json").toFile());
        assertTrue(json.at("/manifest/partial").asBoolean(), "result.json is marked partial");
        long runs = json.at("/manifest/runs").asLong();
        assertTrue(runs > 0 && runs < REQUESTED, "finished runs " + runs);

        for (String file : List.of("table.txt", "metrics.csv", "events.csv", "series.csv", "summary.csv")) {
            assertTrue(Files.size(out.resolve(file)) > 0, file);
        }
        List<String> charts;
        try (Stream<Path> files = Files.list(out)) {
            charts = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".svg")).sorted().toList();
        }
        // clark-2028 reports 4 series, 1 event and 5 metrics: 10 charts.
        assertEquals(10, charts.size(), "charts written: " + charts);
        for (String svg : charts) {
            String png = svg.replace(".svg", ".png");
            assertTrue(Files.size(out.resolve(png)) > 1000, png);
            assertTrue(Files.readString(out.resolve(svg)).trim().endsWith("</svg>"), svg + " is complete");
        }
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("Partial result"), "report.html says partial");
        assertTrue(html.contains(" of " + REQUESTED + " requested runs"), "report.html gives the requested runs");
        assertTrue(html.trim().endsWith("</html>"), "report.html is complete");
        assertEquals(charts.size(), html.split("<figure ", -1).length - 1, "every chart is in report.html");
        String table = Files.readString(out.resolve("table.txt"), StandardCharsets.UTF_8);
        assertTrue(table.toLowerCase(java.util.Locale.ROOT).contains("partial"), "table.txt says partial:\n" + table);
    }

    private static Duration cpu(Process p) {
        return p.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Reads bit 2 (SIGINT) of the process's ignored-signal mask. */
    private static boolean sigintIgnored(long pid) throws Exception {
        for (int i = 0; i < 50; i++) {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            String text = Files.readString(status);
            // perl may still be running: wait until the Java process has replaced it
            if (text.contains("Name:\tjava")) {
                for (String line : text.split("\n")) {
                    if (line.startsWith("SigIgn:")) {
                        return (Long.parseUnsignedLong(line.substring(7).trim(), 16) & 0b10) != 0;
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("process " + pid + " did not become a Java process");
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, program))) {
                return true;
            }
        }
        return false;
    }
}
