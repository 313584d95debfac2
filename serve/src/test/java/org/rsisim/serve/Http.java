package org.rsisim.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A small client of the server's API for the tests (java.base only: the module reads nothing more). */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    final ServeServer server;

    /** A response: status, body and the Content-Disposition header. */
    record Response(int statusCode, String body, String disposition) {
    }

    Http(ServeServer server) {
        this.server = server;
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    String withToken(String path) {
        return base() + path + (path.contains("?") ? "&" : "?") + "token=" + server.config().token();
    }

    Response get(String path) throws IOException {
        return send("GET", withToken(path), null);
    }

    Response post(String path, String body) throws IOException {
        return send("POST", withToken(path), body);
    }

    static Response send(String method, String url, String body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        c.setRequestMethod(method);
        c.setConnectTimeout(30_000);
        c.setReadTimeout(300_000);
        if (body != null) {
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (OutputStream out = c.getOutputStream()) {
                out.write(body.getBytes(StandardCharsets.UTF_8));
            }
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        String text = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return new Response(status, text, c.getHeaderField("Content-Disposition"));
    }

    static JsonNode json(Response r) throws IOException {
        return JSON.readTree(r.body());
    }

    /** Starts a run and returns its id. */
    String start(String body) throws IOException {
        Response r = post("/api/runs", body);
        if (r.statusCode() != 202) {
            throw new AssertionError("status " + r.statusCode() + ": " + r.body());
        }
        return json(r).get("id").asText();
    }

    /** Follows a run's server-sent events to its end and returns the final status. */
    JsonNode await(String id) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(withToken("/api/runs/" + id + "/events")).toURL()
                .openConnection();
        c.setReadTimeout(300_000);
        if (c.getResponseCode() != 200) {
            throw new AssertionError("events: status " + c.getResponseCode());
        }
        String event = null;
        JsonNode last = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null;) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    last = JSON.readTree(line.substring(6));
                    if ("done".equals(event)) {
                        return last;
                    }
                }
            }
        }
        throw new AssertionError("the event stream ended without 'done'; last: " + last);
    }
}
