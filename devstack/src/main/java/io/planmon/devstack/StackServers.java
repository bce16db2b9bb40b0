package io.planmon.devstack;

import io.planmon.devstack.kafka.KafkaBroker;
import io.planmon.devstack.kafka.KafkaSettings;
import io.planmon.devstack.keycloak.KeycloakServer;
import io.planmon.devstack.process.SlottedServer;
import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceEnvironment;
import io.planmon.devstack.service.ServiceInstance;
import io.planmon.devstack.service.ServiceProcess;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kafka, Keycloak and the service instances of one stack, each started into its layer of {@link StartedServers} and
 * started again by name (after a fault-injection test stopped it, or when the supervisor saw it die). They all run in
 * a process slot, so starting, stopping, restarting and watching one is the same for each.
 */
final class StackServers {

    private final StackConfig config;
    private final Progress progress;
    private final StartedServers started;
    private final StackDatabase database;
    private final KafkaBroker kafka;
    private final KeycloakServer keycloak;
    private final Map<String, ServiceProcess> processes = new ConcurrentHashMap<>();

    StackServers(StackConfig config, Progress progress, StartedServers started, StackDatabase database) {
        this.config = config;
        this.progress = progress;
        this.started = started;
        this.database = database;
        Path data = config.dataDirectory();
        this.kafka = new KafkaBroker(
                new KafkaSettings(config.port(Port.KAFKA), config.port(Port.KAFKA_CONTROLLER), data.resolve("kafka")),
                logFile(config, "kafka"));
        this.keycloak = new KeycloakServer(
                data.resolve("keycloak"),
                config.repositoryRoot().resolve("deploy/keycloak/planmon-realm.json"),
                config.port(Port.KEYCLOAK),
                config.port(Port.KEYCLOAK_MANAGEMENT),
                logFile(config, "keycloak"));
    }

    /** Where a server of the stack writes its output. */
    static Path logFile(StackConfig config, String name) {
        return config.dataDirectory().resolve("logs").resolve(name + ".log");
    }

    /** Kafka and Keycloak, at once. */
    void startBrokers() {
        Parallel.run(List.of(
                () -> start("kafka", StartedServers.BROKERS, kafka),
                () -> start("keycloak", StartedServers.BROKERS, keycloak)));
    }

    /** The data services' instances at once, then the gateway, if the stack runs them. */
    void startServices(ServiceUrls urls) {
        Parallel.run(config.instances().stream()
                .filter(instance -> instance.service() != Service.GATEWAY)
                .map(instance -> (Runnable) () -> startService(instance, StartedServers.SERVICES, urls))
                .toList());
        if (config.services().contains(Service.GATEWAY)) {
            startService(new ServiceInstance(Service.GATEWAY, 1), StartedServers.GATEWAY, urls);
        }
    }

    /** One service instance, told where the database, Kafka, Keycloak and (for the gateway) its upstreams are. */
    private void startService(ServiceInstance instance, int layer, ServiceUrls urls) {
        int port = config.port(instance.port());
        Map<String, String> environment = ServiceEnvironment.of(
                instance,
                port,
                database.database(),
                kafka.bootstrapServers(),
                keycloak.realmUrl(),
                urls.routes(),
                config.serviceEnvironment(instance.service()));
        ServiceProcess process = new ServiceProcess(
                instance, config.repositoryRoot(), port, environment, logFile(config, instance.name()));
        processes.put(instance.name(), process);
        start(instance.name(), layer, process);
    }

    private void start(String name, int layer, SlottedServer server) {
        String announcement = name + ": starting (log: " + logFile(config, name) + ")";
        started.start(layer, name, announcement, server, () -> server.start(progress), server::pid);
    }

    /** Stops one server and waits until it has exited; the rest of the stack keeps running. */
    void stop(String name, SlottedServer server) {
        long begin = System.nanoTime();
        progress.say(name + ": stopping (the rest of the stack keeps running)");
        server.close();
        progress.say(String.format("%s stopped in %.1f s", name, (System.nanoTime() - begin) / 1e9));
    }

    /** Starts a server again that was started before and has stopped since, on its port and data. */
    void restart(String name, SlottedServer server) {
        started.restart(name, () -> server.start(progress), server::pid);
    }

    ServiceProcess service(String name) {
        ServiceProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException(name + " is not a service this stack started");
        }
        return process;
    }

    KafkaBroker kafka() {
        return kafka;
    }

    KeycloakServer keycloak() {
        return keycloak;
    }

    /** Every server to watch: the embedded PostgreSQL, then Kafka, Keycloak and the services, which it restarts. */
    List<Supervisor.Watched> watched() {
        List<Supervisor.Watched> watched = new ArrayList<>();
        database.watched().ifPresent(watched::add);
        watched.add(watched("kafka", kafka));
        watched.add(watched("keycloak", keycloak));
        processes.forEach((name, process) -> watched.add(watched(name, process)));
        return watched;
    }

    private Supervisor.Watched watched(String name, SlottedServer server) {
        return new Supervisor.Watched(name, server::isAlive, () -> restart(name, server));
    }
}
