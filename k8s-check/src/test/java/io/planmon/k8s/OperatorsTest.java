package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;

/**
 * The Kafka and the PostgreSQL of k8s/operators/ are what the services use: every topic they read or write is a
 * KafkaTopic of the cluster they connect to, kept no longer than the inbox remembers ids; every database URL names a
 * Database of the CloudNativePG cluster, owned by the role whose Secret the service logs in with.
 */
class OperatorsTest {
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([a-z0-9-]+)-rw:5432/([a-z_]+)");
    private static final Pattern TOPIC_CONSTANT = Pattern.compile("= \"(planmon\\.[a-z.-]+)\";");

    @Test
    void everyTopicTheServicesUseIsAKafkaTopicOfTheClusterTheyConnectTo() {
        Set<String> used = new TreeSet<>();
        TOPIC_CONSTANT
                .matcher(YamlFiles.read(
                        YamlFiles.repository().resolve("events/src/main/java/io/planmon/events/Topics.java")))
                .results()
                .forEach(m -> used.add(m.group(1)));
        for (String module : ServiceSettings.modules()) {
            ServiceSettings settings = ServiceSettings.of(module);
            settings.keys().stream()
                    .filter(key -> key.endsWith(".topic") && key.startsWith("mp.messaging."))
                    .forEach(key -> used.add(settings.value(key)));
        }
        assertThat(used).contains("planmon.observations.v1", "planmon.dlq.notification-service");

        String bootstrap = WiringTest.environment("indicator-service").get("KAFKA_BOOTSTRAP_SERVERS");
        String cluster = bootstrap.replaceFirst("-kafka-bootstrap:\\d+$", "");
        Map<String, Map<String, Object>> topics = Tree.byKindAndName(Rendered.operators(), "KafkaTopic");
        assertThat(topics.keySet()).containsExactlyInAnyOrderElementsOf(used);
        Map<String, Object> pool = Tree.byKindAndName(Rendered.operators(), "KafkaNodePool")
                .values()
                .iterator()
                .next();
        Duration inbox = ServiceSettings.of("task-service").duration("planmon.retention.inbox");
        topics.forEach((name, topic) -> {
            assertThat(Tree.string(topic, "metadata", "labels", "strimzi.io/cluster"))
                    .as(name)
                    .isEqualTo(cluster);
            assertThat((Integer) Tree.at(topic, "spec", "replicas")).as(name).isLessThanOrEqualTo((Integer)
                    Tree.at(pool, "spec", "replicas"));
            if (!name.startsWith("planmon.dlq.")) {
                long kept = ((Number) Tree.at(topic, "spec", "config", "retention.ms")).longValue()
                        + ((Number) Tree.at(topic, "spec", "config", "segment.ms")).longValue();
                assertThat(Duration.ofMillis(kept))
                        .as(name + ": retention plus segment roll within the inbox's memory")
                        .isLessThanOrEqualTo(inbox);
                // Every instance of a consuming service gets partitions to work on.
                assertThat((Integer) Tree.at(topic, "spec", "partitions"))
                        .as(name)
                        .isGreaterThanOrEqualTo(2);
            }
        });
        Map<String, Object> kafka = Rendered.one("Kafka", cluster);
        assertThat(Tree.string(kafka, "spec", "kafka", "version"))
                .as("the broker version the services' Kafka clients (and devstack's broker) are")
                .isEqualTo(AppInfoParser.getVersion());
        assertThat(Tree.list(Tree.at(kafka, "spec", "kafka", "listeners")))
                .anyMatch(l -> bootstrap.endsWith(":" + Tree.map(l).get("port"))
                        && Boolean.FALSE.equals(Tree.map(l).get("tls")));
        Map<String, Object> config = Tree.map(Tree.at(kafka, "spec", "kafka", "config"));
        assertThat(config).containsEntry("auto.create.topics.enable", false);
        assertThat((Integer) config.get("min.insync.replicas")).isLessThan((Integer) Tree.at(pool, "spec", "replicas"));
    }

    @Test
    void everyDatabaseUrlNamesADatabaseOwnedByTheRoleWhoseSecretTheServiceReads() {
        for (String module : ServiceSettings.modules().subList(0, 3)) {
            Matcher url = JDBC.matcher(WiringTest.environment(module).get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertThat(url.matches()).as(module).isTrue();
            Map<String, Object> cluster = Rendered.one("Cluster", url.group(1));
            Map<String, Object> database = Tree.byKindAndName(Rendered.operators(), "Database").values().stream()
                    .filter(d -> url.group(2).equals(Tree.string(d, "spec", "name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(module + ": no Database " + url.group(2)));
            assertThat(Tree.string(database, "spec", "cluster", "name")).isEqualTo(url.group(1));
            String owner = Tree.string(database, "spec", "owner");
            Object role = Tree.list(Tree.at(cluster, "spec", "managed", "roles")).stream()
                    .filter(r -> owner.equals(Tree.map(r).get("name")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(module + ": no managed role " + owner));
            String secret = Tree.string(Tree.map(role), "passwordSecret", "name");
            assertThat(secretOf(module, "QUARKUS_DATASOURCE_USERNAME"))
                    .as(module)
                    .isEqualTo(secret + "/username");
            assertThat(secretOf(module, "QUARKUS_DATASOURCE_PASSWORD"))
                    .as(module)
                    .isEqualTo(secret + "/password");
        }
        Map<String, Object> cluster = Rendered.one("Cluster", "planmon-db");
        assertThat((Integer) Tree.at(cluster, "spec", "instances")).isGreaterThanOrEqualTo(2);
        String postgres = YamlFiles.read(YamlFiles.repository().resolve("pom.xml"))
                .replaceAll("(?s).*<postgres-binaries.version>(\\d+)\\..*", "$1");
        assertThat(Tree.string(cluster, "spec", "imageName"))
                .as("the major version devstack runs")
                .contains(":" + postgres + ".");
        assertThat(Tree.string(cluster, "spec", "bootstrap", "initdb", "secret", "name"))
                .isEqualTo("planmon-db-keycloak");
        assertThat(WiringTest.environment("keycloak"))
                .containsEntry("KC_DB_URL", "jdbc:postgresql://planmon-db-rw:5432/keycloak");
        assertThat(Tree.string(cluster, "spec", "bootstrap", "initdb", "database"))
                .isEqualTo("keycloak");
    }

    /** Which Secret and key a container variable comes from, as "name/key". */
    private static String secretOf(String deployment, String variable) {
        return Tree.list(Rendered.container(deployment).get("env")).stream()
                .map(Tree::map)
                .filter(e -> variable.equals(e.get("name")))
                .map(e -> Tree.string(e, "valueFrom", "secretKeyRef", "name") + "/"
                        + Tree.string(e, "valueFrom", "secretKeyRef", "key"))
                .findFirst()
                .orElse(null);
    }
}
