package io.planmon.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceInstance;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StackConfigTest {

    private final Path root = Path.of("/repo");

    @Test
    void defaultsAreTheDocumentedPorts() {
        StackConfig config = StackConfig.forRepository(root);

        assertThat(config.port(Port.GATEWAY)).isEqualTo(8080);
        assertThat(config.port(Port.INDICATOR_SERVICE)).isEqualTo(8081);
        assertThat(config.port(Port.TASK_SERVICE)).isEqualTo(8082);
        assertThat(config.port(Port.NOTIFICATION_SERVICE)).isEqualTo(8083);
        assertThat(config.port(Port.KEYCLOAK)).isEqualTo(8180);
        assertThat(config.port(Port.KEYCLOAK_MANAGEMENT)).isEqualTo(8190);
        assertThat(config.port(Port.KAFKA)).isEqualTo(9092);
        assertThat(config.port(Port.KAFKA_CONTROLLER)).isEqualTo(9093);
        assertThat(config.port(Port.POSTGRES)).isEqualTo(5433);
        assertThat(config.dataDirectory()).isEqualTo(Path.of("/repo/.planmon"));
        assertThat(config.services()).containsExactly(Service.values());
    }

    @Test
    void twoReplicasRunEachDataServiceTwiceOnItsOwnPortAndTheGatewayOnce() {
        StackConfig config = StackConfig.forRepository(root).withReplicas(2);

        assertThat(config.instances())
                .extracting(ServiceInstance::name)
                .containsExactly(
                        "indicator-service",
                        "indicator-service-2",
                        "task-service",
                        "task-service-2",
                        "notification-service",
                        "notification-service-2",
                        "gateway");
        assertThat(config.port(Port.INDICATOR_SERVICE_2)).isEqualTo(8091);
        assertThat(config.port(Port.NOTIFICATION_SERVICE_2)).isEqualTo(8093);
        assertThat(config.portsToBind()).containsEntry(Port.TASK_SERVICE_2, 8092);
        assertThat(StackConfig.forRepository(root).portsToBind()).doesNotContainKey(Port.TASK_SERVICE_2);
        assertThat(config.withServices().instances()).isEmpty();
        assertThatThrownBy(() -> config.withReplicas(3)).hasMessageContaining("--replicas takes 1 or 2");
    }

    @Test
    void benchmarksRunEveryServiceWithTheFullJitAndTheGatewayWithoutRateLimits() {
        StackConfig config = StackConfig.forRepository(root).forBenchmarks();

        for (Service service : Service.values()) {
            assertThat(config.serviceEnvironment(service)).containsEntry("PLANMON_JIT", "full");
        }
        assertThat(config.serviceEnvironment(Service.GATEWAY))
                .containsEntry("PLANMON_RATE_LIMIT_DEFAULT_REQUESTS_PER_SECOND", "1000000")
                .containsEntry("PLANMON_RATE_LIMIT_CLIENTS_DASHBOARD_BURST", "1000000");
        assertThat(config.serviceEnvironment(Service.INDICATOR_SERVICE))
                .doesNotContainKey("PLANMON_RATE_LIMIT_DEFAULT_BURST");
        assertThat(StackConfig.forRepository(root).serviceEnvironment(Service.GATEWAY))
                .isEmpty();
    }

    @Test
    void environmentMovesAPortAndItsCompanions() {
        StackConfig config = StackConfig.fromEnvironment(
                root, Map.of("PLANMON_KAFKA_PORT", "19092", "PLANMON_GATEWAY_PORT", "9080", "PLANMON_DB_PORT", "6543"));

        assertThat(config.port(Port.KAFKA)).isEqualTo(19092);
        assertThat(config.port(Port.KAFKA_CONTROLLER)).isEqualTo(19093);
        assertThat(config.port(Port.INDICATOR_SERVICE)).isEqualTo(9081);
        assertThat(config.port(Port.NOTIFICATION_SERVICE)).isEqualTo(9083);
        assertThat(config.port(Port.POSTGRES)).isEqualTo(6543);
        assertThat(config.port(Port.KEYCLOAK)).isEqualTo(8180);
    }

    @Test
    void anExplicitDerivedPortWins() {
        StackConfig config = StackConfig.fromEnvironment(
                root, Map.of("PLANMON_KEYCLOAK_PORT", "8280", "PLANMON_KEYCLOAK_MANAGEMENT_PORT", "9000"));

        assertThat(config.port(Port.KEYCLOAK)).isEqualTo(8280);
        assertThat(config.port(Port.KEYCLOAK_MANAGEMENT)).isEqualTo(9000);
    }

    @Test
    void aPortThatIsNoNumberIsNamedInTheError() {
        assertThatThrownBy(() -> StackConfig.fromEnvironment(root, Map.of("PLANMON_GATEWAY_PORT", "eighty")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("PLANMON_GATEWAY_PORT")
                .hasMessageContaining("eighty");
        assertThatThrownBy(() -> StackConfig.fromEnvironment(root, Map.of("PLANMON_DB_PORT", "70000")))
                .hasMessageContaining("PLANMON_DB_PORT");
    }

    @Test
    void anExternalDatabaseReplacesTheEmbeddedOneAndItsPort() {
        StackConfig config = StackConfig.fromEnvironment(
                root,
                Map.of(
                        "PLANMON_DB_URL", "jdbc:postgresql://db:5432/planmon",
                        "PLANMON_DB_USER", "planmon",
                        "PLANMON_DB_PASSWORD", "secret"));

        assertThat(config.externalDatabase())
                .contains(new Database("jdbc:postgresql://db:5432/planmon", "planmon", "secret"));
        assertThat(config.portsToBind()).doesNotContainKey(Port.POSTGRES);
        assertThatThrownBy(() -> StackConfig.fromEnvironment(root, Map.of("PLANMON_DB_URL", "postgres://db/planmon")))
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void randomPortsAreDistinctAndFree() {
        StackConfig config = StackConfig.forRepository(root).randomPorts();

        Set<Integer> ports = new HashSet<>();
        for (Port port : Port.values()) {
            ports.add(config.port(port));
            assertThat(Ports.isFree(config.port(port))).isTrue();
        }
        assertThat(ports).hasSize(Port.values().length);
    }

    @Test
    void withoutServicesOnlyTheInfrastructureNeedsPorts() {
        StackConfig config = StackConfig.forRepository(root).withServices();

        assertThat(config.services()).isEmpty();
        assertThat(config.portsToBind())
                .containsOnlyKeys(
                        Port.POSTGRES, Port.KAFKA, Port.KAFKA_CONTROLLER, Port.KEYCLOAK, Port.KEYCLOAK_MANAGEMENT);
    }
}
