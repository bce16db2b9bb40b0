package io.planmon.devstack;

import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceInstance;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the local stack runs and where: an immutable value; every {@code with…} method returns a changed copy. Start
 * from {@link #forRepository(Path)} (defaults) or {@link #fromEnvironment(Path, Map)} (what {@code ./planmon up} does).
 * Which services run, and how, is a {@link ServiceSelection}; this class adds where the stack lives and listens.
 */
public final class StackConfig {

    private final Path repositoryRoot;
    private final Path dataDirectory;
    private final Map<Port, Integer> ports;
    private final Database externalDatabase;
    private final ServiceSelection selection;

    private StackConfig(
            Path repositoryRoot,
            Path dataDirectory,
            Map<Port, Integer> ports,
            Database externalDatabase,
            ServiceSelection selection) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        this.externalDatabase = externalDatabase;
        this.selection = selection;
    }

    /** Default ports, data under {@code <repositoryRoot>/.planmon}, all four services: an empty environment. */
    public static StackConfig forRepository(Path repositoryRoot) {
        return fromEnvironment(repositoryRoot, Map.of());
    }

    /** The defaults, with ports from {@code PLANMON_*_PORT} variables and the database from {@code PLANMON_DB_URL}. */
    public static StackConfig fromEnvironment(Path repositoryRoot, Map<String, String> environment) {
        return new StackConfig(
                repositoryRoot,
                repositoryRoot.resolve(".planmon"),
                PortAssignment.fromEnvironment(environment),
                Database.fromEnvironment(environment).orElse(null),
                ServiceSelection.all());
    }

    /** The same stack in another data directory, e.g. a temporary one for a test. */
    public StackConfig withDataDirectory(Path directory) {
        return new StackConfig(repositoryRoot, directory, ports, externalDatabase, selection);
    }

    /** Every port replaced by a distinct free one, so that tests never collide with a running stack or each other. */
    public StackConfig randomPorts() {
        return new StackConfig(repositoryRoot, dataDirectory, PortAssignment.random(), externalDatabase, selection);
    }

    /** Use an existing PostgreSQL instead of the embedded one. */
    public StackConfig withExternalDatabase(Database database) {
        return new StackConfig(repositoryRoot, dataDirectory, ports, database, selection);
    }

    /** Run only these services (none: just PostgreSQL, Kafka and Keycloak). */
    public StackConfig withServices(Service... selected) {
        return withSelection(selection.only(Set.of(selected)));
    }

    /**
     * Every data service run {@code count} times (1 or 2), the gateway spreading requests over the instances, as a
     * deployment with several instances does ({@code ./planmon up --replicas 2}).
     */
    public StackConfig withReplicas(int count) {
        return withSelection(selection.withReplicas(count));
    }

    /**
     * The stack as the benchmarks measure it ({@code ./planmon up --bench}): every service with the full JIT, as in
     * production, and the gateway's rate limits out of the way of a load generator.
     */
    public StackConfig forBenchmarks() {
        return withSelection(selection.forBenchmarks());
    }

    private StackConfig withSelection(ServiceSelection changed) {
        return new StackConfig(repositoryRoot, dataDirectory, ports, externalDatabase, changed);
    }

    public Path repositoryRoot() {
        return repositoryRoot;
    }

    /** Holds pgdata/, kafka/, keycloak/, logs/ and run/. */
    public Path dataDirectory() {
        return dataDirectory;
    }

    public int port(Port port) {
        return ports.get(port);
    }

    public Optional<Database> externalDatabase() {
        return Optional.ofNullable(externalDatabase);
    }

    /** The services to run, in start order (the gateway last). */
    public List<Service> services() {
        return selection.services();
    }

    /** How many instances of each data service run. */
    public int replicas() {
        return selection.replicas();
    }

    /** Every instance to run, in start order: the data services' (each {@link #replicas()} times), then the gateway. */
    public List<ServiceInstance> instances() {
        return selection.instances();
    }

    /** Extra variables for a service, beyond what the stack itself passes. */
    public Map<String, String> serviceEnvironment(Service service) {
        return selection.environment(service);
    }

    /** The ports this configuration needs free before it starts (no PostgreSQL port with an external database). */
    public Map<Port, Integer> portsToBind() {
        Map<Port, Integer> needed = new EnumMap<>(Port.class);
        needed.put(Port.KAFKA, port(Port.KAFKA));
        needed.put(Port.KAFKA_CONTROLLER, port(Port.KAFKA_CONTROLLER));
        needed.put(Port.KEYCLOAK, port(Port.KEYCLOAK));
        needed.put(Port.KEYCLOAK_MANAGEMENT, port(Port.KEYCLOAK_MANAGEMENT));
        if (externalDatabase == null) {
            needed.put(Port.POSTGRES, port(Port.POSTGRES));
        }
        instances().forEach(instance -> needed.put(instance.port(), port(instance.port())));
        return needed;
    }
}
