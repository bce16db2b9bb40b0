package io.planmon.devstack;

import io.planmon.devstack.keycloak.KeycloakServer;
import io.planmon.devstack.service.ServiceInstance;
import java.util.Properties;

/**
 * Where each server of a configured stack listens and how to tell it is healthy, written next to the pid files so that
 * {@code ./planmon status} needs no configuration of its own.
 */
final class StackEndpoints {

    private final StackConfig config;

    StackEndpoints(StackConfig config) {
        this.config = config;
    }

    Properties toProperties() {
        Properties endpoints = new Properties();
        if (config.externalDatabase().isEmpty()) {
            put(endpoints, "postgres", Port.POSTGRES, "tcp://localhost:" + config.port(Port.POSTGRES));
        }
        put(endpoints, "kafka", Port.KAFKA, "tcp://localhost:" + config.port(Port.KAFKA));
        put(
                endpoints,
                "keycloak",
                Port.KEYCLOAK,
                "http://localhost:" + config.port(Port.KEYCLOAK) + "/realms/" + KeycloakServer.REALM
                        + "/.well-known/openid-configuration");
        for (ServiceInstance instance : config.instances()) {
            put(
                    endpoints,
                    instance.name(),
                    instance.port(),
                    "http://localhost:" + config.port(instance.port()) + "/q/health/ready");
        }
        return endpoints;
    }

    void write(RunDirectory run) {
        run.writeEndpoints(toProperties());
    }

    private void put(Properties endpoints, String name, Port port, String check) {
        endpoints.setProperty(name + ".port", Integer.toString(config.port(port)));
        endpoints.setProperty(name + ".check", check);
    }
}
