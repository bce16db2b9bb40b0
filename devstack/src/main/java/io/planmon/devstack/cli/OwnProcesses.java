package io.planmon.devstack.cli;

import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.postgres.PostmasterPid;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The processes that the pid files of a stack name and that are still ours. A pid can be reused by an unrelated
 * process after a reboot, so a live process counts only if its command line mentions the stack's directories.
 */
final class OwnProcesses {

    private final RunDirectory run;
    private final Path dataDirectory;
    private final Path repositoryRoot;

    OwnProcesses(RunDirectory run, Path dataDirectory, Path repositoryRoot) {
        this.run = run;
        this.dataDirectory = dataDirectory;
        this.repositoryRoot = repositoryRoot;
    }

    /**
     * Name → live process, for every pid file whose process still runs and is ours. PostgreSQL's own lock file also
     * counts: its pid file is written only once the server is ready, and the server outlives a killed {@code up}.
     */
    Map<String, ProcessHandle> alive() {
        Map<String, ProcessHandle> alive = new LinkedHashMap<>();
        run.pids().forEach((name, pid) -> find(pid).ifPresent(process -> alive.put(name, process)));
        if (!alive.containsKey("postgres")) {
            PostmasterPid.in(dataDirectory.resolve("pgdata"))
                    .ifPresent(pid -> find(pid).ifPresent(process -> alive.put("postgres", process)));
        }
        return alive;
    }

    /** The live process with this pid, if it is one of ours. */
    Optional<ProcessHandle> find(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isOurs);
    }

    private boolean isOurs(ProcessHandle process) {
        Optional<String> commandLine = process.info().commandLine();
        // Without a readable command line (another user's process, some platforms) trust the pid file.
        return commandLine.isEmpty()
                || commandLine.get().contains(dataDirectory.toString())
                || commandLine.get().contains(repositoryRoot.toString());
    }
}
