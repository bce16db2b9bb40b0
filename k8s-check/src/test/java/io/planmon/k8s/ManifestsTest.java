package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every object that k8s/ and k8s/operators/ render is one the API server (with the operators' CRDs) would take. */
class ManifestsTest {
    private static final CustomResources CUSTOM = CustomResources.load();

    @Test
    void everyObjectIsReadStrictlyByTheKubernetesModelsOrItsOperatorsSchema() {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> object : Rendered.all()) {
            String apiVersion = String.valueOf(object.get("apiVersion"));
            String kind = String.valueOf(object.get("kind"));
            if (CUSTOM.knows(apiVersion, kind)) {
                CUSTOM.problems(object)
                        .forEach(p -> problems.add(kind + " " + Tree.string(object, "metadata", "name") + p));
            } else {
                try {
                    BuiltInObjects.read(object);
                } catch (IllegalArgumentException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(Rendered.planmon()).hasSizeGreaterThan(20);
        assertThat(Rendered.operators())
                .extracting(o -> o.get("kind"))
                .contains("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Database");
    }

    @Test
    void everyObjectLandsInThePlanmonNamespaceWithThePartOfLabel() {
        for (Map<String, Object> object : Rendered.all()) {
            String name = object.get("kind") + " " + Tree.string(object, "metadata", "name");
            if (!"Namespace".equals(object.get("kind"))) {
                assertThat(Tree.string(object, "metadata", "namespace"))
                        .as(name)
                        .isEqualTo("planmon");
            }
            assertThat(Tree.string(object, "metadata", "labels", "app.kubernetes.io/part-of"))
                    .as(name)
                    .isEqualTo("planmon");
        }
    }

    @Test
    void theRealmIsTheOneFileAndKeycloakMountsItsGeneratedConfigMap() {
        Map<String, Object> realm = Rendered.planmon().stream()
                .filter(o -> "ConfigMap".equals(o.get("kind"))
                        && Tree.string(o, "metadata", "name").startsWith("planmon-realm-"))
                .findFirst()
                .orElseThrow();
        assertThat(Tree.string(realm, "data", "planmon-realm.json"))
                .isEqualTo(YamlFiles.read(YamlFiles.repository().resolve("deploy/keycloak/planmon-realm.json")));
        List<Object> volumes =
                Tree.list(Tree.podSpec(Rendered.one("Deployment", "keycloak")).get("volumes"));
        assertThat(volumes).anyMatch(v -> Tree.string(Tree.map(v), "configMap", "name")
                .equals(Tree.string(realm, "metadata", "name")));
    }
}
