package io.planmon.devstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.Database;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTest {

    private final Database database = new Database("jdbc:postgresql://localhost:5433/planmon", "postgres", "pw");
    private final Map<Service, String> urls = Map.of(
            Service.INDICATOR_SERVICE, "http://localhost:8081,http://localhost:8091",
            Service.TASK_SERVICE, "http://localhost:8082",
            Service.NOTIFICATION_SERVICE, "http://localhost:8083",
            Service.GATEWAY, "http://localhost:8080");

    @Test
    void aServiceGetsItsPortDatabaseKafkaAndIssuer() {
        Map<String, String> environment = ServiceEnvironment.of(
                new ServiceInstance(Service.TASK_SERVICE, 1),
                8082,
                database,
                "localhost:9092",
                "http://localhost:8180/realms/planmon",
                urls,
                Map.of());

        assertThat(environment)
                .containsEntry("QUARKUS_HTTP_PORT", "8082")
                .containsEntry("PLANMON_INSTANCE_ID", "task-service")
                .containsEntry("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5433/planmon")
                .containsEntry("QUARKUS_DATASOURCE_USERNAME", "postgres")
                .containsEntry("QUARKUS_DATASOURCE_PASSWORD", "pw")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "localhost:9092")
                .containsEntry("QUARKUS_OIDC_AUTH_SERVER_URL", "http://localhost:8180/realms/planmon")
                .doesNotContainKey("PLANMON_ROUTES_TASKS_URL");
    }

    @Test
    void theGatewayGetsRoutesAndNoDatabase() {
        Map<String, String> environment = ServiceEnvironment.of(
                new ServiceInstance(Service.GATEWAY, 1),
                8080,
                database,
                "localhost:9092",
                "http://kc/realms/planmon",
                urls,
                Map.of());

        assertThat(environment)
                .containsEntry("PLANMON_ROUTES_INDICATORS_URL", "http://localhost:8081,http://localhost:8091")
                .containsEntry("PLANMON_ROUTES_TASKS_URL", "http://localhost:8082")
                .containsEntry("PLANMON_ROUTES_NOTIFICATIONS_URL", "http://localhost:8083")
                .doesNotContainKeys(
                        "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
    }

    @Test
    void extraVariablesOverrideTheStacksOwn() {
        Map<String, String> environment = ServiceEnvironment.of(
                new ServiceInstance(Service.NOTIFICATION_SERVICE, 2),
                8093,
                database,
                "localhost:9092",
                "http://kc/realms/planmon",
                urls,
                Map.of("QUARKUS_MAILER_PORT", "3025", "QUARKUS_HTTP_PORT", "9999"));

        assertThat(environment)
                .containsEntry("QUARKUS_MAILER_PORT", "3025")
                .containsEntry("QUARKUS_HTTP_PORT", "9999")
                .containsEntry("PLANMON_INSTANCE_ID", "notification-service-2");
    }
}
