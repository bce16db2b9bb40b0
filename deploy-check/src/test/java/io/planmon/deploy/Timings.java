package io.planmon.deploy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * How long each step of the check took, said as each ends and listed at the end (docs/deployment.md quotes them). A
 * step that fails says which step it was, so that the failure names it. Steps may run on two threads at once.
 */
final class Timings {
    /** A step's work. */
    interface Step {
        void run() throws Exception;
    }

    private final Map<String, Long> millis = new LinkedHashMap<>();
    private final long start = System.nanoTime();

    <T> T step(String name, Callable<T> work) throws Exception {
        System.out.println("[deploy-check] " + name + " …");
        long begin = System.nanoTime();
        String outcome = "failed";
        try {
            T result = work.call();
            outcome = "done";
            return result;
        } catch (AssertionError e) {
            throw new AssertionError("deploy-check step \"" + name + "\" failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalStateException("deploy-check step \"" + name + "\" failed: " + e.getMessage(), e);
        } finally {
            long took = (System.nanoTime() - begin) / 1_000_000;
            synchronized (millis) {
                millis.put(name, took);
            }
            System.out.printf("[deploy-check] %s: %s in %.1f s%n", name, outcome, took / 1000.0);
        }
    }

    void step(String name, Step work) throws Exception {
        step(name, () -> {
            work.run();
            return null;
        });
    }

    void print() {
        StringBuilder report = new StringBuilder("[deploy-check] timings:\n");
        synchronized (millis) {
            millis.forEach((name, took) ->
                    report.append(String.format("[deploy-check]   %-44s %7.1f s%n", name, took / 1000.0)));
        }
        report.append(String.format(
                "[deploy-check]   %-44s %7.1f s", "total", (System.nanoTime() - start) / 1_000_000_000.0));
        System.out.println(report);
    }
}
