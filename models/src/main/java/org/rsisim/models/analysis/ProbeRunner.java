package org.rsisim.models.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Evaluates independent items (model runs) on a few threads. Each thread gets its own evaluator from a factory
 * (its own {@link org.rsisim.core.RunProbe}, samplers and scratch arrays) and takes items in small consecutive
 * batches. Evaluators write their results into the slot of the item they evaluate, so what is computed does not
 * depend on the thread count or on scheduling; callers reduce the slots in item order afterwards.
 */
final class ProbeRunner {
    private static final int BATCH = 64;

    private ProbeRunner() {
    }

    /**
     * Evaluates items {@code [0, items)}.
     *
     * @param items number of items, {@code >= 0}
     * @param threads worker threads, {@code >= 1}; the calling thread does the work when it is 1
     * @param evaluators called once per worker thread, on that thread, to create its evaluator
     * @throws RuntimeException or Error whatever an evaluator throws (model exceptions are expected to be handled
     *         by the evaluator itself); the first one is rethrown after every thread has stopped
     */
    static void run(int items, int threads, Supplier<IntConsumer> evaluators) {
        if (threads == 1 || items <= BATCH) {
            IntConsumer evaluator = evaluators.get();
            for (int i = 0; i < items; i++) {
                evaluator.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> error = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        int count = Math.min(threads, (items + BATCH - 1) / BATCH);
        for (int t = 0; t < count; t++) {
            Thread worker = new Thread(() -> {
                try {
                    IntConsumer evaluator = evaluators.get();
                    while (error.get() == null) {
                        int first = next.getAndAdd(BATCH);
                        if (first >= items) {
                            return;
                        }
                        int end = Math.min(items, first + BATCH);
                        for (int i = first; i < end; i++) {
                            evaluator.accept(i);
                        }
                    }
                } catch (Throwable e) {
                    error.compareAndSet(null, e);
                }
            }, "rsisim-analysis-" + t);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        boolean interrupted = false;
        for (Thread worker : workers) {
            while (true) {
                try {
                    worker.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    error.compareAndSet(null, e);
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = error.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error r) {
            throw r;
        }
        if (e != null) {
            throw new IllegalStateException("analysis interrupted", e);
        }
    }

    /**
     * Checks a thread count.
     *
     * @param threads the count
     * @return the count
     * @throws IllegalArgumentException if it is outside {@code [1, 4096]}
     */
    static int checkThreads(int threads) {
        if (threads < 1 || threads > 4096) {
            throw new IllegalArgumentException("threads = " + threads + " is outside the allowed range [1, 4096]");
        }
        return threads;
    }
}
