package io.planmon.devstack;

import io.planmon.devstack.kafka.KafkaBroker;
import io.planmon.devstack.kafka.KafkaSettings;
import io.planmon.devstack.keycloak.KeycloakServer;
import io.planmon.devstack.postgres.EmbeddedPostgresServer;
import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceEnvironment;
import io.planmon.devstack.service.ServiceInstance;
import io.planmon.devstack.service.ServiceProcess;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The whole local stack: PostgreSQL (embedded, or external via {@link StackConfig#withExternalDatabase}), then Kafka and
 * Keycloak at once, then indicator-, task- and notification-service at once (each once, or twice with
 * {@link StackConfig#withReplicas}), then the gateway. {@link #start} returns
 * when every server answers its readiness check; {@link #close} stops them in reverse and waits until they have exited.
 *
 * <pre>{@code
 * try (Stack stack = Stack.start(StackConfig.forRepository(root).withDataDirectory(tmp).randomPorts(), Progress.console())) {
 *     String api = stack.gatewayUrl();
 * }
 * }</pre>
 */
public final class Stack implements AutoCloseable {

    private static final int INFRASTRUCTURE = 0;
    private static final int BROKERS = 1;
    private static final int SERVICES = 2;
    private static final int GATEWAY = 3;
    private static final Duration SUPERVISION_INTERVAL = Duration.ofSeconds(2);

    private final StackConfig config;
    private final Progress progress;
    private final StartedServers started;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final ServiceUrls urls;
    private final Map<String, ServiceProcess> processes = new ConcurrentHashMap<>();
    private volatile Database database;
    private volatile EmbeddedPostgresServer postgres;
    private volatile Supervisor supervisor;

    /** A stack that has not started yet; {@link #start()} starts it. Use this form to register a stop hook first. */
    public Stack(StackConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
        Path data = config.dataDirectory();
        this.started = new StartedServers(4, RunDirectory.of(data), progress);
        this.kafka = new KafkaBroker(
                new KafkaSettings(config.port(Port.KAFKA), config.port(Port.KAFKA_CONTROLLER), data.resolve("kafka")),
                logFile("kafka"));
        this.keycloak = new KeycloakServer(
                data.resolve("keycloak"),
                config.repositoryRoot().resolve("deploy/keycloak/planmon-realm.json"),
                config.port(Port.KEYCLOAK),
                config.port(Port.KEYCLOAK_MANAGEMENT),
                logFile("keycloak"));
        this.urls = ServiceUrls.of(config);
    }

    /** Starts a stack and waits until all of it is ready; on failure everything started is stopped again. */
    public static Stack start(StackConfig config, Progress progress) {
        return new Stack(config, progress).start();
    }

    /** Starts every server in order and waits until all are ready; on failure stops what was started and throws. */
    public Stack start() {
        try {
            new StackEndpoints(config).write(RunDirectory.of(config.dataDirectory()));
            database = config.externalDatabase().orElseGet(this::startPostgres);
            Parallel.run(List.of(
                    () -> step("kafka", BROKERS, kafka, () -> kafka.start(progress), kafka::pid),
                    () -> step("keycloak", BROKERS, keycloak, () -> keycloak.start(progress), keycloak::pid)));
            Parallel.run(config.instances().stream()
                    .filter(instance -> instance.service() != Service.GATEWAY)
                    .map(instance -> (Runnable) () -> startService(instance, SERVICES))
                    .toList());
            if (config.services().contains(Service.GATEWAY)) {
                startService(new ServiceInstance(Service.GATEWAY, 1), GATEWAY);
            }
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private Database startPostgres() {
        Path pgdata = config.dataDirectory().resolve("pgdata");
        int port = config.port(Port.POSTGRES);
        EmbeddedPostgresServer postgres = new EmbeddedPostgresServer(port, pgdata, logFile("postgres"));
        this.postgres = postgres;
        String announcement = "postgres: starting on port " + port + ", data in " + pgdata;
        started.start(INFRASTRUCTURE, "postgres", announcement, postgres, postgres::start, () -> postgres.pid()
                .orElse(0));
        return postgres.database();
    }

    private void startService(ServiceInstance instance, int layer) {
        int port = config.port(instance.port());
        ServiceProcess process = new ServiceProcess(
                instance,
                config.repositoryRoot(),
                port,
                ServiceEnvironment.of(
                        instance,
                        port,
                        database,
                        kafka.bootstrapServers(),
                        keycloak.realmUrl(),
                        urls.routes(),
                        config.serviceEnvironment(instance.service())),
                logFile(instance.name()));
        processes.put(instance.name(), process);
        step(instance.name(), layer, process, () -> process.start(progress), process::pid);
    }

    /**
     * Stops one running service and leaves the rest of the stack up, so that a test can see how the others answer
     * without it; {@link #restartService} brings it back.
     */
    public void stopService(String name) {
        ServiceProcess process = process(name);
        pauseSupervision(name, true);
        long begin = System.nanoTime();
        progress.say(name + ": stopping (the rest of the stack keeps running)");
        process.close();
        progress.say(String.format("%s stopped in %.1f s", name, (System.nanoTime() - begin) / 1e9));
    }

    /** Starts a service stopped by {@link #stopService} again, on the same port, and waits until it is ready. */
    public void restartService(String name) {
        ServiceProcess process = process(name);
        started.restart(name, () -> process.start(progress), process::pid);
        pauseSupervision(name, false);
    }

    /** Starts Kafka again after it was killed (a fault-injection test), on its port and data, and waits until it serves. */
    public void restartKafka() {
        started.restart("kafka", () -> kafka.start(progress), kafka::pid);
    }

    /** Stops the embedded PostgreSQL (fast shutdown) and leaves the rest running; {@link #startDatabase} undoes it. */
    public void stopDatabase() {
        embeddedPostgres().stop();
    }

    /** Starts the embedded PostgreSQL stopped by {@link #stopDatabase} again, on its port and data. */
    public void startDatabase() {
        EmbeddedPostgresServer server = embeddedPostgres();
        started.restart("postgres", server::start, () -> server.pid().orElse(0));
    }

    private EmbeddedPostgresServer embeddedPostgres() {
        if (postgres == null) {
            throw new IllegalStateException("the stack uses an external database, which it does not stop or start");
        }
        return postgres;
    }

    /**
     * From now on, watches every server and starts again one that dies, saying so ({@code ./planmon up} does this;
     * tests that kill a server on purpose do not).
     */
    public void supervise() {
        List<Supervisor.Watched> watched = new ArrayList<>();
        if (postgres != null) {
            EmbeddedPostgresServer server = postgres;
            watched.add(new Supervisor.Watched(
                    "postgres",
                    () -> server.pid().stream().anyMatch(pid -> ProcessHandle.of(pid)
                            .map(ProcessHandle::isAlive)
                            .orElse(false)),
                    null));
        }
        watched.add(new Supervisor.Watched(
                "kafka", kafka::isAlive, () -> started.restart("kafka", () -> kafka.start(progress), kafka::pid)));
        watched.add(new Supervisor.Watched(
                "keycloak",
                keycloak::isAlive,
                () -> started.restart("keycloak", () -> keycloak.start(progress), keycloak::pid)));
        processes.forEach((name, process) -> watched.add(new Supervisor.Watched(
                name, process::isAlive, () -> started.restart(name, () -> process.start(progress), process::pid))));
        Supervisor watching =
                new Supervisor(watched, config.dataDirectory().resolve("logs"), progress, Clock.systemUTC());
        supervisor = watching;
        watching.watch(SUPERVISION_INTERVAL);
    }

    private void pauseSupervision(String name, boolean paused) {
        Supervisor watching = supervisor;
        if (watching != null) {
            watching.pause(name, paused);
        }
    }

    private ServiceProcess process(String name) {
        ServiceProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException(name + " is not a service this stack started");
        }
        return process;
    }

    private void step(String name, int layer, AutoCloseable server, Runnable start, LongSupplier pid) {
        started.start(layer, name, name + ": starting (log: " + logFile(name) + ")", server, start, pid);
    }

    private Path logFile(String name) {
        return config.dataDirectory().resolve("logs").resolve(name + ".log");
    }

    public StackConfig config() {
        return config;
    }

    /** The API entry point, e.g. {@code http://localhost:8080}. */
    public String gatewayUrl() {
        return serviceUrl(Service.GATEWAY.moduleName());
    }

    /**
     * The base URL of a service instance by name: gateway, indicator-service, task-service, notification-service (the
     * first instance), or e.g. task-service-2 (the second, with {@link StackConfig#withReplicas}).
     */
    public String serviceUrl(String name) {
        return urls.of(name);
    }

    /** Keycloak's base URL, e.g. {@code http://localhost:8180} (admin console under /admin, admin/admin). */
    public String keycloakUrl() {
        return keycloak.url();
    }

    /** The planmon realm: token issuer and OIDC server URL; tokens come from {@code <realmUrl>/protocol/openid-connect/token}. */
    public String realmUrl() {
        return keycloak.realmUrl();
    }

    /** The Kafka bootstrap servers, e.g. {@code localhost:9092}. */
    public String kafkaBootstrap() {
        return kafka.bootstrapServers();
    }

    /** The planmon database's JDBC URL; see {@link #database()} for the credentials. */
    public String jdbcUrl() {
        return database().jdbcUrl();
    }

    public Database database() {
        if (database == null) {
            throw new IllegalStateException("the stack has not started its database");
        }
        return database;
    }

    /** Stops every server in reverse order and waits until each has exited. Safe to call more than once. */
    @Override
    public void close() {
        // First stop watching, or the supervisor would start again what is being stopped.
        Supervisor watching = supervisor;
        if (watching != null) {
            watching.stop();
        }
        started.stopAll();
    }
}
