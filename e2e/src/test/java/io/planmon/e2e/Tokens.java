package io.planmon.e2e;

import static io.restassured.RestAssured.given;

/** Real access tokens from the stack's Keycloak, the way department systems and dashboards get them. */
final class Tokens {
    private Tokens() {}

    /** A department system: client credentials with the local demo secret {@code <clientId>-secret}. */
    static String client(String clientId) {
        return given().formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-secret")
                .post(tokenUrl())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    /** A person signing in to the dashboard: password grant (allowed in the local realm only). */
    static String user(String username) {
        return given().formParam("grant_type", "password")
                .formParam("client_id", "dashboard")
                .formParam("username", username)
                .formParam("password", username)
                .post(tokenUrl())
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    private static String tokenUrl() {
        return PlatformStack.get().realmUrl() + "/protocol/openid-connect/token";
    }
}
