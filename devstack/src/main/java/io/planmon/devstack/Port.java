package io.planmon.devstack;

import java.util.Locale;

/**
 * The ports of the local stack, with their defaults and the environment variables that override them. A derived port
 * (Kafka's controller, Keycloak's management interface, the services beside the gateway) follows its base port unless
 * it is set itself, so that moving one port moves its companions.
 */
public enum Port {
    POSTGRES("PLANMON_DB_PORT", 5433, null, 0),
    KAFKA("PLANMON_KAFKA_PORT", 9092, null, 0),
    KAFKA_CONTROLLER("PLANMON_KAFKA_CONTROLLER_PORT", 0, KAFKA, 1),
    KEYCLOAK("PLANMON_KEYCLOAK_PORT", 8180, null, 0),
    KEYCLOAK_MANAGEMENT("PLANMON_KEYCLOAK_MANAGEMENT_PORT", 0, KEYCLOAK, 10),
    GATEWAY("PLANMON_GATEWAY_PORT", 8080, null, 0),
    INDICATOR_SERVICE("PLANMON_INDICATOR_SERVICE_PORT", 0, GATEWAY, 1),
    TASK_SERVICE("PLANMON_TASK_SERVICE_PORT", 0, GATEWAY, 2),
    NOTIFICATION_SERVICE("PLANMON_NOTIFICATION_SERVICE_PORT", 0, GATEWAY, 3),
    // The second instance of each data service (./planmon up --replicas 2), ten above the first.
    INDICATOR_SERVICE_2("PLANMON_INDICATOR_SERVICE_2_PORT", 0, GATEWAY, 11),
    TASK_SERVICE_2("PLANMON_TASK_SERVICE_2_PORT", 0, GATEWAY, 12),
    NOTIFICATION_SERVICE_2("PLANMON_NOTIFICATION_SERVICE_2_PORT", 0, GATEWAY, 13);

    private final String environmentVariable;
    private final int defaultPort;
    private final Port base;
    private final int offset;

    Port(String environmentVariable, int defaultPort, Port base, int offset) {
        this.environmentVariable = environmentVariable;
        this.defaultPort = defaultPort;
        this.base = base;
        this.offset = offset;
    }

    /** The environment variable that sets this port, e.g. {@code PLANMON_KAFKA_PORT}. */
    public String environmentVariable() {
        return environmentVariable;
    }

    /** The port this one follows, or null for an independent port. */
    public Port base() {
        return base;
    }

    /** This port's value when its base port has the given value. */
    public int derivedFrom(int basePort) {
        return basePort + offset;
    }

    /** The default value, e.g. 9093 for the Kafka controller. */
    public int defaultPort() {
        return base == null ? defaultPort : derivedFrom(base.defaultPort());
    }

    /** A human name such as "kafka controller". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
