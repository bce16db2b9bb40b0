package io.planmon.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monitoring office's dashboard is published as production needs it: its pages, assets, sign-out and the API it
 * calls on one host of the Ingress (and nothing of /q/ there), the realm sending people back to that host, the session
 * secret from a Secret, no synthetic-data banner, and https in the redirect URIs and on the session cookie.
 */
class DashboardPublishingTest {
    private static final String HOST = "dashboard.planmon.example";
    /** Besides the pages: the gateway's DashboardPaths and the API the page calls on the same origin. */
    private static final List<String> OWN_PATHS =
            List.of("/assets/app.js", "/signout", "/signed-out", "/api/v1/indicators");

    @Test
    void theDashboardHostRoutesEveryPagePathToTheGatewayAndNoHealthOrMetrics() {
        Map<String, Object> ingress = Rendered.one("Ingress", "gateway");
        Map<String, Object> rule = Tree.list(Tree.at(ingress, "spec", "rules")).stream()
                .map(Tree::map)
                .filter(r -> HOST.equals(r.get("host")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Ingress rule for " + HOST));
        List<Map<String, Object>> paths = new ArrayList<>();
        Tree.list(Tree.at(rule, "http", "paths")).forEach(path -> paths.add(Tree.map(path)));
        paths.forEach(path ->
                assertThat(Tree.string(path, "backend", "service", "name")).isEqualTo("gateway"));

        List<String> wanted = new ArrayList<>(OWN_PATHS);
        // The page paths the gateway signs people in on (quarkus.http.auth.permission.pages.paths), with a page below.
        for (String page : ServiceSettings.of("gateway")
                .value("quarkus.http.auth.permission.pages.paths")
                .split(",")) {
            wanted.add(page.replace("*", "GDP_PER_CAPITA"));
        }
        for (String path : wanted) {
            assertThat(routed(paths, path))
                    .as(HOST + path + " reaches the gateway")
                    .isTrue();
        }
        for (String path : List.of("/q/metrics", "/q/health/ready", "/q/openapi", "/indicatorsX")) {
            assertThat(routed(paths, path))
                    .as(HOST + path + " is not published")
                    .isFalse();
        }
        assertThat(Tree.list(Tree.at(ingress, "spec", "tls")).stream()
                        .flatMap(tls -> Tree.list(Tree.map(tls).get("hosts")).stream()))
                .as("TLS for the dashboard's host")
                .contains(HOST);
    }

    @Test
    void keycloakSendsPeopleBackToTheDashboardHost() {
        Map<String, Object> data =
                Tree.map(Rendered.one("ConfigMap", "keycloak-config").get("data"));
        assertThat(data.get("PLANMON_DASHBOARD_REDIRECT_URI")).isEqualTo("https://" + HOST + "/*");
        assertThat(data.get("PLANMON_DASHBOARD_REDIRECT_URI_2")).isEqualTo("https://" + HOST + "/*");
        assertThat(data.get("PLANMON_DASHBOARD_PASSWORD_GRANT")).isEqualTo("false");
    }

    @Test
    void theGatewayGetsTheSessionSecretFromASecretAndProductionSettings() {
        Map<String, String> environment = WiringTest.environment("gateway");
        assertThat(environment)
                .containsEntry("PLANMON_DASHBOARD_DEMO_NOTICE", "false")
                .containsEntry("QUARKUS_OIDC_DASHBOARD_AUTHENTICATION_FORCE_REDIRECT_HTTPS_SCHEME", "true")
                .containsEntry("QUARKUS_OIDC_DASHBOARD_AUTHENTICATION_COOKIE_FORCE_SECURE", "true");
        Map<String, Object> secret = Tree.list(Rendered.container("gateway").get("env")).stream()
                .map(Tree::map)
                .filter(entry -> "PLANMON_DASHBOARD_SESSION_SECRET".equals(entry.get("name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the gateway gets no PLANMON_DASHBOARD_SESSION_SECRET"));
        assertThat(Tree.string(secret, "valueFrom", "secretKeyRef", "name")).isEqualTo("planmon-dashboard-session");
        assertThat(ExternalSecrets.KEYS.get("planmon-dashboard-session")).contains("PLANMON_DASHBOARD_SESSION_SECRET");
        // The local default is for the local stack only; the variable must reach the property that holds it.
        assertThat(ServiceSettings.of("gateway").value("planmon.dashboard.session-secret"))
                .startsWith("${PLANMON_DASHBOARD_SESSION_SECRET:");
    }

    /** Whether an Ingress path matches a request path: Exact, or Prefix by whole path elements. */
    private static boolean routed(List<Map<String, Object>> paths, String request) {
        return paths.stream().anyMatch(path -> {
            String value = (String) path.get("path");
            if ("Exact".equals(path.get("pathType"))) {
                return request.equals(value);
            }
            String prefix = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
            return request.equals(prefix) || request.startsWith(prefix + "/");
        });
    }
}
