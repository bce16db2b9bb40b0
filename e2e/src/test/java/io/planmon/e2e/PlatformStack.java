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

/** The whole platform, started once for all system tests of this JVM from the jars this reactor just built. */
final class PlatformStack {
    private static Stack stack;

    private PlatformStack() {}

    static synchronized Stack get() {
        if (stack == null) {
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
                    .randomPorts();
            stack = new Stack(config, Progress.console());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-platform"));
            stack.start();
        }
        return stack;
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
