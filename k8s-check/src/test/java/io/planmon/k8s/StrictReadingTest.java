package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The readers this check relies on do refuse what the API server would refuse. */
class StrictReadingTest {
    private static final String DEPLOYMENT =
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: d}
            spec:
              replicas: 2
              selector: {matchLabels: {app: d}}
              template:
                metadata: {labels: {app: d}}
                spec:
                  containers:
                    - name: d
                      image: planmon/d:1
                      readinessProbe: {httpGet: {path: /q/health/ready, port: http}, timeoutSeconds: 2}
            """;

    @Test
    void aValidDeploymentIsRead() {
        assertThat(BuiltInObjects.read(yaml(DEPLOYMENT))).isNotNull();
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThatThrownBy(() -> BuiltInObjects.read(yaml(DEPLOYMENT.replace("image:", "imagee:"))))
                .hasMessageContaining("imagee");
    }

    @Test
    void aWrongTypeIsRefused() {
        assertThatThrownBy(() -> BuiltInObjects.read(yaml(DEPLOYMENT.replace("replicas: 2", "replicas: two"))))
                .hasMessageContaining("two");
        // The client would read the string "2" as the number; the API server refuses it.
        assertThatThrownBy(
                        () -> BuiltInObjects.read(yaml(DEPLOYMENT.replace("timeoutSeconds: 2", "timeoutSeconds: '2'"))))
                .hasMessageContaining("timeoutSeconds");
        assertThatThrownBy(
                        () -> BuiltInObjects.read(
                                yaml(
                                        """
                        apiVersion: v1
                        kind: ConfigMap
                        metadata: {name: c}
                        data: {QUARKUS_HTTP_PORT: 8081}
                        """)))
                .hasMessageContaining("QUARKUS_HTTP_PORT");
    }

    @Test
    void aMissingRequiredFieldIsRefused() {
        assertThatThrownBy(() ->
                        BuiltInObjects.read(yaml(DEPLOYMENT.replace("  selector: {matchLabels: {app: d}}\n", ""))))
                .hasMessageContaining("selector");
    }

    @Test
    void aRemovedApiVersionIsRefused() {
        for (String removed : List.of(
                "policy/v1beta1 PodDisruptionBudget", "extensions/v1beta1 Ingress", "apps/v1beta2 Deployment")) {
            String[] gvk = removed.split(" ");
            assertThatThrownBy(() -> BuiltInObjects.read(
                            yaml("apiVersion: " + gvk[0] + "\nkind: " + gvk[1] + "\nmetadata: {name: x}\n")))
                    .as(removed)
                    .hasMessageContaining("no such API");
        }
    }

    @Test
    void aCustomResourceIsCheckedAgainstItsOperatorsSchema() {
        CustomResources resources = CustomResources.load();
        String topic =
                """
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: planmon.tasks.v1, labels: {strimzi.io/cluster: k}}
                spec: {partitions: 6, replicas: 3, config: {retention.ms: 604800000}}
                """;
        assertThat(resources.problems(yaml(topic))).isEmpty();
        assertThat(resources.problems(yaml(topic.replace("partitions: 6", "partitions: six"))))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("/spec/partitions");
        assertSomeProblemNames(resources, topic.replace("partitions: 6", "partitions: 0"), "minimum");
        assertSomeProblemNames(resources, topic.replace("replicas: 3", "replica: 3"), "/spec/replica is not a field");
        assertSomeProblemNames(resources, topic.replace("metadata: {", "metadata: {nam: x, "), "nam");
        assertSomeProblemNames(
                resources,
                """
                apiVersion: postgresql.cnpg.io/v1
                kind: Database
                metadata: {name: d}
                spec: {name: planmon_task, cluster: {name: planmon-db}}
                """,
                "/spec/owner is required");
        assertSomeProblemNames(
                resources,
                """
                apiVersion: postgresql.cnpg.io/v1
                kind: Cluster
                metadata: {name: c}
                spec: {instances: 2, storage: {size: 1Gi}, bootstrap: {initdb: {database: x, ownr: x}}}
                """,
                "/spec/bootstrap/initdb/ownr");
        assertThat(resources.knows("kafka.strimzi.io/v1beta1", "Kafka")).isFalse();
    }

    private static void assertSomeProblemNames(CustomResources resources, String manifest, String part) {
        assertThat(resources.problems(yaml(manifest))).anyMatch(p -> p.contains(part));
    }

    static Map<String, Object> yaml(String text) {
        return new Yaml().load(text);
    }
}
