package io.planmon.devstack.bench;

import io.planmon.devstack.Database;
import io.planmon.devstack.Port;
import io.planmon.devstack.RunDirectory;
import io.planmon.devstack.StackConfig;
import io.planmon.devstack.StackException;
import io.planmon.devstack.keycloak.KeycloakServer;
import io.planmon.devstack.postgres.PlanmonDatabase;
import java.util.Properties;

/**
 * The started stack a benchmark measures: where the gateway, Keycloak and PostgreSQL listen, read from what
 * {@code ./planmon up} recorded in its run directory (so the benchmark needs no configuration of its own).
 */
public record BenchTarget(String gatewayUrl, String tokenUrl, Database database) {

    public static BenchTarget of(StackConfig config) {
        Properties endpoints = RunDirectory.of(config.dataDirectory()).endpoints();
        if (endpoints.getProperty("gateway.port") == null) {
            throw new StackException("no started stack in " + config.dataDirectory()
                    + ": start one first with ./planmon up --bench (in another terminal)");
        }
        String keycloak = "http://localhost:" + endpoints.getProperty("keycloak.port");
        Database database = config.externalDatabase()
                .orElseGet(() -> new Database(
                        "jdbc:postgresql://localhost:"
                                + endpoints.getProperty("postgres.port", "" + config.port(Port.POSTGRES)) + "/"
                                + PlanmonDatabase.NAME,
                        PlanmonDatabase.USER,
                        PlanmonDatabase.PASSWORD));
        return new BenchTarget(
                "http://localhost:" + endpoints.getProperty("gateway.port"),
                keycloak + "/realms/" + KeycloakServer.REALM + "/protocol/openid-connect/token",
                database);
    }
}
