package io.planmon.e2e;

import io.planmon.devstack.Progress;
import io.planmon.devstack.Stack;
import io.planmon.devstack.StackConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The whole platform, started once for all system tests of this JVM from the jars this reactor just built: each
 * service once, or for {@link ReplicasIT} (a failsafe execution of its own, see pom.xml) each data service twice.
 */
final class PlatformStack {
    private static Stack stack;

    private PlatformStack() {}

    /** The platform of this JVM, started with one instance of each service unless one runs already. */
    static synchronized Stack get() {
        return stack != null ? stack : start(1);
    }

    /** The platform with two instances of each data service, started unless it runs already. */
    static synchronized Stack replicated() {
        if (stack != null && stack.config().replicas() != 2) {
            throw new IllegalStateException("a platform with one instance of each service runs in this JVM already;"
                    + " ReplicasIT runs in the failsafe execution 'replicas' of e2e/pom.xml");
        }
        return stack != null ? stack : start(2);
    }

    private static Stack start(int replicas) {
        Path module = Path.of("").toAbsolutePath();
        Path repository = module.getParent();
        if (!Files.exists(repository.resolve("gateway/target/quarkus-app/quarkus-run.jar"))) {
            throw new IllegalStateException("the services are not built: run ./mvnw verify from " + repository);
        }
        Path data = module.resolve("target/stack");
        forget(data.resolve("pgdata"));
        forget(data.resolve("kafka"));
        StackConfig config = StackConfig.forRepository(repository)
                .withDataDirectory(data)
                .randomPorts()
                .withReplicas(replicas);
        Stack started = new Stack(config, Progress.console());
        stack = started;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            ServiceMemory.report(started, module.resolve("target/service-memory-" + replicas + ".txt"));
                            started.close();
                        },
                        "stop-platform"));
        started.start();
        return started;
    }

    /**
     * Tests expect a platform without earlier runs' values (a first push is CREATED): the databases and the broker
     * start empty; Keycloak, which only holds the imported realm, is kept because it is slow to set up.
     */
    private static void forget(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty " + directory, e);
        }
    }
}
