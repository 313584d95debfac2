package org.rsisim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rsisim.cli.report.GraphicReports;

/** {@code rsisim serve} prints its URL first, answers on it, refuses a bad option, and stops on Ctrl-C. */
class ServeCommandTest {
    @Test
    void printsItsUrlFirstAndStopsOnInterrupt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Session session = new Session(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, GraphicReports.NONE);
        int[] status = {-1};
        Thread command = new Thread(() -> {
            status[0] = Main.execute(session, "serve", "--port", "0", "--threads", "1");
            session.finish();
        });
        command.start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!out.toString(StandardCharsets.UTF_8).contains("\n") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        String first = out.toString(StandardCharsets.UTF_8).lines().findFirst().orElse("");
        assertTrue(first.matches("http://127\\.0\\.0\\.1:\\d+/\\?token=[A-Za-z0-9_-]{32}"), first);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(first)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>rsisim</title>"));
        String noToken = first.substring(0, first.indexOf('?'));
        assertEquals(403, http.send(HttpRequest.newBuilder(URI.create(noToken)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertTrue(session.interrupt(20_000), "the command finished after the interrupt");
        command.join();
        assertEquals(0, status[0], err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadTokenIsBadInput() {
        Cli.Outcome r = Cli.run("serve", "--port", "0", "--token", "short");
        assertEquals(Main.BAD_INPUT, r.status());
        assertTrue(r.err().contains("token must be 16 to 256 characters"), r.err());
    }
}
