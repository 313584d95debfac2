package org.rsisim.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.rsisim.core.Cancellation;
import org.rsisim.core.Engine;
import org.rsisim.core.Experiment;
import org.rsisim.core.Result;
import org.rsisim.core.stat.Estimate;
import org.rsisim.models.analysis.PairedComparison;
import org.rsisim.models.analysis.PairedDifference;
import org.rsisim.models.analysis.PairedReport;
import org.rsisim.scenario.report.CsvReport;
import org.rsisim.scenario.report.JsonReport;
import org.rsisim.scenario.report.ReportContext;

/**
 * One run or comparison requested by the page: queued, then running with its progress, then done with its files,
 * or failed with a message. Its state is written by the thread that runs it and read by the threads that serve its
 * progress and files; every field they share is volatile or final, and the files are set before the state says
 * done.
 */
final class Job {
    enum State {
        QUEUED, RUNNING, DONE, FAILED
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    final String id;
    final Configuration a;
    /** Configuration B of a comparison, or null for a plain run. */
    final Configuration b;
    final Cancellation cancellation = new Cancellation();
    final long created = System.nanoTime();

    private final java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
    volatile State state = State.QUEUED;
    volatile long done;
    volatile long planned;
    volatile boolean timedOut;
    volatile boolean cancelled;
    volatile double seconds;
    volatile String error;
    /** The files of a finished job, by name: result.json and the CSV files, or compare.json. */
    volatile java.util.Map<String, String> files = java.util.Map.of();

    Job(String id, Configuration a, Configuration b) {
        this.id = id;
        this.a = a;
        this.b = b;
        this.planned = a.experiment.runs();
    }

    /** Runs the job on an engine; never throws. */
    void run(Engine engine) {
        if (cancellation.isCancelled()) {
            cancelled = true;
        }
        state = State.RUNNING;
        long start = System.nanoTime();
        try {
            java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
            if (b == null) {
                Result r = engine.run(a.experiment, this::progress, cancellation);
                ReportContext ctx = ReportContext.of(a.scenario.name(), a.scenario.report().filter(r));
                out.put("result.json", JsonReport.format(ctx));
                out.put("summary.csv", CsvReport.summary(ctx.result()));
                out.put("metrics.csv", CsvReport.metrics(ctx.result()));
                out.put("events.csv", CsvReport.events(ctx.result()));
                out.put("series.csv", CsvReport.series(ctx.result()));
            } else {
                Experiment ea = a.experiment;
                Experiment eb = b.experiment.toBuilder().seed(ea.seed()).build().withRuns(ea.runs());
                PairedReport r = PairedComparison.of(ea, eb).compare(engine, this::progress, cancellation);
                out.put("compare.json", compareJson(r));
            }
            out.put("scenario.yaml", a.yaml());
            if (b != null) {
                out.put("scenario-b.yaml", b.yaml());
            }
            seconds = (System.nanoTime() - start) / 1e9;
            files = java.util.Map.copyOf(out);
            state = State.DONE;
            finished.countDown();
        } catch (IllegalArgumentException e) {
            fail("cannot compare A with B: " + e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            fail(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void fail(String message) {
        error = message;
        state = State.FAILED;
        finished.countDown();
    }

    private void progress(long runsDone, long runsPlanned, long nanos) {
        done = runsDone;
        planned = runsPlanned;
    }

    /**
     * Waits until the job finishes or the time passes.
     *
     * @param millis the longest wait
     * @throws InterruptedException if the waiting thread is interrupted
     */
    void awaitFinished(long millis) throws InterruptedException {
        finished.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** @return whether the job has finished, done or failed */
    boolean finished() {
        State s = state;
        return s == State.DONE || s == State.FAILED;
    }

    /** The job's state as the page reads it. */
    ObjectNode status() {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id);
        o.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        o.put("done", done);
        o.put("planned", planned);
        o.put("compare", b != null);
        if (finished()) {
            o.put("seconds", seconds);
            o.put("cancelled", cancelled || cancellation.isCancelled() && !timedOut);
            o.put("timedOut", timedOut);
        }
        if (error != null) {
            o.put("error", error);
        }
        return o;
    }

    private static String compareJson(PairedReport r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("a", r.a());
        o.put("b", r.b());
        o.put("seed", r.result().manifest().seed());
        o.put("pairs", r.completedPairs());
        o.put("divergedPairs", r.divergedPairs());
        o.put("failedPairs", r.failedPairs());
        o.put("partial", r.result().partial());
        var list = o.putArray("differences");
        for (PairedDifference d : r.differences()) {
            ObjectNode x = list.addObject();
            x.put("quantity", d.quantity());
            x.put("event", d.isEvent());
            if (Double.isFinite(d.time())) {
                x.put("time", d.time());
            }
            x.put("unit", d.unit());
            x.put("pairs", d.pairs());
            estimate(x.putObject("a"), d.a());
            estimate(x.putObject("b"), d.b());
            estimate(x.putObject("difference"), d.difference());
            number(x, "varianceReductionFactor", d.varianceReductionFactor());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void estimate(ObjectNode o, Estimate e) {
        number(o, "value", e.value());
        number(o, "stderr", e.stderr());
        number(o, "lower", e.lower());
        number(o, "upper", e.upper());
    }

    private static void number(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
