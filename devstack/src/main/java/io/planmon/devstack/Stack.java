package io.planmon.devstack;

import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceProcess;

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

    private final StackConfig config;
    private final Progress progress;
    private final StartedServers started;
    private final StackDatabase database;
    private final StackServers servers;
    private final ServiceUrls urls;
    private final StackSupervision supervision = new StackSupervision();

    /** A stack that has not started yet; {@link #start()} starts it. Use this form to register a stop hook first. */
    public Stack(StackConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
        this.started = new StartedServers(RunDirectory.of(config.dataDirectory()), progress);
        this.database = new StackDatabase(config, started);
        this.servers = new StackServers(config, progress, started, database);
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
            database.start();
            servers.startBrokers();
            servers.startServices(urls);
            return this;
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Stops one running service and leaves the rest of the stack up, so that a test can see how the others answer
     * without it; {@link #restartService} brings it back.
     */
    public void stopService(String name) {
        ServiceProcess process = servers.service(name);
        supervision.pause(name, true);
        servers.stop(name, process);
    }

    /** Starts a service stopped by {@link #stopService} again, on the same port, and waits until it is ready. */
    public void restartService(String name) {
        servers.restart(name, servers.service(name));
        supervision.pause(name, false);
    }

    /** Starts Kafka again after it was killed (a fault-injection test), on its port and data, and waits until it serves. */
    public void restartKafka() {
        servers.restart("kafka", servers.kafka());
    }

    /** Stops the embedded PostgreSQL (fast shutdown) and leaves the rest running; {@link #startDatabase} undoes it. */
    public void stopDatabase() {
        database.stop();
    }

    /** Starts the embedded PostgreSQL stopped by {@link #stopDatabase} again, on its port and data. */
    public void startDatabase() {
        database.restart();
    }

    /**
     * From now on, watches every server and starts again one that dies, saying so ({@code ./planmon up} does this;
     * tests that kill a server on purpose do not).
     */
    public void supervise() {
        supervision.start(servers.watched(), config.dataDirectory().resolve("logs"), progress);
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
        return servers.keycloak().url();
    }

    /** The planmon realm: token issuer and OIDC server URL; tokens come from {@code <realmUrl>/protocol/openid-connect/token}. */
    public String realmUrl() {
        return servers.keycloak().realmUrl();
    }

    /** The Kafka bootstrap servers, e.g. {@code localhost:9092}. */
    public String kafkaBootstrap() {
        return servers.kafka().bootstrapServers();
    }

    /** The planmon database's JDBC URL; see {@link #database()} for the credentials. */
    public String jdbcUrl() {
        return database().jdbcUrl();
    }

    public Database database() {
        return database.database();
    }

    /** Stops every server in reverse order and waits until each has exited. Safe to call more than once. */
    @Override
    public void close() {
        // First stop watching, or the supervisor would start again what is being stopped.
        supervision.stop();
        started.stopAll();
    }
}
