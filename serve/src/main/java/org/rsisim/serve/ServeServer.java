package org.rsisim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.rsisim.core.Engine;
import org.rsisim.scenario.NamedScenario;
import org.rsisim.scenario.ScenarioCatalog;

/**
 * The local web server behind {@code rsisim serve}: the page, its scripts and the chart library (uPlot, shipped in
 * the jar, so the page needs no network), and the API the page calls. Built on Jetty's core handler API.
 *
 * <p>Safe by default, as a notebook server is: every request must carry the random token of the printed URL; the
 * {@code Host} header must name the loopback address (or the bind address), so a page of another site that rebinds
 * its DNS name to 127.0.0.1 is refused; a POST whose {@code Origin} is another site is refused; runs per request and
 * seconds per run are capped, at most {@link ServeConfig#concurrentRuns()} run at once and
 * {@link ServeConfig#queuedRuns()} wait, and any more are refused with status 429 and a message saying so; a bad
 * scenario or value is answered with status 400 and the located message the command line gives; nothing in a request
 * names a file of the server. Responses forbid framing, sniffing and referrers.
 *
 * <p>The API, every path under the server's root and with the token:
 * <ul>
 * <li>{@code GET /api/scenarios}: the bundled scenarios;</li>
 * <li>{@code GET /api/scenario?name=NAME} and {@code POST /api/scenario} with {@code {"text": YAML}}: a scenario's
 * parameters with unit, range, description and value;</li>
 * <li>{@code POST /api/runs} with {@code {"scenario": NAME} or {"text": YAML}, "edits": {PARAMETER: VALUE},
 * "runs": N, "seed": S}} and optionally {@code "compare": {"edits": {...}}}: starts a run (or a comparison of B
 * against A on common random numbers) and answers 202 with its id;</li>
 * <li>{@code GET /api/runs/ID/events}: its progress as server-sent events, ending with {@code done};</li>
 * <li>{@code POST /api/runs/ID/cancel}; {@code GET /api/runs/ID}: its state;</li>
 * <li>{@code GET /api/runs/ID/FILE}: {@code result.json}, {@code summary.csv}, {@code metrics.csv},
 * {@code events.csv}, {@code series.csv}, {@code compare.json}, {@code scenario.yaml}, {@code scenario-b.yaml};</li>
 * <li>{@code POST /api/yaml} with a run's body: configuration A as a scenario file.</li>
 * </ul>
 *
 * <p>A result depends only on the scenario, the edits, the runs and the seed, never on the server's load or thread
 * count: the engine gives the same bits for any thread count. Thread-safe.
 */
public final class ServeServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BODY = 2 << 20;
    private static final int KEPT_JOBS = 256;
    private static final String UPLOT = "META-INF/resources/webjars/uplot/1.6.30/dist/";
    private static final Map<String, String[]> STATIC = Map.of(
            "/static/app.js", new String[] {"org/rsisim/serve/app.js", "text/javascript;charset=utf-8"},
            "/static/app.css", new String[] {"org/rsisim/serve/app.css", "text/css;charset=utf-8"},
            "/static/uPlot.js", new String[] {UPLOT + "uPlot.iife.min.js", "text/javascript;charset=utf-8"},
            "/static/uPlot.css", new String[] {UPLOT + "uPlot.min.css", "text/css;charset=utf-8"});

    private final ServeConfig config;
    private final Server server;
    private final ServerConnector connector;
    private final ThreadPoolExecutor runs;
    private final ScheduledExecutorService timer;
    private final Engine engine;
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final SecureRandom ids = new SecureRandom();
    private final Map<String, byte[]> resources = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile Set<String> hosts = Set.of();
    private volatile Set<String> origins = Set.of();

    private ServeServer(ServeConfig config) {
        this.config = config;
        this.engine = Engine.withThreads(config.threadsPerRun());
        BlockingQueue<Runnable> queue = config.queuedRuns() == 0 ? new SynchronousQueue<>()
                : new ArrayBlockingQueue<>(config.queuedRuns());
        this.runs = new ThreadPoolExecutor(config.concurrentRuns(), config.concurrentRuns(), 0, TimeUnit.SECONDS,
                queue, r -> daemon(r, "rsisim-serve-run"));
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "rsisim-serve-timer"));
        QueuedThreadPool pool = new QueuedThreadPool(400, 8);
        pool.setName("rsisim-serve-http");
        pool.setDaemon(true);
        this.server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        this.connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(config.bind());
        connector.setPort(config.port());
        server.addConnector(connector);
        server.setHandler(new Routes());
        server.setStopTimeout(2000);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * Starts a server.
     *
     * @param config where to listen and what to allow
     * @return the running server
     * @throws IOException if the address cannot be bound (the port is taken, the address is not this machine's)
     */
    public static ServeServer start(ServeConfig config) throws IOException {
        ServeServer s = new ServeServer(config);
        try {
            s.server.start();
        } catch (IOException e) {
            s.close();
            throw e;
        } catch (Exception e) {
            s.close();
            throw new IOException("cannot start the server on " + config.bind() + ":" + config.port() + ": "
                    + e.getMessage(), e);
        }
        int port = s.connector.getLocalPort();
        List<String> names = new ArrayList<>(List.of("127.0.0.1", "localhost", "[::1]"));
        if (!config.loopback()) {
            names.add(config.bind().contains(":") && !config.bind().startsWith("[") ? "[" + config.bind() + "]"
                    : config.bind());
        }
        java.util.Set<String> h = new java.util.HashSet<>();
        java.util.Set<String> o = new java.util.HashSet<>();
        for (String n : names) {
            h.add(n.toLowerCase(Locale.ROOT) + ":" + port);
            o.add("http://" + n.toLowerCase(Locale.ROOT) + ":" + port);
        }
        s.hosts = Set.copyOf(h);
        s.origins = Set.copyOf(o);
        return s;
    }

    /**
     * Makes a random token for the URL: 24 bytes from {@link SecureRandom}, base64url without padding.
     *
     * @return 32 characters
     */
    public static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** @return the port the server listens on (the free one picked for port 0) */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Returns the page's URL with the token, on the loopback address (or the bind address when it is not
     * loopback).
     *
     * @return such as {@code http://127.0.0.1:8080/?token=...}
     */
    public URI url() {
        String host = config.loopback() ? "127.0.0.1" : config.bind().contains(":") && !config.bind().startsWith("[")
                ? "[" + config.bind() + "]" : config.bind();
        return URI.create("http://" + host + ":" + port() + "/?token=" + config.token());
    }

    /** @return the configuration */
    public ServeConfig config() {
        return config;
    }

    /** Cancels every run and stops the server. */
    @Override
    public void close() {
        synchronized (jobs) {
            jobs.values().forEach(j -> j.cancellation.cancel());
        }
        runs.shutdownNow();
        timer.shutdownNow();
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the threads are daemons
        }
    }

    // ---- jobs ----

    private Job submit(Configuration a, Configuration b) {
        byte[] raw = new byte[12];
        ids.nextBytes(raw);
        Job job = new Job(HexFormat.of().formatHex(raw), a, b);
        synchronized (jobs) {
            try {
                runs.execute(() -> execute(job));
            } catch (RejectedExecutionException e) {
                throw new BadRequest(429, null, "the server is busy: " + runs.getActiveCount() + " runs are running "
                        + "and " + runs.getQueue().size() + " are waiting, its limits ('rsisim serve "
                        + "--concurrent-runs " + config.concurrentRuns() + " --queued-runs " + config.queuedRuns()
                        + "'); try again when a run has finished");
            }
            jobs.put(job.id, job);
            if (jobs.size() > KEPT_JOBS) {
                var it = jobs.values().iterator();
                while (jobs.size() > KEPT_JOBS && it.hasNext()) {
                    if (it.next().finished()) {
                        it.remove();
                    }
                }
            }
        }
        return job;
    }

    private void execute(Job job) {
        java.util.concurrent.ScheduledFuture<?> limit = null;
        try {
            limit = timer.schedule(() -> {
                job.timedOut = true;
                job.cancellation.cancel();
            }, config.maxSeconds(), TimeUnit.SECONDS);
        } catch (RejectedExecutionException e) {
            job.cancellation.cancel();
        }
        try {
            job.run(engine);
        } finally {
            if (limit != null) {
                limit.cancel(false);
            }
        }
    }

    private Job job(String id) {
        synchronized (jobs) {
            Job j = jobs.get(id);
            if (j == null) {
                throw new BadRequest(404, null, "no run '" + (id.length() > 40 ? id.substring(0, 40) : id)
                        + "' on this server (a run is kept until " + KEPT_JOBS + " newer ones have finished)");
            }
            return j;
        }
    }

    // ---- HTTP ----

    private final class Routes extends Handler.Abstract {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                route(request, response, callback);
            } catch (BadRequest e) {
                ObjectNode o = JSON.createObjectNode();
                o.put("error", e.getMessage());
                if (e.field() != null) {
                    o.put("field", e.field());
                }
                send(response, callback, e.status(), "application/json", o.toString() + "\n");
            } catch (RuntimeException e) {
                ObjectNode o = JSON.createObjectNode();
                o.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
                send(response, callback, 500, "application/json", o.toString() + "\n");
            }
            return true;
        }
    }

    private void route(Request request, Response response, Callback callback) {
        var headers = response.getHeaders();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data: blob:; "
                + "style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'");
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            throw new BadRequest(403, null, "the Host header must name this server on the loopback address, such as "
                    + "127.0.0.1:" + port() + "; requests through another name are refused (DNS rebinding)");
        }
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String token = request.getHeaders().get("X-Rsisim-Token");
        if (token == null) {
            token = query.getValue("token");
        }
        if (token == null || !MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                config.token().getBytes(StandardCharsets.UTF_8))) {
            throw new BadRequest(403, null, "missing or wrong token: open the URL that 'rsisim serve' printed, "
                    + "with its ?token=");
        }
        String method = request.getMethod();
        if (method.equals("POST")) {
            String origin = request.getHeaders().get(HttpHeader.ORIGIN);
            if (origin != null && !origins.contains(origin.toLowerCase(Locale.ROOT))) {
                throw new BadRequest(403, null, "a POST from another origin (" + abbreviate(origin) + ") is refused");
            }
        }
        String path = Request.getPathInContext(request);
        if (path.equals("/") || path.equals("/index.html")) {
            requireMethod(method, "GET");
            String page = new String(resource("org/rsisim/serve/index.html"), StandardCharsets.UTF_8)
                    .replace("{{TOKEN}}", config.token());
            send(response, callback, 200, "text/html;charset=utf-8", page);
            return;
        }
        String[] asset = STATIC.get(path);
        if (asset != null) {
            requireMethod(method, "GET");
            headers.put(HttpHeader.CONTENT_TYPE, asset[1]);
            response.setStatus(200);
            response.write(true, java.nio.ByteBuffer.wrap(resource(asset[0])), callback);
            return;
        }
        if (path.equals("/api/scenarios")) {
            requireMethod(method, "GET");
            var list = JSON.createArrayNode();
            for (NamedScenario s : ScenarioCatalog.all()) {
                ObjectNode o = list.addObject();
                o.put("name", s.name());
                o.put("model", s.scenario().modelName());
                o.put("description", s.description());
            }
            json(response, callback, 200, list);
            return;
        }
        if (path.equals("/api/scenario")) {
            Configuration c;
            if (method.equals("GET")) {
                String name = query.getValue("name");
                c = Configuration.compile("a", name == null ? "" : name, null, Map.of(), null, null,
                        org.rsisim.core.Experiment.MAX_RUNS);
            } else {
                requireMethod(method, "POST");
                JsonNode body = body(request);
                c = Configuration.compile("a", null, text(body, "text"), Map.of(), null, null,
                        org.rsisim.core.Experiment.MAX_RUNS);
            }
            json(response, callback, 200, c.describe());
            return;
        }
        if (path.equals("/api/runs") || path.equals("/api/yaml")) {
            requireMethod(method, "POST");
            JsonNode body = body(request);
            Configuration a = configuration(body, "a", edits(body.get("edits"), "a"));
            if (path.equals("/api/yaml")) {
                send(response, callback, 200, "application/yaml;charset=utf-8", a.yaml());
                return;
            }
            Configuration b = null;
            JsonNode compare = body.get("compare");
            if (compare != null && !compare.isNull()) {
                if (!compare.isObject()) {
                    throw new BadRequest("b", "'compare' must be an object with 'edits'");
                }
                b = configuration(body, "b", edits(compare.get("edits"), "b"));
            }
            Job job = submit(a, b);
            json(response, callback, 202, job.status());
            return;
        }
        if (path.startsWith("/api/runs/")) {
            String[] parts = path.substring("/api/runs/".length()).split("/", -1);
            Job job = job(parts[0]);
            if (parts.length == 1) {
                requireMethod(method, "GET");
                json(response, callback, 200, job.status());
                return;
            }
            if (parts.length == 2 && parts[1].equals("cancel")) {
                requireMethod(method, "POST");
                job.cancelled = true;
                job.cancellation.cancel();
                json(response, callback, 200, job.status());
                return;
            }
            if (parts.length == 2 && parts[1].equals("events")) {
                requireMethod(method, "GET");
                events(job, response, callback);
                return;
            }
            if (parts.length == 2) {
                requireMethod(method, "GET");
                String file = job.files.get(parts[1]);
                if (file == null) {
                    throw new BadRequest(404, null, job.finished() ? "this run has no file '" + abbreviate(parts[1])
                            + "'" : "the run has not finished yet");
                }
                String type = parts[1].endsWith(".json") ? "application/json"
                        : parts[1].endsWith(".csv") ? "text/csv;charset=utf-8" : "application/yaml;charset=utf-8";
                headers.put("Content-Disposition", "attachment; filename=\"" + parts[1] + "\"");
                send(response, callback, 200, type, file);
                return;
            }
        }
        throw new BadRequest(404, null, "no such page: " + abbreviate(path));
    }

    private Configuration configuration(JsonNode body, String side, Map<String, String> edits) {
        String name = text(body, "scenario");
        String text = text(body, "text");
        return Configuration.compile(side, name, text, edits, whole(body, "runs"), whole(body, "seed"),
                config.maxRuns());
    }

    private static Map<String, String> edits(JsonNode node, String side) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new BadRequest(side, "'edits' must map parameter names to values");
        }
        var it = node.fields();
        while (it.hasNext()) {
            var e = it.next();
            JsonNode v = e.getValue();
            if (!(v.isTextual() || v.isNumber())) {
                throw new BadRequest(side + "." + e.getKey(), e.getKey() + ": give the value as text, such as "
                        + "\"{uniform: {min: 1, max: 2}}\" or \"0.5\"");
            }
            out.put(e.getKey(), v.asText());
        }
        return out;
    }

    private static String text(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new BadRequest(key, "'" + key + "' must be text");
        }
        return v.asText();
    }

    private static Long whole(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull() || v.isTextual() && v.asText().isBlank()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        if (v.isTextual() && v.asText().strip().matches("[-+]?[0-9]{1,18}")) {
            return Long.parseLong(v.asText().strip());
        }
        throw new BadRequest(key, key + " '" + abbreviate(v.asText()) + "' must be a whole number");
    }

    private static JsonNode body(Request request) {
        long length = request.getLength();
        if (length > MAX_BODY) {
            throw new BadRequest(413, null, "the request is larger than " + MAX_BODY + " bytes");
        }
        byte[] bytes;
        try (InputStream in = Content.Source.asInputStream(request)) {
            bytes = in.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new BadRequest(400, null, "cannot read the request: " + e.getMessage());
        }
        if (bytes.length > MAX_BODY) {
            throw new BadRequest(413, null, "the request is larger than " + MAX_BODY + " bytes");
        }
        try {
            JsonNode n = JSON.readTree(bytes);
            if (n == null || !n.isObject()) {
                throw new BadRequest(null, "the request body must be a JSON object");
            }
            return n;
        } catch (IOException e) {
            throw new BadRequest(null, "the request body is not JSON: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String s) {
        String t = String.valueOf(s).replaceAll("\\s+", " ").trim();
        int cut = t.indexOf(" at [Source");
        return cut > 0 ? t.substring(0, cut) : t;
    }

    private static void requireMethod(String method, String allowed) {
        if (!method.equals(allowed)) {
            throw new BadRequest(405, null, method + " is not allowed here; use " + allowed);
        }
    }

    private static String abbreviate(String s) {
        String t = s.replaceAll("[^\\x20-\\x7e]", "?");
        return t.length() <= 60 ? t : t.substring(0, 59) + "~";
    }

    private byte[] resource(String name) {
        return resources.computeIfAbsent(name, n -> {
            ClassLoader loader = ServeServer.class.getClassLoader();
            try (InputStream in = n.startsWith("META-INF/") ? loader.getResourceAsStream(n)
                    : ServeServer.class.getResourceAsStream("/" + n)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + n + " is missing from the jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static void json(Response response, Callback callback, int status, JsonNode body) {
        send(response, callback, status, "application/json", body.toString() + "\n");
    }

    private static void send(Response response, Callback callback, int status, String type, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        Content.Sink.write(response, true, body, callback);
    }

    /** Streams a job's progress as server-sent events, every 100 ms while it changes, then its final state. */
    private void events(Job job, Response response, Callback callback) {
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream;charset=utf-8");
        try (OutputStream out = Content.Sink.asOutputStream(response)) {
            long lastDone = -1;
            String lastState = "";
            while (true) {
                boolean finished = job.finished();
                String state = job.state.name();
                if (finished) {
                    write(out, "done", job.status().toString());
                    break;
                }
                if (job.done != lastDone || !state.equals(lastState)) {
                    lastDone = job.done;
                    lastState = state;
                    write(out, "progress", job.status().toString());
                }
                job.awaitFinished(state.equals("QUEUED") ? 100 : 40);
            }
            out.close();
            callback.succeeded();
        } catch (IOException e) {
            callback.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            callback.failed(e);
        }
    }

    private static void write(OutputStream out, String event, String data) throws IOException {
        out.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
