package io.planmon.devstack.test;

import io.planmon.devstack.postgres.PlanmonDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Gives a Quarkus test real servers without Docker: an embedded PostgreSQL (database {@code planmon}) and a Kafka
 * broker on free ports in a temporary directory. They start once per test JVM, are shared by every test class, and
 * stop when the JVM exits; Quarkus calling {@link #stop()} between applications leaves them running.
 *
 * <pre>{@code @QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)}</pre>
 */
public class PlanmonTestResource implements QuarkusTestResourceLifecycleManager {

    /** Sets {@code quarkus.datasource.jdbc.url|username|password} and {@code kafka.bootstrap.servers}. */
    @Override
    public Map<String, String> start() {
        TestServers.ensureStarted();
        return Map.of(
                "quarkus.datasource.jdbc.url", jdbcUrl(),
                "quarkus.datasource.username", username(),
                "quarkus.datasource.password", password(),
                "kafka.bootstrap.servers", kafkaBootstrap());
    }

    /** Nothing: the servers are shared by the whole test JVM, and a shutdown hook stops them. */
    @Override
    public void stop() {}

    /** The Kafka bootstrap servers, e.g. {@code localhost:41234}; starts the servers if needed. */
    public static String kafkaBootstrap() {
        TestServers.ensureStarted();
        return TestServers.kafkaBootstrap();
    }

    /** The JDBC URL of the {@code planmon} database; starts the servers if needed. */
    public static String jdbcUrl() {
        TestServers.ensureStarted();
        return System.getProperty(TestServers.JDBC_URL);
    }

    public static String username() {
        return PlanmonDatabase.USER;
    }

    public static String password() {
        return PlanmonDatabase.PASSWORD;
    }

    /** Stops the broker and waits until it has exited; its port and data stay for {@link #startKafka()}. */
    public static void stopKafka() {
        TestServers.ensureStarted();
        TestServers.stopKafka();
    }

    /** Starts the broker again on the same port and log directory, and waits until it serves. */
    public static void startKafka() {
        TestServers.ensureStarted();
        TestServers.startKafka();
    }
}
