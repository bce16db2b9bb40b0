package io.planmon.devstack.cli;

import io.planmon.devstack.Ports;
import io.planmon.devstack.Progress;
import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.Stack;
import io.planmon.devstack.StackConfig;
import io.planmon.devstack.StackException;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code ./planmon up}: checks the ports, starts the stack in the foreground and keeps it until Ctrl-C (or SIGTERM from
 * {@code ./planmon down}), when a shutdown hook stops every server and waits until they have exited.
 */
final class UpCommand {

    /** The name of this JVM's own pid file: {@code down} stops it first, and it stops the rest in order. */
    static final String SELF = "planmon";

    private final StackConfig config;
    private final OwnProcesses own;
    private final PrintStream out;

    UpCommand(StackConfig config, OwnProcesses own, PrintStream out) {
        this.config = config;
        this.own = own;
        this.out = out;
    }

    int run() throws InterruptedException {
        String problem = PortCheck.problem(
                PortCheck.busy(config.portsToBind(), Ports::isFree), own.alive().keySet());
        if (problem != null) {
            out.println(problem);
            return 1;
        }
        RunDirectory run = RunDirectory.of(config.dataDirectory());
        run.writePid(SELF, ProcessHandle.current().pid());
        Stack stack = new Stack(config, Progress.console());
        AtomicBoolean stopping = new AtomicBoolean();
        Thread hook = new Thread(() -> stop(stack, run, stopping), "planmon-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long begin = System.nanoTime();
        try {
            stack.start();
        } catch (StackException e) {
            if (stopping.get()) {
                return 1; // Ctrl-C while starting: the hook reports the stop
            }
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return 1;
            }
            run.removePid(SELF);
            out.println("\n./planmon up failed: " + e.getMessage());
            return 1;
        }
        stack.supervise();
        out.print(Welcome.text(config, stack.database(), (System.nanoTime() - begin) / 1e9));
        out.flush();
        Thread.currentThread().join();
        return 0;
    }

    private void stop(Stack stack, RunDirectory run, AtomicBoolean stopping) {
        stopping.set(true);
        long begin = System.nanoTime();
        out.println("\nstopping planmon …");
        stack.close();
        run.removePid(SELF);
        out.printf("everything stopped in %.1f s%n", (System.nanoTime() - begin) / 1e9);
        out.flush();
    }
}
