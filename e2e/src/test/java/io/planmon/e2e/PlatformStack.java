package io.planmon.e2e;

import io.planmon.devstack.Progress;
import io.planmon.devstack.Stack;
import io.planmon.devstack.StackConfig;
import java.nio.file.Files;
import java.nio.file.Path;

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
            StackConfig config = StackConfig.forRepository(repository)
                    .withDataDirectory(module.resolve("target/stack"))
                    .randomPorts();
            stack = new Stack(config, Progress.console());
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop-platform"));
            stack.start();
        }
        return stack;
    }
}
