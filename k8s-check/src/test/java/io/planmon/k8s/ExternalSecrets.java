package io.planmon.k8s;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Secrets that the manifests read and nobody commits: created by the operator of the cluster with the commands in
 * docs/deployment.md ("Kubernetes manifests"), with exactly these keys.
 */
final class ExternalSecrets {
    private static final List<String> BASIC_AUTH = List.of("username", "password");
    private static final Pattern REALM_VARIABLE = Pattern.compile("\\$\\{(PLANMON_(?:SECRET|PASSWORD)_[A-Z0-9_]+)");

    static final Map<String, List<String>> KEYS = Map.of(
            "planmon-db-indicator",
            BASIC_AUTH,
            "planmon-db-task",
            BASIC_AUTH,
            "planmon-db-notification",
            BASIC_AUTH,
            "planmon-db-keycloak",
            BASIC_AUTH,
            "planmon-keycloak-clients",
            realmVariables(),
            "planmon-keycloak-admin",
            List.of("KC_BOOTSTRAP_ADMIN_USERNAME", "KC_BOOTSTRAP_ADMIN_PASSWORD"),
            "planmon-mail",
            List.of("QUARKUS_MAILER_USERNAME", "QUARKUS_MAILER_PASSWORD"),
            "planmon-dashboard-session",
            List.of("PLANMON_DASHBOARD_SESSION_SECRET"),
            "planmon-gateway-tls",
            List.of("tls.crt", "tls.key"));

    private ExternalSecrets() {}

    /** Every client secret and demo password of the realm file, which Keycloak substitutes at import. */
    private static List<String> realmVariables() {
        String realm = YamlFiles.read(YamlFiles.repository().resolve("deploy/keycloak/planmon-realm.json"));
        TreeSet<String> names = new TreeSet<>();
        REALM_VARIABLE.matcher(realm).results().forEach(m -> names.add(m.group(1)));
        return List.copyOf(names);
    }
}
