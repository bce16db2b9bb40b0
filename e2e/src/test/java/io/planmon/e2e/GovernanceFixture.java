package io.planmon.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.Map;

/**
 * What the submission rows of the security matrix act on: the health commission's annual figures of years before the
 * plan (synthetic values of FAMILY_DOCTOR_COVERAGE that no other test pushes), one year per submission, made once.
 */
final class GovernanceFixture {
    static final String DEPARTMENT = "HEALTH";
    static final String CLIENT = "dept-health";
    private static final String INDICATOR = "FAMILY_DOCTOR_COVERAGE";
    private static final Map<String, Long> SUBMISSIONS = new HashMap<>();

    private GovernanceFixture() {}

    /** A value of {@code year}, so that the department has figures of it to submit. */
    static synchronized String year(String year) {
        given().auth()
                .oauth2(Tokens.client(CLIENT))
                .contentType(ContentType.JSON)
                .body("{\"value\": 61.5, \"note\": \"synthetic e2e security-matrix value\"}")
                .put("/api/v1/indicators/" + INDICATOR + "/observations/" + year)
                .then()
                .statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return year;
    }

    /** HEALTH's figures of {@code year}, submitted by the department (once). */
    static synchronized long submitted(String year) {
        return SUBMISSIONS.computeIfAbsent(year, y -> {
            year(y);
            return ((Number) given().auth()
                            .oauth2(Tokens.client(CLIENT))
                            .contentType(ContentType.JSON)
                            .body("{\"period\": \"" + y + "\"}")
                            .post("/api/v1/submissions")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"))
                    .longValue();
        });
    }

    /** HEALTH's figures of {@code year}, submitted and approved by the monitoring office (once). */
    static synchronized long approved(String year) {
        long id = submitted(year);
        String state = given().auth()
                .oauth2(Tokens.user("monitor"))
                .get("/api/v1/submissions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .path("state");
        if ("SUBMITTED".equals(state)) {
            given().auth()
                    .oauth2(Tokens.user("monitor"))
                    .contentType(ContentType.JSON)
                    .body("{\"comment\": \"synthetic e2e approval\"}")
                    .post("/api/v1/submissions/" + id + "/approve")
                    .then()
                    .statusCode(200);
        }
        return id;
    }
}
