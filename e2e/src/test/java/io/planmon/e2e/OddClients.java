package io.planmon.e2e;

import static io.restassured.RestAssured.given;

import io.planmon.devstack.keycloak.KeycloakServer;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keycloak clients the realm deliberately lacks (no department, no planmon audience, no planmon role), made through
 * Keycloak's admin API for one test run and removed again: they give real tokens, signed by the realm, that are wrong
 * in just one claim.
 */
final class OddClients implements AutoCloseable {
    private static final Map<String, Object> AUDIENCE = mapper(
            "planmon-api audience",
            "oidc-audience-mapper",
            Map.of("included.custom.audience", "planmon-api", "access.token.claim", "true"));

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> created = new ArrayList<>();

    /** A department system with the reporter role whose token has no {@code department} claim. */
    String reporterWithoutDepartment() {
        return token(create("no-department", List.of(AUDIENCE), "reporter"));
    }

    /** A reporter of STATS whose token lacks the audience {@code planmon-api}: meant for some other application. */
    String reporterWithoutAudience() {
        return token(create("no-audience", List.of(department("STATS")), "reporter"));
    }

    /** A client of the realm, for planmon and with a department, but holding none of planmon's roles. */
    String clientWithoutRole() {
        return token(create("no-role", List.of(AUDIENCE, department("STATS")), null));
    }

    private String create(String kind, List<Map<String, Object>> mappers, String realmRole) {
        String clientId = "e2e-" + run + "-" + kind + "-" + (created.size() + 1);
        String location = admin().contentType(ContentType.JSON)
                .body(Map.of(
                        "clientId",
                        clientId,
                        "description",
                        "synthetic client of one e2e run (" + kind + ")",
                        "secret",
                        clientId + "-secret",
                        "publicClient",
                        false,
                        "serviceAccountsEnabled",
                        true,
                        "standardFlowEnabled",
                        false,
                        "directAccessGrantsEnabled",
                        false,
                        "protocolMappers",
                        mappers))
                .post(realmAdmin() + "/clients")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        created.add(id);
        if (realmRole != null) {
            String user = admin().get(realmAdmin() + "/clients/" + id + "/service-account-user")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("id");
            Map<String, Object> role = admin().get(realmAdmin() + "/roles/" + realmRole)
                    .then()
                    .statusCode(200)
                    .extract()
                    .as(Map.class);
            admin().contentType(ContentType.JSON)
                    .body(List.of(role))
                    .post(realmAdmin() + "/users/" + user + "/role-mappings/realm")
                    .then()
                    .statusCode(204);
        }
        return clientId;
    }

    private static String token(String clientId) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-secret")
                .post(PlatformStack.get().realmUrl() + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static Map<String, Object> department(String code) {
        return mapper(
                "department",
                "oidc-hardcoded-claim-mapper",
                Map.of("claim.name", "department", "claim.value", code, "access.token.claim", "true"));
    }

    private static Map<String, Object> mapper(String name, String type, Map<String, String> config) {
        return Map.of("name", name, "protocol", "openid-connect", "protocolMapper", type, "config", config);
    }

    /** As Keycloak's bootstrap admin, with a fresh token each time (the master realm's tokens live one minute). */
    private static RequestSpecification admin() {
        String token = given().formParam("grant_type", "password")
                .formParam("client_id", "admin-cli")
                .formParam("username", KeycloakServer.ADMIN_USER)
                .formParam("password", KeycloakServer.ADMIN_PASSWORD)
                .post(PlatformStack.get().keycloakUrl() + "/realms/master/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
        return given().auth().oauth2(token);
    }

    private static String realmAdmin() {
        return PlatformStack.get().keycloakUrl() + "/admin/realms/planmon";
    }

    /** Removes the clients again, so that the realm the stack keeps between runs does not collect them. */
    @Override
    public void close() {
        created.forEach(
                id -> admin().delete(realmAdmin() + "/clients/" + id).then().statusCode(204));
    }
}
