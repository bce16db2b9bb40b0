package io.planmon.devstack;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** Runs independent steps at once; used to start and stop servers that do not depend on each other. */
final class Parallel {

    private Parallel() {}

    /**
     * Runs every step and returns when all have succeeded. The first failure is thrown at once, without waiting for the
     * other steps: the caller stops the stack, which makes them fail quickly too.
     */
    static void run(List<Runnable> steps) {
        ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, steps.size()), runnable -> {
            Thread thread = new Thread(runnable, "planmon-devstack");
            // A step stuck in a wait must never keep the JVM from exiting.
            thread.setDaemon(true);
            return thread;
        });
        try {
            ExecutorCompletionService<Void> completion = new ExecutorCompletionService<>(executor);
            steps.forEach(step -> completion.submit(step, null));
            for (int done = 0; done < steps.size(); done++) {
                Future<Void> next = completion.take();
                next.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StackException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted", e);
        } finally {
            executor.shutdown();
        }
    }

    /** Runs every step to its end, even when some fail; failures go to {@code onFailure}. */
    static void runAll(List<Runnable> steps, Consumer<RuntimeException> onFailure) {
        List<Thread> threads = steps.stream()
                .map(step -> new Thread(() -> {
                    try {
                        step.run();
                    } catch (RuntimeException e) {
                        onFailure.accept(e);
                    }
                }))
                .toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
