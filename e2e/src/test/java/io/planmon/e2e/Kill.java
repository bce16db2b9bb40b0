package io.planmon.e2e;

import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.Stack;
import java.util.ArrayList;
import java.util.List;

/** A crash as the operating system deals it: SIGKILL, no shutdown hook, no graceful close of anything. */
final class Kill {
    private Kill() {}

    /** SIGKILL to the server's JVM (and anything it started), returning once all of it has exited. */
    static void nine(Stack stack, String server) {
        long pid = RunDirectory.of(stack.config().dataDirectory()).pids().get(server);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process);
        tree.forEach(ProcessHandle::destroyForcibly);
        tree.forEach(p -> p.onExit().join());
    }
}
