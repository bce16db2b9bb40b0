package io.planmon.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.gateway.support.Tokens;
import io.planmon.gateway.support.UpstreamsResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A token verified once is reused for that very token, never for another, and never beyond its expiry: the caller, its
 * roles and scope stay its own.
 */
@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class VerifiedTokensTest {

    @Test
    void verifiesATokenOnceAndReusesTheVerdictForTheSameToken() {
        String token = Tokens.withRoles("viewer");
        double verified = count("verified");
        double reused = count("reused");

        for (int call = 0; call < 3; call++) {
            given().auth().oauth2(token).when().get("/api/v1/tasks").then().statusCode(200);
        }

        assertThat(count("verified")).isEqualTo(verified + 1);
        assertThat(count("reused")).isEqualTo(reused + 2);
    }

    @Test
    void neverLetsAnotherTokenPassAsTheVerifiedOne() throws Exception {
        given().auth().oauth2(Tokens.valid()).when().get("/api/v1/tasks").then().statusCode(200);

        given().auth()
                .oauth2(Tokens.tampered())
                .when()
                .get("/api/v1/tasks")
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(Tokens.foreignKey())
                .when()
                .get("/api/v1/tasks")
                .then()
                .statusCode(401);
        // Each caller keeps its own roles: a token without a planmon role is refused though others passed.
        given().auth()
                .oauth2(Tokens.withRoles("offline_access"))
                .when()
                .get(DashboardSummaryTest.PATH)
                .then()
                .statusCode(403);
    }

    @Test
    void stopsTrustingATokenWhenItExpires() throws InterruptedException {
        String token = Tokens.expiringIn(2);
        given().auth().oauth2(token).when().get("/api/v1/tasks").then().statusCode(200);

        Thread.sleep(3_000);

        given().auth().oauth2(token).when().get("/api/v1/tasks").then().statusCode(401);
    }

    private static double count(String result) {
        String metrics = given().when().get("/q/metrics").asString();
        Matcher matcher = Pattern.compile(
                        "(?m)^planmon_gateway_token_verifications_total\\{result=\"" + result + "\"} (\\S+)$")
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
