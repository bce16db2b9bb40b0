package io.planmon.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.lessThan;

import io.restassured.http.ContentType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the dashboard's system tests do through the API around the browser: push synthetic values as a department,
 * set a target as the plan admin, and read the gateway's own counters.
 */
final class DashboardApi {
    private DashboardApi() {}

    /** A value pushed by the department system {@code client}, noted as synthetic. */
    static void push(String indicator, String client, String period, Number value) {
        given().auth()
                .oauth2(Tokens.client(client))
                .contentType(ContentType.JSON)
                .body("{\"value\": " + value + ", \"note\": \"synthetic e2e dashboard value\"}")
                .put("/api/v1/indicators/" + indicator + "/observations/" + period)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(lessThan(300));
    }

    /** The plan admin sets the target (the body of PUT /api/v1/indicators/{code}/target). */
    static void setTarget(String indicator, String target) {
        given().auth()
                .oauth2(Tokens.user("admin"))
                .contentType(ContentType.JSON)
                .body(target)
                .put("/api/v1/indicators/" + indicator + "/target")
                .then()
                .log()
                .ifValidationFails()
                .statusCode(200);
    }

    /**
     * The sum of a counter of the gateway's /q/metrics over the series whose labels contain {@code label} (every series
     * with ""): what the gateway counted where the requests arrive, whatever a browser reports.
     */
    static long counted(String counter, String label) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher line = Pattern.compile("^" + Pattern.quote(counter) + "\\{([^}]*)\\} ([0-9.eE+]+)$", Pattern.MULTILINE)
                .matcher(metrics);
        long sum = 0;
        while (line.find()) {
            if (line.group(1).contains(label)) {
                sum += (long) Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }
}
