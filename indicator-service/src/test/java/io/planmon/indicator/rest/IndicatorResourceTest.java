package io.planmon.indicator.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "viewer", roles = "viewer")
class IndicatorResourceTest {

    @Test
    void theCatalogueCarriesTheFixedGoalIndicatorsWithTheirTargetsAsThePlanStatesThem() {
        given().get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        hasItems(
                                "GDP_GROWTH",
                                "GDP_PER_CAPITA",
                                "INCOME_GROWTH",
                                "CARBON_EMISSIONS",
                                "MAJOR_POLLUTANTS",
                                "FAMILY_DOCTOR_COVERAGE"))
                .body("find { it.code == 'GDP_PER_CAPITA' }.target.kind", equalTo("MULTIPLE_OF_BASE"))
                .body("find { it.code == 'GDP_PER_CAPITA' }.target.factor", equalTo(2))
                .body("find { it.code == 'GDP_GROWTH' }.target.reference", equalTo("SH_GDP_GROWTH"))
                .body("find { it.code == 'CARBON_EMISSIONS' }.target.peakYear", equalTo(2030));
    }

    @Test
    void filtersByDepartment() {
        given().queryParam("department", "ECO")
                .get("/api/v1/indicators")
                .then()
                .statusCode(200)
                .body("ownerDepartment", everyItem(equalTo("ECO")))
                .body("code", hasItems("CARBON_EMISSIONS", "MAJOR_POLLUTANTS"));
    }

    @Test
    void theOpenApiDocumentDescribesTheWholeIndicatorApi() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.keySet()",
                        hasItems(
                                "/api/v1/indicators",
                                "/api/v1/indicators/summary",
                                "/api/v1/indicators/{code}",
                                "/api/v1/indicators/{code}/observations",
                                "/api/v1/indicators/{code}/observations/{period}",
                                "/api/v1/indicators/{code}/observations/{period}/revisions",
                                "/api/v1/indicators/{code}/evaluations",
                                "/api/v1/indicators/{code}/status-changes",
                                "/api/v1/indicators/{code}/target",
                                "/api/v1/indicators/{code}/target/changes",
                                "/api/v1/observations"))
                .body(
                        "paths.'/api/v1/observations'.post.requestBody.content.keySet()",
                        hasItems("application/json", "text/csv"))
                .body("paths.'/api/v1/indicators'.get.responses.'200'.headers.keySet()", hasItems("ETag", "Link"))
                .body("paths.'/api/v1/indicators'.get.responses.keySet()", hasItems("200", "304", "400"));
    }

    @Test
    void anUnknownCodeIs404() {
        given().get("/api/v1/indicators/UNKNOWN").then().statusCode(404).contentType("application/problem+json");
    }
}
