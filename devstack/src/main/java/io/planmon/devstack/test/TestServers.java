package io.planmon.devstack.test;

import io.planmon.devstack.Ports;
import io.planmon.devstack.Progress;
import io.planmon.devstack.StackException;
import io.planmon.devstack.kafka.KafkaBroker;
import io.planmon.devstack.kafka.KafkaSettings;
import io.planmon.devstack.postgres.EmbeddedPostgresServer;
import io.planmon.devstack.process.ProcessTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * PostgreSQL and Kafka for every test class of one JVM. Quarkus may load this class in more than one class loader, so
 * the state lives where all of them see it: plain strings in the system properties, guarded by an interned string
 * literal (one object per JVM whichever loader asks).
 */
final class TestServers {

    private static final String LOCK = "planmon.devstack.test.lock";
    static final String DIRECTORY = "planmon.devstack.test.directory";
    static final String JDBC_URL = "planmon.devstack.test.jdbc-url";
    static final String KAFKA_PORT = "planmon.devstack.test.kafka-port";
    static final String KAFKA_CONTROLLER_PORT = "planmon.devstack.test.kafka-controller-port";
    static final String KAFKA_PID = "planmon.devstack.test.kafka-pid";

    private static final Progress PROGRESS = line -> System.out.println("[planmon test servers] " + line);

    private TestServers() {}

    /** Starts both servers unless this JVM already has them. */
    static void ensureStarted() {
        synchronized (LOCK) {
            if (System.getProperty(JDBC_URL) != null) {
                return;
            }
            long begin = System.nanoTime();
            Path directory = createDirectory();
            System.setProperty(DIRECTORY, directory.toString());
            System.setProperty(KAFKA_PORT, Integer.toString(Ports.freePort()));
            System.setProperty(KAFKA_CONTROLLER_PORT, Integer.toString(Ports.freePort()));
            Runtime.getRuntime().addShutdownHook(new Thread(new TestServerReaper(), "planmon-test-servers-stop"));
            CompletableFuture<EmbeddedPostgresServer> postgres =
                    CompletableFuture.supplyAsync(() -> EmbeddedPostgresServer.start(
                            Ports.freePort(), directory.resolve("pgdata"), directory.resolve("logs/postgres.log")));
            startKafka();
            try {
                System.setProperty(JDBC_URL, postgres.join().database().jdbcUrl());
            } catch (CompletionException e) {
                throw e.getCause() instanceof StackException stack ? stack : new StackException("PostgreSQL", e);
            }
            PROGRESS.say(String.format(
                    "PostgreSQL %s and Kafka %s ready in %.1f s (files in %s)",
                    System.getProperty(JDBC_URL), kafkaBootstrap(), (System.nanoTime() - begin) / 1e9, directory));
        }
    }

    private static Path createDirectory() {
        try {
            return Files.createTempDirectory("planmon-test-");
        } catch (IOException e) {
            throw new StackException("cannot create a directory for the test servers", e);
        }
    }

    static String kafkaBootstrap() {
        return "localhost:" + System.getProperty(KAFKA_PORT);
    }

    /** Starts the broker on the port and log directory it had before. */
    static void startKafka() {
        synchronized (LOCK) {
            String running = System.getProperty(KAFKA_PID);
            if (running != null && ProcessHandle.of(Long.parseLong(running)).isPresent()) {
                return;
            }
            Path directory = Path.of(System.getProperty(DIRECTORY));
            KafkaSettings settings = new KafkaSettings(
                    Integer.parseInt(System.getProperty(KAFKA_PORT)),
                    Integer.parseInt(System.getProperty(KAFKA_CONTROLLER_PORT)),
                    directory.resolve("kafka"));
            KafkaBroker broker = new KafkaBroker(settings, directory.resolve("logs/kafka.log"));
            broker.start(PROGRESS);
            System.setProperty(KAFKA_PID, Long.toString(broker.pid()));
        }
    }

    /** Stops the broker (a controlled shutdown) and waits until it has exited. */
    static void stopKafka() {
        synchronized (LOCK) {
            String pid = System.clearProperty(KAFKA_PID);
            if (pid != null) {
                ProcessHandle.of(Long.parseLong(pid))
                        .ifPresent(kafka -> ProcessTree.stop(kafka, Duration.ofSeconds(30)));
            }
        }
    }
}
