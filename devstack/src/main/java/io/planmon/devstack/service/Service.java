package io.planmon.devstack.service;

import io.planmon.devstack.Port;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The planmon services that the stack runs from their built Quarkus jars. */
public enum Service {
    INDICATOR_SERVICE("indicator-service", Port.INDICATOR_SERVICE, Port.INDICATOR_SERVICE_2, true),
    TASK_SERVICE("task-service", Port.TASK_SERVICE, Port.TASK_SERVICE_2, true),
    NOTIFICATION_SERVICE("notification-service", Port.NOTIFICATION_SERVICE, Port.NOTIFICATION_SERVICE_2, true),
    GATEWAY("gateway", Port.GATEWAY, null, false);

    private final String moduleName;
    private final Port port;
    private final Port secondPort;
    private final boolean usesDatabase;

    Service(String moduleName, Port port, Port secondPort, boolean usesDatabase) {
        this.moduleName = moduleName;
        this.port = port;
        this.secondPort = secondPort;
        this.usesDatabase = usesDatabase;
    }

    /** The Maven module, which is also the name used for logs, pid files and {@code Stack#serviceUrl}. */
    public String moduleName() {
        return moduleName;
    }

    /** The port of the first instance. */
    public Port port() {
        return port;
    }

    /** The port of instance {@code number} (1 or 2); the gateway runs once. */
    public Port port(int number) {
        if (number == 1) {
            return port;
        }
        if (number == 2 && secondPort != null) {
            return secondPort;
        }
        throw new IllegalArgumentException(moduleName + " has no instance " + number);
    }

    /** The most instances the stack runs of this service: the data services twice, the gateway once. */
    public int maxInstances() {
        return secondPort == null ? 1 : 2;
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
