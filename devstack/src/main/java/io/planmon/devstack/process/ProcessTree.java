package io.planmon.devstack.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stops a process together with everything it started. Launcher scripts such as Keycloak's {@code kc.sh} run the real
 * JVM as a child, and killing only the script would leave that JVM holding its ports.
 */
public final class ProcessTree {

    private ProcessTree() {}

    /**
     * Asks the process and its descendants to terminate (SIGTERM), waits up to {@code grace}, then kills whatever is
     * left and waits for it to be gone. Returns whether everything ended within the grace period.
     */
    public static boolean stop(ProcessHandle root, Duration grace) {
        List<ProcessHandle> members = new ArrayList<>();
        root.descendants().forEach(members::add);
        members.add(root);
        members.forEach(ProcessHandle::destroy);
        boolean graceful = awaitExit(members, grace);
        if (!graceful) {
            members.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            awaitExit(members, Duration.ofSeconds(10));
        }
        return graceful;
    }

    /** Waits until every process has exited, or the timeout has passed; true when all are gone. */
    public static boolean awaitExit(List<ProcessHandle> processes, Duration timeout) {
        CompletableFuture<?>[] exits =
                processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return processes.stream().noneMatch(ProcessHandle::isAlive);
        }
    }
}
