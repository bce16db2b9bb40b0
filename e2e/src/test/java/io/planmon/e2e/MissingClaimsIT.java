package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real tokens of the realm that lack one claim planmon relies on: the department, the audience, a planmon role. Each
 * is refused where that claim matters, with the right status and a problem detail, and nowhere else.
 */
class MissingClaimsIT implements ThroughTheGateway {
    private static final String PROBLEM = "application/problem+json";
    private static OddClients clients;

    @BeforeAll
    static void createClients() {
        clients = new OddClients();
    }

    @AfterAll
    static void removeClients() {
        clients.close();
    }

    @Test
    void aReporterWithoutADepartmentReadsButWritesNothingAndSeesNoDepartmentsAlerts() {
        String token = clients.reporterWithoutDepartment();
        given().auth().oauth2(token).get("/api/v1/indicators").then().statusCode(200);

        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"value\": 118.5, \"note\": \"synthetic e2e missing-claim value\"}")
                .put("/api/v1/indicators/GDP_PER_CAPITA/observations/2017")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("detail", containsString("department"));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body("{\"percent\": 10, \"narrative\": \"synthetic e2e missing-claim report\"}")
                .post("/api/v1/tasks/" + TaskFixture.id() + "/progress")
                .then()
                .statusCode(403)
                .contentType(PROBLEM);
        for (String path : new String[] {"/api/v1/alerts", "/api/v1/alerts/stream"}) {
            refusedGet(token, path, 403).body("detail", containsString("department"));
        }
    }

    @Test
    void aTokenMeantForAnotherApplicationIsRefusedAtTheDoor() {
        String token = clients.reporterWithoutAudience();
        refusedGet(token, "/api/v1/indicators", 401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("status", equalTo(401));
    }

    @Test
    void aServiceReachedWithoutTheGatewayChecksTheAudienceItself() {
        String indicators = PlatformStack.get().serviceUrl("indicator-service") + "/api/v1/indicators";
        refusedGet(clients.reporterWithoutAudience(), indicators, 401);
        given().auth()
                .oauth2(Tokens.client("dept-stats"))
                .get(indicators)
                .then()
                .statusCode(200);
    }

    @Test
    void aTokenWithoutAPlanmonRoleReadsNothing() {
        String token = clients.clientWithoutRole();
        for (String path : new String[] {"/api/v1/indicators", "/api/v1/tasks", "/api/v1/alerts"}) {
            refusedGet(token, path, 403).body("status", equalTo(403));
        }
        refusedGet(token, "/api/v1/dashboard/summary", 403);
    }

    /** A GET with {@code token} refused with {@code status} and a problem detail; the response, for what else it says. */
    private static ValidatableResponse refusedGet(String token, String url, int status) {
        return given().auth().oauth2(token).get(url).then().statusCode(status).contentType(PROBLEM);
    }
}
