package org.rsisim.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.rsisim.core.Engine;
import org.rsisim.scenario.ScenarioSource;
import org.rsisim.scenario.report.JsonReport;
import org.rsisim.scenario.report.ReportContext;

/**
 * Abuse: a thousand malformed or unauthenticated requests are each refused with a 4xx status, never served and
 * never a server error; fifty runs started at once all finish, each with exactly its own result; and the server
 * still answers afterwards.
 */
class AbuseTest {
    /** Sends raw bytes and returns the status of the response, or -1 if the server closed the connection. */
    private static int raw(int port, byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(60_000);
            OutputStream out = s.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // the server may refuse a large body before reading it all
            }
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            String line = new String(head, StandardCharsets.ISO_8859_1);
            if (!line.startsWith("HTTP/1.1 ")) {
                return -1;
            }
            return Integer.parseInt(line.substring(9, 12));
        }
    }

    private static byte[] request(String method, String path, String host, Map<String, String> headers, byte[] body) {
        StringBuilder sb = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        if (host != null) {
            sb.append("Host: ").append(host).append("\r\n");
        }
        headers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            sb.append("Content-Type: application/json\r\nContent-Length: ").append(body.length).append("\r\n");
        }
        sb.append("Connection: close\r\n\r\n");
        byte[] h = sb.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (body == null) {
            return h;
        }
        byte[] all = new byte[h.length + body.length];
        System.arraycopy(h, 0, all, 0, h.length);
        System.arraycopy(body, 0, all, h.length, body.length);
        return all;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aThousandBadRequestsAreRefusedAndTheServerStillAnswers() throws Exception {
        try (ServeServer server = ServeServer.start(ServeConfig.defaults(ServeServer.newToken()).withThreadsPerRun(1)
                .withMaxRuns(10_000))) {
            int port = server.port();
            String t = "token=" + server.config().token();
            String host = "127.0.0.1:" + port;
            String wrong = "token=" + ServeServer.newToken();
            String big = "{\"text\": \"" + "x".repeat(3 << 20) + "\"}";
            List<byte[]> kinds = List.of(
                    request("GET", "/", host, Map.of(), null),
                    request("GET", "/?" + wrong, host, Map.of(), null),
                    request("GET", "/api/scenarios", host, Map.of(), null),
                    request("GET", "/api/scenarios?" + t.substring(0, t.length() - 1), host, Map.of(), null),
                    request("GET", "/api/scenarios?" + t, "evil.example:" + port, Map.of(), null),
                    request("GET", "/api/scenarios?" + t, "attacker.test", Map.of(), null),
                    request("GET", "/api/scenarios?" + t, "127.0.0.1:1", Map.of(), null),
                    request("POST", "/api/runs?" + t, host, Map.of("Origin", "http://evil.example"),
                            utf8("{\"scenario\": \"clark-2028\", \"runs\": 10}")),
                    request("POST", "/api/runs?" + t, host, Map.of("Origin", "http://127.0.0.1:" + (port + 1)),
                            utf8("{\"scenario\": \"clark-2028\", \"runs\": 10}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{not json")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("[1, 2, 3]")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": 5}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"../../etc/passwd\"}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"text\": \"extends: /etc/passwd\\n\"}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"clark-2028\", \"runs\": -4}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"clark-2028\", \"runs\": 1e99}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"clark-2028\", \"runs\": 10, "
                            + "\"edits\": {\"base_generation_years\": \"1\\nextends: /etc/passwd\"}}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"clark-2028\", \"runs\": 10, "
                            + "\"edits\": {\"a: b\": 1}}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"clark-2028\", \"runs\": 10, "
                            + "\"edits\": {\"base_generation_years\": \"{uniform: [1\"}}")),
                    request("POST", "/api/runs?" + t, host, Map.of(), utf8("{\"scenario\": \"clark-2028\", \"runs\": 10, "
                            + "\"compare\": 3}")),
                    request("DELETE", "/api/runs?" + t, host, Map.of(), null),
                    request("GET", "/api/runs?" + t, host, Map.of(), null),
                    request("GET", "/api/runs/0123456789abcdef/result.json?" + t, host, Map.of(), null),
                    request("POST", "/api/runs/nope/cancel?" + t, host, Map.of(), utf8("{}")),
                    request("GET", "/static/../../../etc/passwd?" + t, host, Map.of(), null),
                    request("GET", "/static/%2e%2e/%2e%2e/etc/passwd?" + t, host, Map.of(), null),
                    request("GET", "/etc/passwd?" + t, host, Map.of(), null),
                    request("GET", "/api/scenario?name=%2Fetc%2Fpasswd&" + t, host, Map.of(), null),
                    request("PUT", "/?" + t, host, Map.of(), utf8("{}")),
                    request("POST", "/api/scenario?" + t, host, Map.of(), utf8(big)),
                    utf8("GARBAGE\r\n\r\n"),
                    utf8("GET / HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: -5\r\n\r\n"));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                byte[] r = kinds.get(i % kinds.size());
                statuses.add(pool.submit(() -> raw(port, r)));
            }
            Map<Integer, Integer> counts = new TreeMap<>();
            for (Future<Integer> f : statuses) {
                counts.merge(f.get(), 1, Integer::sum);
            }
            pool.shutdown();
            for (int status : counts.keySet()) {
                assertTrue(status >= 400 && status < 500, "every bad request is refused with a 4xx: " + counts);
            }
            assertEquals(1000, counts.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(counts.getOrDefault(403, 0) >= 1000 * 9 / kinds.size(), "token, Host and Origin: " + counts);
            Http http = new Http(server);
            assertEquals(200, http.get("/api/scenarios").statusCode());
            String id = http.start("{\"scenario\": \"clark-2028\", \"runs\": 500}");
            assertEquals("done", http.await(id).get("state").asText());
        }
    }

    @Test
    void fiftyRunsAtOnceEachGetTheirOwnResult() throws Exception {
        int n = 50;
        try (ServeServer server = ServeServer.start(ServeConfig.defaults(ServeServer.newToken()).withThreadsPerRun(1)
                .withConcurrentRuns(2).withQueuedRuns(64))) {
            Http http = new Http(server);
            ExecutorService pool = Executors.newFixedThreadPool(n);
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String text = text(i);
                results.add(pool.submit(() -> {
                    ObjectNode body = Http.JSON.createObjectNode().put("text", text);
                    String id = http.start(body.toString());
                    JsonNode done = http.await(id);
                    if (!"done".equals(done.get("state").asText())) {
                        throw new AssertionError(done.toString());
                    }
                    return http.get("/api/runs/" + id + "/result.json").body();
                }));
            }
            Engine engine = Engine.withThreads(1);
            for (int i = 0; i < n; i++) {
                String json = results.get(i).get();
                var scenario = ScenarioSource.text("run-" + i + ".yaml", text(i)).compile();
                String expected = JsonReport.format(ReportContext.of(scenario.name(),
                        scenario.report().filter(engine.run(scenario.experiment(org.rsisim.scenario.Overrides.NONE)))));
                assertEquals(stable(expected), stable(json), "run " + i);
            }
            pool.shutdown();
            assertEquals(200, http.get("/api/scenarios").statusCode());
        }
    }

    private static String text(int i) {
        return "name: run-" + i + "\nextends: clark-2028\nruns: 2000\nseed: " + (1000 + i) + "\nparameters:\n"
                + "  automation_width_ooms: " + (0.3 + i / 50.0) + "\n";
    }

    private static JsonNode stable(String json) throws IOException {
        ObjectNode o = (ObjectNode) Http.JSON.readTree(json);
        ((ObjectNode) o.get("manifest")).remove(List.of("wallTimeSeconds", "threads"));
        return o;
    }
}
