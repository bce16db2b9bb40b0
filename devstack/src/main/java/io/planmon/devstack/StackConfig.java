package io.planmon.devstack;

import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceInstance;
import io.planmon.devstack.service.ServiceProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the local stack runs and where: an immutable value; every {@code with…} method returns a changed copy. Start
 * from {@link #forRepository(Path)} (defaults) or {@link #fromEnvironment(Path, Map)} (what {@code ./planmon up} does).
 */
public final class StackConfig {

    private final Path repositoryRoot;
    private final Path dataDirectory;
    private final Map<Port, Integer> ports;
    private final Database externalDatabase;
    private final Set<Service> services;
    private final Map<Service, Map<String, String>> serviceEnvironment;
    private final int replicas;

    private StackConfig(
            Path repositoryRoot,
            Path dataDirectory,
            Map<Port, Integer> ports,
            Database externalDatabase,
            Set<Service> services,
            Map<Service, Map<String, String>> serviceEnvironment,
            int replicas) {
        this.repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
        this.dataDirectory = dataDirectory.toAbsolutePath().normalize();
        this.ports = Collections.unmodifiableMap(new EnumMap<>(ports));
        this.externalDatabase = externalDatabase;
        this.services = Collections.unmodifiableSet(
                services.isEmpty() ? EnumSet.noneOf(Service.class) : EnumSet.copyOf(services));
        this.serviceEnvironment = Map.copyOf(serviceEnvironment);
        this.replicas = replicas;
    }

    /** Default ports, data under {@code <repositoryRoot>/.planmon}, all four services. */
    public static StackConfig forRepository(Path repositoryRoot) {
        return new StackConfig(
                repositoryRoot,
                repositoryRoot.resolve(".planmon"),
                PortAssignment.defaults(),
                null,
                EnumSet.allOf(Service.class),
                Map.of(),
                1);
    }

    /** The defaults, with ports from {@code PLANMON_*_PORT} variables and the database from {@code PLANMON_DB_URL}. */
    public static StackConfig fromEnvironment(Path repositoryRoot, Map<String, String> environment) {
        return new StackConfig(
                repositoryRoot,
                repositoryRoot.resolve(".planmon"),
                PortAssignment.fromEnvironment(environment),
                Database.fromEnvironment(environment).orElse(null),
                EnumSet.allOf(Service.class),
                Map.of(),
                1);
    }

    /** The same stack in another data directory, e.g. a temporary one for a test. */
    public StackConfig withDataDirectory(Path directory) {
        return new StackConfig(
                repositoryRoot, directory, ports, externalDatabase, services, serviceEnvironment, replicas);
    }

    /** Every port replaced by a distinct free one, so that tests never collide with a running stack or each other. */
    public StackConfig randomPorts() {
        return new StackConfig(
                repositoryRoot,
                dataDirectory,
                PortAssignment.random(),
                externalDatabase,
                services,
                serviceEnvironment,
                replicas);
    }

    /** Use an existing PostgreSQL instead of the embedded one. */
    public StackConfig withExternalDatabase(Database database) {
        return new StackConfig(repositoryRoot, dataDirectory, ports, database, services, serviceEnvironment, replicas);
    }

    /** Run only these services (none: just PostgreSQL, Kafka and Keycloak). */
    public StackConfig withServices(Service... selected) {
        return new StackConfig(
                repositoryRoot, dataDirectory, ports, externalDatabase, Set.of(selected), serviceEnvironment, replicas);
    }

    /** One more environment variable for one service: how {@link #forBenchmarks()} changes the services it starts. */
    private StackConfig withServiceEnvironment(Service service, String name, String value) {
        Map<Service, Map<String, String>> changed = new HashMap<>(serviceEnvironment);
        Map<String, String> variables = new HashMap<>(changed.getOrDefault(service, Map.of()));
        variables.put(name, value);
        changed.put(service, Map.copyOf(variables));
        return new StackConfig(repositoryRoot, dataDirectory, ports, externalDatabase, services, changed, replicas);
    }

    /**
     * Every data service run {@code count} times (1 or 2), the gateway spreading requests over the instances, as a
     * deployment with several instances does ({@code ./planmon up --replicas 2}).
     */
    public StackConfig withReplicas(int count) {
        if (count < 1 || count > 2) {
            throw new StackException("--replicas takes 1 or 2, got " + count);
        }
        return new StackConfig(
                repositoryRoot, dataDirectory, ports, externalDatabase, services, serviceEnvironment, count);
    }

    /**
     * The stack as the benchmarks measure it ({@code ./planmon up --bench}): every service with the full JIT, as in
     * production, and the gateway's rate limits out of the way of a load generator.
     */
    public StackConfig forBenchmarks() {
        StackConfig changed = this;
        for (Service service : services) {
            changed = changed.withServiceEnvironment(service, ServiceProcess.JIT_VARIABLE, ServiceProcess.FULL_JIT);
        }
        for (String limit : List.of("DEFAULT", "CLIENTS_DASHBOARD")) {
            String prefix = "PLANMON_RATE_LIMIT_" + limit;
            changed = changed.withServiceEnvironment(Service.GATEWAY, prefix + "_REQUESTS_PER_SECOND", "1000000")
                    .withServiceEnvironment(Service.GATEWAY, prefix + "_BURST", "1000000");
        }
        return changed;
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
        return List.copyOf(services);
    }

    /** How many instances of each data service run. */
    public int replicas() {
        return replicas;
    }

    /** Every instance to run, in start order: the data services' (each {@link #replicas()} times), then the gateway. */
    public List<ServiceInstance> instances() {
        List<ServiceInstance> instances = new ArrayList<>();
        for (Service service : services()) {
            for (int number = 1; number <= Math.min(replicas, service.maxInstances()); number++) {
                instances.add(new ServiceInstance(service, number));
            }
        }
        return instances;
    }

    /** Extra variables for a service, beyond what the stack itself passes. */
    public Map<String, String> serviceEnvironment(Service service) {
        return serviceEnvironment.getOrDefault(service, Map.of());
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
