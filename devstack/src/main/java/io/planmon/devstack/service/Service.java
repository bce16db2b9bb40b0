package io.planmon.devstack.service;

import io.planmon.devstack.Port;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The planmon services that the stack runs from their built Quarkus jars. */
public enum Service {
    INDICATOR_SERVICE("indicator-service", Port.INDICATOR_SERVICE, true),
    TASK_SERVICE("task-service", Port.TASK_SERVICE, true),
    NOTIFICATION_SERVICE("notification-service", Port.NOTIFICATION_SERVICE, true),
    GATEWAY("gateway", Port.GATEWAY, false);

    private final String moduleName;
    private final Port port;
    private final boolean usesDatabase;

    Service(String moduleName, Port port, boolean usesDatabase) {
        this.moduleName = moduleName;
        this.port = port;
        this.usesDatabase = usesDatabase;
    }

    /** The Maven module, which is also the name used for logs, pid files and {@code Stack#serviceUrl}. */
    public String moduleName() {
        return moduleName;
    }

    public Port port() {
        return port;
    }

    public boolean usesDatabase() {
        return usesDatabase;
    }

    /** The runnable jar that {@code ./mvnw install} builds in the module. */
    public Path jar(Path repoRoot) {
        return repoRoot.resolve(moduleName).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The service with the given module name. */
    public static Service named(String name) {
        return Arrays.stream(values())
                .filter(service -> service.moduleName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service " + name + "; known: "
                        + Arrays.stream(values()).map(Service::moduleName).collect(Collectors.joining(", "))));
    }
}
