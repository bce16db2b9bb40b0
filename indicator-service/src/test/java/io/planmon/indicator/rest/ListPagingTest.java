package io.planmon.indicator.rest;

import static io.planmon.devstack.test.SummaryCounts.nonZero;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.planmon.devstack.test.LinkHeader;
import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Paging of the catalogue, the summary against the catalogue, and the 400s of bad query parameters. */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
@TestSecurity(user = "viewer", roles = "viewer")
class ListPagingTest {

    @Test
    void theWholeCatalogueFitsTheDefaultPageUnder64KbWithItsTotal() {
        // The tests' synthetic indicators share the table, so the plan's catalogue is counted within all of them.
        Response everything = given().queryParam("limit", 500).get("/api/v1/indicators");
        List<String> plan = everything.jsonPath().getList("findAll { it.area != 'SYNTHETIC_TEST' }.code");
        assertThat(plan)
                .as("the plan's catalogue (docs/indicators.md), beside the tests' synthetic indicators")
                .hasSize(67)
                .hasSizeLessThanOrEqualTo(100);
        Response page = given().get("/api/v1/indicators");
        int total = everything.jsonPath().getList("code").size();
        page.then().statusCode(200).header("X-Total-Count", String.valueOf(total));
        assertThat(page.jsonPath().getList("code")).hasSize(Math.min(total, 100));
        assertThat(page.asByteArray().length).isLessThan(64 * 1024);
    }

    @Test
    void smallPagesFollowedByTheirLinksWalkEveryIndicatorExactlyOnce() {
        // The whole table in one page: synthetic test indicators may push it past the default 100.
        List<String> whole = given().queryParam("limit", 500)
                .get("/api/v1/indicators")
                .jsonPath()
                .getList("code");
        List<String> walked = new ArrayList<>();
        String next = "/api/v1/indicators?limit=7";
        int pages = 0;
        while (next != null) {
            Response page = given().get(next);
            page.then().statusCode(200).header("X-Total-Count", String.valueOf(whole.size()));
            walked.addAll(page.jsonPath().getList("code"));
            next = LinkHeader.next(page.header("Link"));
            pages++;
        }
        assertThat(walked).containsExactlyElementsOf(whole);
        assertThat(new HashSet<>(walked)).hasSize(walked.size());
        assertThat(pages).isEqualTo((whole.size() + 6) / 7);
    }

    @Test
    void theSummaryCountsWhatTheCatalogueShows() {
        List<Map<String, Object>> all =
                given().get("/api/v1/indicators?limit=500").jsonPath().getList("$");
        Map<String, Map<String, Integer>> byArea = new TreeMap<>();
        Map<String, Integer> byStatus = new TreeMap<>();
        for (Map<String, Object> indicator : all) {
            @SuppressWarnings("unchecked")
            Map<String, Object> latest = (Map<String, Object>) indicator.get("latest");
            String status = latest == null ? "NO_DATA" : (String) latest.get("status");
            byArea.computeIfAbsent((String) indicator.get("area"), a -> new TreeMap<>())
                    .merge(status, 1, Integer::sum);
            byStatus.merge(status, 1, Integer::sum);
        }
        Response summary = given().get("/api/v1/indicators/summary");
        summary.then().statusCode(200).body("total", equalTo(all.size()));
        assertThat(nonZero(summary.jsonPath().getMap("byStatus"))).isEqualTo(byStatus);
        Map<String, Map<String, Integer>> areas = summary.jsonPath().getMap("byArea");
        assertThat(areas.keySet()).containsExactlyElementsOf(byArea.keySet());
        areas.forEach((area, counts) -> assertThat(nonZero(counts)).as(area).isEqualTo(byArea.get(area)));
        assertThat(summary.jsonPath().getMap("byStatus").keySet())
                .contains(
                        "ON_TRACK",
                        "AT_RISK",
                        "OFF_TRACK",
                        "ACHIEVED",
                        "AWAITING_REFERENCE",
                        "INSUFFICIENT_DATA",
                        "NO_TARGET",
                        "NO_DATA");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/v1/indicators?area=NOPE|area|SYNTHETIC_TEST",
                "/api/v1/indicators?status=NOPE|status|DATA_OVERDUE",
                "/api/v1/indicators?status=|status|ON_TRACK",
                "/api/v1/indicators?limit=0|limit|1 to 500",
                "/api/v1/indicators?limit=501|limit|1 to 500",
                "/api/v1/indicators?limit=ten|limit|1 to 500",
                "/api/v1/indicators?offset=-1|offset|from 0",
                "/api/v1/indicators?offset=x|offset|from 0",
                "/api/v1/indicators/TEST_OUTAGE/evaluations?limit=0|limit|1 to 500",
                "/api/v1/indicators/TEST_OUTAGE/observations?offset=NaN|offset|from 0"
            })
    void aBadQueryParameterIsA400NamingItAndWhatItTakes(String path, String field, String listed) {
        given().get(path)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems(field))
                .body("detail", containsString(listed));
    }
}
