package io.planmon.devstack.service;

import io.planmon.devstack.BuildResources;
import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import io.planmon.devstack.process.ChildProcess;
import io.planmon.devstack.process.HttpCheck;
import io.planmon.devstack.process.ProcessSlot;
import io.planmon.devstack.process.Readiness;
import io.planmon.devstack.process.SlottedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One instance of a planmon service run from its built {@code quarkus-run.jar} as a child process. */
public final class ServiceProcess implements SlottedServer {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    /** Set to {@value #FULL_JIT} in a service's environment to run it with the full JIT, as production does. */
    public static final String JIT_VARIABLE = "PLANMON_JIT";

    public static final String FULL_JIT = "full";

    private final Service service;
    private final String name;
    private final Path repositoryRoot;
    private final int port;
    private final Map<String, String> environment;
    private final Path logFile;
    private final ProcessSlot slot;

    public ServiceProcess(
            ServiceInstance instance, Path repositoryRoot, int port, Map<String, String> environment, Path logFile) {
        this.service = instance.service();
        this.name = instance.name();
        this.repositoryRoot = repositoryRoot;
        this.port = port;
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
        this.slot = new ProcessSlot(name, STOP_GRACE);
    }

    /** Starts the jar and waits until {@code /q/health/ready} answers 200. */
    @Override
    public void start(Progress progress) {
        Path jar = service.jar(repositoryRoot);
        if (!Files.isRegularFile(jar)) {
            throw new StackException(jar + " is missing: build it with ./mvnw install -DskipTests");
        }
        List<String> command = new ArrayList<>(List.of(BuildResources.javaExecutable(), "-Xmx384m"));
        if (!FULL_JIT.equals(environment.get(JIT_VARIABLE))) {
            // The C1 compiler alone starts a service markedly faster on a small machine; benchmarks want C2 as in
            // production.
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ChildProcess process =
                slot.launch(() -> ChildProcess.start(name, command, environment, jar.getParent(), logFile));
        String health = url() + "/q/health/ready";
        try {
            Readiness.await(name, process, START_TIMEOUT, progress, () -> HttpCheck.ok(health));
        } catch (RuntimeException e) {
            // Never leave a half-started server behind, whoever called us.
            slot.stop();
            throw e;
        }
    }

    public Service service() {
        return service;
    }

    /** The instance's name: the service's, with a suffix for a second instance. */
    public String name() {
        return name;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    @Override
    public ProcessSlot slot() {
        return slot;
    }
}
