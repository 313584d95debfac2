package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rsisim.cli.report.GraphicReports;

/** Ctrl-C (the shutdown hook's call to Session.interrupt) stops the run and writes the partial result. */
class InterruptTest {
    @TempDir
    Path dir;

    @Test
    void interruptWritesAPartialResult() throws Exception {
        Path f = Cli.write(dir, "slow.yaml", "model: test-slow\nruns: 100000\nblock-size: 64\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, GraphicReports.NONE);
        int[] status = new int[1];
        Thread command = new Thread(() -> {
            status[0] = Main.execute(session, "run", f.toString(), "--format", "json", "--threads", "2", "--out",
                    dir.resolve("partial").toString());
            session.finish();
        });
        long before = TestModels.Slow.FINISHED.get();
        command.start();
        // Interrupt once each of the two threads has had time to finish a block of 64 runs, however loaded the
        // machine: a fixed sleep interrupted before any block had finished when other processes held the cores.
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (TestModels.Slow.FINISHED.get() - before < 3 * 64 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(session.interrupt(20_000), "the command finished after the interrupt");
        command.join();
        assertEquals(Runner.INTERRUPTED, status[0], err.toString(StandardCharsets.UTF_8));
        JsonNode doc = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertTrue(doc.at("/manifest/partial").asBoolean());
        long runs = doc.at("/manifest/runs").asLong();
        assertTrue(runs > 0 && runs < 100000, "runs " + runs);
        assertEquals(runs, doc.at("/metrics/u/count").asLong());
        JsonNode written = new ObjectMapper().readTree(dir.resolve("partial/result.json").toFile());
        assertTrue(written.at("/manifest/partial").asBoolean());
    }
}
