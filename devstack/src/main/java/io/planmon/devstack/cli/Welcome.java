package io.planmon.devstack.cli;

import io.planmon.devstack.Database;
import io.planmon.devstack.Port;
import io.planmon.devstack.StackConfig;
import io.planmon.devstack.service.Service;
import io.planmon.devstack.service.ServiceInstance;

/** What {@code up} prints once everything is ready: where things are, who can log in, and curls to copy. */
final class Welcome {

    /** Takes the access token out of Keycloak's JSON answer with sed alone: jq is not on every machine. */
    static final String TOKEN_FILTER = "sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/'";

    private Welcome() {}

    static String text(StackConfig config, Database database, double seconds) {
        String keycloak = "http://localhost:" + config.port(Port.KEYCLOAK);
        String tokenUrl = keycloak + "/realms/planmon/protocol/openid-connect/token";
        String gateway = "http://localhost:" + config.port(Port.GATEWAY);
        StringBuilder text = new StringBuilder();
        text.append(String.format("%nplanmon is up (%.1f s). Data and logs: %s%n%n", seconds, config.dataDirectory()));
        for (ServiceInstance instance : config.instances()) {
            line(text, instance.name(), "http://localhost:" + config.port(instance.port()));
        }
        if (config.services().contains(Service.GATEWAY)) {
            line(text, "Dashboard", gateway + "/  (sign in as monitor / monitor)");
            line(text, "Swagger UI", gateway + "/q/swagger-ui  (the whole API, merged from the services)");
            line(text, "Metrics", gateway + "/q/metrics  (each service: <its URL>/q/metrics)");
        }
        line(text, "Keycloak admin", keycloak + "/admin  (admin / admin)");
        line(text, "Kafka", "localhost:" + config.port(Port.KAFKA));
        line(text, "PostgreSQL", database.jdbcUrl() + "  (" + database.username() + " / " + database.password() + ")");
        text.append(
                """

                Department systems (client credentials, role reporter; secret = <client>-secret locally):
                  dept-stats (STATS), dept-drc (DRC), dept-eco (ECO), dept-health (HEALTH),
                  dept-transport (TRANSPORT), dept-culture (CULTURE)
                People (client dashboard, password = user name):
                  admin (plan-admin), monitor (monitor), viewer (viewer)

                A token as the statistics bureau, and one as the monitoring office:
                """);
        text.append("  TOKEN=$(curl -s -d grant_type=client_credentials -d client_id=dept-stats")
                .append(" -d client_secret=dept-stats-secret ")
                .append(tokenUrl)
                .append(" | ")
                .append(TOKEN_FILTER)
                .append(")\n");
        text.append("  MONITOR_TOKEN=$(curl -s -d grant_type=password -d client_id=dashboard")
                .append(" -d username=monitor -d password=monitor ")
                .append(tokenUrl)
                .append(" | ")
                .append(TOKEN_FILTER)
                .append(")\n\nPush an observation, then see it arrive:\n");
        text.append("  curl -i -X PUT ")
                .append(gateway)
                .append("/api/v1/indicators/GDP_PER_CAPITA/observations/2025 -H \"Authorization: Bearer $TOKEN\"")
                .append(
                        " -H 'Content-Type: application/json' -d '{\"value\": 131.0, \"note\": \"synthetic demo value\"}'\n");
        text.append("  curl -s ").append(gateway).append("/api/v1/activity -H \"Authorization: Bearer $TOKEN\"\n\n");
        text.append("Logs: ./planmon logs <name>   Status: ./planmon status   Stop: Ctrl-C here, or ./planmon down\n");
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        text.append(String.format("  %-22s %s%n", label, value));
    }
}
