package io.planmon.devstack.cli;

import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.process.ProcessTree;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./planmon down}: stops what the pid files name. The {@code up} JVM goes first, since it stops its servers in
 * order itself; whatever is left afterwards (its JVM was killed, say) is stopped here, PostgreSQL last.
 */
final class DownCommand {

    private static final List<String> ORDER = List.of(
            UpCommand.SELF,
            "gateway",
            "indicator-service",
            "task-service",
            "notification-service",
            "keycloak",
            "kafka",
            "postgres");
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final RunDirectory run;
    private final OwnProcesses own;
    private final PrintStream out;

    DownCommand(RunDirectory run, OwnProcesses own, PrintStream out) {
        this.run = run;
        this.own = own;
        this.out = out;
    }

    int run() {
        Map<String, ProcessHandle> alive = own.alive();
        if (alive.isEmpty()) {
            out.println("nothing is running");
        }
        List<String> names = new ArrayList<>(ORDER);
        // Servers this version does not know go before PostgreSQL, which everything else may still be using.
        alive.keySet().stream()
                .filter(name -> !ORDER.contains(name))
                .forEach(name -> names.add(names.size() - 1, name));
        for (String name : names) {
            ProcessHandle process = alive.get(name);
            if (process != null && process.isAlive()) {
                stop(name, process);
            }
        }
        run.pids().keySet().forEach(run::removePid);
        return 0;
    }

    private void stop(String name, ProcessHandle process) {
        long begin = System.nanoTime();
        out.println("stopping " + name + " (pid " + process.pid() + ") …");
        boolean graceful = name.equals("postgres") ? stopPostgres(process) : ProcessTree.stop(process, GRACE);
        out.printf(
                "%s stopped in %.1f s%s%n",
                name, (System.nanoTime() - begin) / 1e9, graceful ? "" : " (killed after " + GRACE.toSeconds() + " s)");
    }

    /** SIGINT is PostgreSQL's "fast" shutdown; SIGTERM would wait for every client to disconnect. */
    private boolean stopPostgres(ProcessHandle postmaster) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (IOException e) {
            postmaster.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ProcessTree.awaitExit(List.of(postmaster), GRACE)) {
            return true;
        }
        return ProcessTree.stop(postmaster, Duration.ofSeconds(5));
    }
}
