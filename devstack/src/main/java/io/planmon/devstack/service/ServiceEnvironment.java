package io.planmon.devstack.service;

import io.planmon.devstack.Database;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables that wire one service into the stack. Quarkus maps them onto its configuration keys
 * ({@code QUARKUS_HTTP_PORT} is {@code quarkus.http.port}), so services need no profile of their own for the local stack.
 */
public final class ServiceEnvironment {

    private ServiceEnvironment() {}

    /**
     * @param database the database of the stack, passed only to services that have one
     * @param serviceUrls base URLs of the other services' instances, comma-separated, which the gateway routes to
     * @param extra variables that override or add to the stack's own
     */
    public static Map<String, String> of(
            ServiceInstance instance,
            int port,
            Database database,
            String kafkaBootstrapServers,
            String oidcServerUrl,
            Map<Service, String> serviceUrls,
            Map<String, String> extra) {
        Service service = instance.service();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        // Names the instance's Kafka consumers as static group members: one that crashed and is started again takes
        // its partitions over at once (io.planmon.kit.inbox.GroupMembership).
        environment.put("PLANMON_INSTANCE_ID", instance.name());
        if (service.usesDatabase()) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
            environment.put("QUARKUS_DATASOURCE_USERNAME", database.username());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        }
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcServerUrl);
        if (service == Service.GATEWAY) {
            environment.put("PLANMON_ROUTES_INDICATORS_URL", serviceUrls.get(Service.INDICATOR_SERVICE));
            environment.put("PLANMON_ROUTES_TASKS_URL", serviceUrls.get(Service.TASK_SERVICE));
            environment.put("PLANMON_ROUTES_NOTIFICATIONS_URL", serviceUrls.get(Service.NOTIFICATION_SERVICE));
        }
        environment.putAll(extra);
        environment.values().removeIf(value -> value == null);
        return environment;
    }
}
