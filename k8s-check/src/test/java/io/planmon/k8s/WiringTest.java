package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The manifests agree with the services' own configuration: the image, the port each one listens on, its health
 * endpoints, every environment variable it is given, and every ConfigMap, Secret and in-cluster address it is sent to.
 */
class WiringTest {
    /** Variables read by the base image's run-java.sh, not by Quarkus. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_MAX_MEM_RATIO", "JAVA_INITIAL_MEM_RATIO");
    /** Keys of Quarkus extensions a service has that no file of it names (quarkus-mailer's credentials). */
    private static final Map<String, String> EXTENSION_VARIABLES = Map.of(
            "QUARKUS_MAILER_USERNAME", "notification-service",
            "QUARKUS_MAILER_PASSWORD", "notification-service");

    private static final Pattern ADDRESS = Pattern.compile("^(?:[a-z]+:(?:postgresql:)?//)?([a-z0-9-]+):(\\d+)(/.*)?$");

    @Test
    void eachServiceRunsItsOwnImageOnThePortItListensOn() {
        for (String module : ServiceSettings.modules()) {
            Map<String, Object> container = Rendered.container(module);
            assertThat(Tree.string(container, "image"))
                    .as(module)
                    .matches("registry\\.example\\.internal/planmon/" + module + ":[0-9][^:]*");
            String port = ServiceSettings.of(module).value("quarkus.http.port");
            assertThat(Tree.list(container.get("ports")))
                    .as(module + " container port http")
                    .containsExactly(Map.of("name", "http", "containerPort", Integer.parseInt(port)));
            assertThat(environment(module)).as(module).containsEntry("QUARKUS_HTTP_PORT", port);
            Map<String, Object> service = Rendered.one("Service", module);
            assertThat(Tree.at(service, "spec", "selector"))
                    .as(module + " Service selects its pods")
                    .isEqualTo(Tree.at(Rendered.one("Deployment", module), "spec", "template", "metadata", "labels"));
            assertThat(Tree.list(Tree.at(service, "spec", "ports")))
                    .as(module + " Service port")
                    .containsExactly(Map.of("name", "http", "port", Integer.parseInt(port), "targetPort", "http"));
        }
    }

    @Test
    void probesAskTheServicesHealthEndpointsWithExplicitTimings() {
        Map<String, String> paths = Map.of(
                "startupProbe",
                "/q/health/started",
                "readinessProbe",
                "/q/health/ready",
                "livenessProbe",
                "/q/health/live");
        for (String module : ServiceSettings.modules()) {
            assertThat(YamlFiles.read(YamlFiles.repository().resolve(module).resolve("pom.xml"))
                            + YamlFiles.read(YamlFiles.repository().resolve("service-kit/pom.xml")))
                    .contains("quarkus-smallrye-health");
            Map<String, Object> container = Rendered.container(module);
            paths.forEach((probe, path) -> {
                Map<String, Object> settings = Tree.map(container.get(probe));
                assertThat(Tree.string(settings, "httpGet", "path"))
                        .as(module + " " + probe)
                        .isEqualTo(path);
                assertThat(Tree.string(settings, "httpGet", "port"))
                        .as(module + " " + probe)
                        .isEqualTo("http");
                assertThat(settings)
                        .as(module + " " + probe)
                        .containsKeys("timeoutSeconds", "periodSeconds", "failureThreshold");
                // Health answers from a cached check within a second (docs/architecture.md); the timeout leaves
                // room for a pause, and a probe is never sent again before the previous one has timed out.
                assertThat((Integer) settings.get("timeoutSeconds"))
                        .as(module + " " + probe)
                        .isBetween(2, 5);
                assertThat((Integer) settings.get("periodSeconds"))
                        .as(module + " " + probe)
                        .isGreaterThan((Integer) settings.get("timeoutSeconds"));
            });
            Map<String, Object> liveness = Tree.map(container.get("livenessProbe"));
            // A restart is for a process that stays stuck, never for a slow minute: at least 30 s of failures.
            assertThat((Integer) liveness.get("periodSeconds") * (Integer) liveness.get("failureThreshold"))
                    .as(module + " liveness")
                    .isGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void everyVariableAServiceGetsIsOneItReads() {
        for (String module : ServiceSettings.modules()) {
            ServiceSettings settings = ServiceSettings.of(module);
            Set<String> variables = new java.util.TreeSet<>(environment(module).keySet());
            for (Object source : Tree.list(Rendered.container(module).get("envFrom"))) {
                Object secret = Tree.map(source).get("secretRef");
                if (secret != null) {
                    variables.addAll(ExternalSecrets.KEYS.get(Tree.string(Tree.map(secret), "name")));
                }
            }
            for (String variable : variables) {
                boolean known = settings.reads(variable)
                        || IMAGE_VARIABLES.contains(variable)
                        || module.equals(EXTENSION_VARIABLES.get(variable));
                assertThat(known).as(module + " reads " + variable).isTrue();
            }
        }
    }

    @Test
    void everyLocalhostDefaultIsSetForTheCluster() {
        for (String module : ServiceSettings.modules()) {
            Map<String, String> environment = environment(module);
            ServiceSettings.of(module).localhostDefaults().forEach((property, value) -> assertThat(environment)
                    .as(module + ": " + property + "=" + value + " must be set in the cluster")
                    .containsKey(ServiceSettings.variable(property)));
            environment.forEach((variable, value) ->
                    assertThat(value).as(module + " " + variable).doesNotContain("localhost"));
        }
    }

    @Test
    void everyConfigMapAndSecretReferencedExists() {
        Map<String, Map<String, Object>> configMaps = Tree.byKindAndName(Rendered.all(), "ConfigMap");
        for (Map<String, Object> deployment :
                Tree.byKindAndName(Rendered.planmon(), "Deployment").values()) {
            for (Map<String, Object> container : Tree.containers(Tree.podSpec(deployment))) {
                String name = Tree.string(deployment, "metadata", "name");
                for (Map<String, Object> reference : Tree.references(container, "configMapRef", "configMapKeyRef")) {
                    Map<String, Object> configMap = configMaps.get((String) reference.get("name"));
                    assertThat(configMap)
                            .as(name + " ConfigMap " + reference.get("name"))
                            .isNotNull();
                    if (reference.containsKey("key")) {
                        assertThat(Tree.map(configMap.get("data"))).containsKey((String) reference.get("key"));
                    }
                }
                for (Map<String, Object> reference : Tree.references(container, "secretRef", "secretKeyRef")) {
                    List<String> keys = ExternalSecrets.KEYS.get((String) reference.get("name"));
                    assertThat(keys)
                            .as(name + " Secret " + reference.get("name") + " is one made outside")
                            .isNotNull();
                    if (reference.containsKey("key")) {
                        assertThat(keys)
                                .as(name + " Secret " + reference.get("name"))
                                .contains((String) reference.get("key"));
                    }
                }
            }
        }
    }

    @Test
    void everyInClusterAddressIsAServiceWithThatPort() {
        Map<String, Set<Integer>> services = InClusterServices.ports();
        for (String module : ServiceSettings.modules()) {
            environment(module).forEach((variable, value) -> {
                Matcher address = ADDRESS.matcher(value);
                if (address.matches()) {
                    assertThat(services.getOrDefault(address.group(1), Set.of()))
                            .as(module + " " + variable + "=" + value)
                            .contains(Integer.parseInt(address.group(2)));
                }
            });
        }
        // The gateway's routes reach each service's own Service.
        assertThat(environment("gateway"))
                .containsEntry("PLANMON_ROUTES_INDICATORS_URL", "http://indicator-service:8081")
                .containsEntry("PLANMON_ROUTES_TASKS_URL", "http://task-service:8082")
                .containsEntry("PLANMON_ROUTES_NOTIFICATIONS_URL", "http://notification-service:8083");
    }

    /** A service's container environment: its env entries and the data of the ConfigMaps it takes whole. */
    static Map<String, String> environment(String module) {
        Map<String, Map<String, Object>> configMaps = Tree.byKindAndName(Rendered.all(), "ConfigMap");
        Map<String, Object> container = Rendered.container(module);
        Map<String, String> environment = new LinkedHashMap<>();
        for (Object source : Tree.list(container.get("envFrom"))) {
            Object configMap = Tree.map(source).get("configMapRef");
            if (configMap != null) {
                Tree.map(configMaps
                                .get(Tree.string(Tree.map(configMap), "name"))
                                .get("data"))
                        .forEach((key, value) -> environment.put(key, String.valueOf(value)));
            }
        }
        for (Object variable : Tree.list(container.get("env"))) {
            Map<String, Object> entry = Tree.map(variable);
            environment.put(
                    (String) entry.get("name"),
                    entry.containsKey("value")
                            ? (String) entry.get("value")
                            : "(from " + Tree.map(entry.get("valueFrom")).keySet() + ")");
        }
        return environment;
    }
}
