package org.rsisim.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.rsisim.cli.report.GraphicReports;
import org.rsisim.core.Cancellation;

/**
 * What one invocation of the command works with: its output streams, whether standard error is a terminal, the
 * chart writer, and the cancellation of the experiment that is running, so that Ctrl-C (through
 * {@link #interrupt(long)}) stops it and lets the command write the partial result. Thread-safe.
 */
public final class Session {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final GraphicReports graphics;
    private final AtomicReference<Cancellation> running = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean interrupted;

    /**
     * @param out standard output, for reports
     * @param err standard error, for progress and messages
     * @param terminal whether standard error is a terminal (the progress bar is drawn only then)
     * @param graphics the chart and HTML writer
     */
    public Session(PrintStream out, PrintStream err, boolean terminal, GraphicReports graphics) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.graphics = graphics;
    }

    /** @return standard output */
    public PrintStream out() {
        return out;
    }

    /** @return standard error */
    public PrintStream err() {
        return err;
    }

    /** @return whether standard error is a terminal */
    public boolean terminal() {
        return terminal;
    }

    /** @return the chart and HTML writer */
    public GraphicReports graphics() {
        return graphics;
    }

    /**
     * Creates the cancellation of the next experiment, already cancelled if the session was interrupted.
     *
     * @return the cancellation
     */
    Cancellation newCancellation() {
        Cancellation c = new Cancellation();
        running.set(c);
        if (interrupted) {
            c.cancel();
        }
        return c;
    }

    /** @return whether {@link #interrupt(long)} was called */
    public boolean interrupted() {
        return interrupted;
    }

    /**
     * Cancels the running experiment and waits (up to the given time) until the command has written its partial
     * result. Called by the shutdown hook on Ctrl-C.
     *
     * @param waitMillis how long to wait for the command to finish
     * @return whether the command finished in time
     */
    public boolean interrupt(long waitMillis) {
        interrupted = true;
        Cancellation c = running.get();
        if (c != null) {
            c.cancel();
        }
        try {
            return finished.await(waitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Marks the command as finished, releasing {@link #interrupt(long)}. */
    void finish() {
        finished.countDown();
    }
}
