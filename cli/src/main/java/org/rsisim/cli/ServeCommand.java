package org.rsisim.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.rsisim.core.Cancellation;
import org.rsisim.serve.ServeConfig;
import org.rsisim.serve.ServeServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rsisim serve}: starts the local page of the {@code rsisim-serve} module, prints its URL (with its token) as
 * the first line of standard output, and runs until Ctrl-C.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Start a local web page over the engine: "
        + "choose or paste a scenario, edit its parameters, run and compare; prints its URL (with a random token) as "
        + "the first line and runs until Ctrl-C. See docs/serve.md.")
final class ServeCommand implements Callable<Integer> {
    private final Session session;
    @Option(names = "--port", paramLabel = "N", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port = 8765;
    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback makes the page reachable from other machines and prints a warning.")
    String bind = "127.0.0.1";
    @Option(names = "--token", paramLabel = "TOKEN", description = "The token every request must carry (default: a new random one); 16 or more of A-Z a-z 0-9 _ -. A fixed token keeps links valid across restarts.")
    String token;
    @Option(names = "--max-runs", paramLabel = "N", description = "Most runs one request may ask for (default: ${DEFAULT-VALUE}).")
    long maxRuns = ServeConfig.DEFAULT_MAX_RUNS;
    @Option(names = "--max-seconds", paramLabel = "S", description = "Longest run; a run stopped there returns its partial result (default: ${DEFAULT-VALUE}).")
    int maxSeconds = ServeConfig.DEFAULT_MAX_SECONDS;
    @Option(names = "--concurrent-runs", paramLabel = "N", description = "Runs executing at once (default: ${DEFAULT-VALUE}).")
    int concurrent = ServeConfig.DEFAULT_CONCURRENT_RUNS;
    @Option(names = "--queued-runs", paramLabel = "N", description = "Runs waiting for a slot; more are refused (default: ${DEFAULT-VALUE}).")
    int queued = ServeConfig.DEFAULT_QUEUED_RUNS;
    @Option(names = "--threads", paramLabel = "N", description = "Engine threads per run (default: the processors).")
    Integer threads;

    ServeCommand(Session session) {
        this.session = session;
    }

    @Override
    public Integer call() throws InterruptedException {
        ServeConfig config;
        try {
            config = new ServeConfig(bind, port, token == null ? ServeServer.newToken() : token, maxRuns, maxSeconds,
                    concurrent, queued, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Cancellation stop = session.newCancellation();
        ServeServer server;
        try {
            server = ServeServer.start(config);
        } catch (IOException e) {
            throw new UsageException("cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        }
        try (server) {
            session.out().println(server.url());
            session.out().flush();
            if (!config.loopback()) {
                session.err().println("Warning: listening on " + bind + ", not on the loopback address: other "
                        + "machines that reach it can use the page if they learn the token");
            }
            session.err().println("Serving until Ctrl-C: at most " + concurrent + " runs at once and " + queued
                    + " waiting, " + maxRuns + " runs and " + maxSeconds + " s per run");
            while (!stop.isCancelled()) {
                Thread.sleep(200);
            }
        }
        return 0;
    }
}
