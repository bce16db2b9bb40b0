package io.planmon.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The task catalogue loaded from the plan (V4__task_catalogue.sql), as the API shows it. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
@TestSecurity(user = "viewer", roles = "viewer")
class CatalogueTest {

    private static List<Map<String, Object>> catalogue() {
        List<Map<String, Object>> all = given().get("/api/v1/tasks?limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        return all.stream()
                .filter(t -> ((String) t.get("code")).startsWith("T"))
                .toList();
    }

    @Test
    void atLeastSixtyTasksCoverEveryArticleFromSevenToFifty() {
        List<Map<String, Object>> tasks = catalogue();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(60);
        Set<Integer> articles =
                tasks.stream().map(t -> (Integer) t.get("article")).collect(Collectors.toSet());
        assertThat(articles).containsAll(IntStream.rangeClosed(7, 50).boxed().toList());
        assertThat(tasks).allSatisfy(t -> {
            assertThat((String) t.get("title")).isNotBlank();
            assertThat((String) t.get("titleEn")).isNotBlank();
            assertThat((String) t.get("planSentence")).isNotBlank();
            assertThat(t.get("assignment")).isEqualTo("PROPOSED");
            assertThat((String) t.get("start")).isGreaterThanOrEqualTo("2026-01-01");
            assertThat((String) t.get("due")).isLessThanOrEqualTo("2030-12-31");
            assertThat((List<?>) t.get("milestones")).isNotEmpty();
        });
    }

    @Test
    void theNamedProjectsAreThere() {
        Map<String, Map<String, Object>> byCode =
                catalogue().stream().collect(Collectors.toMap(t -> (String) t.get("code"), t -> t));
        assertThat(byCode.get("T20-01"))
                .containsEntry("article", 20)
                .containsEntry("title", "建成上海示范区线及青浦新城站、新城南站")
                .containsEntry("leadDepartment", "TRANSPORT");
        assertThat(byCode.get("T38-01").get("title").toString()).contains("中山医院");
        assertThat(byCode.get("T38-02").get("title").toString()).contains("儿童医院");
        assertThat(byCode.get("T20-02").get("title").toString()).contains("外青松公路");
        assertThat(byCode.get("T23-01").get("title").toString()).contains("上海博物馆西馆");
        assertThat(byCode.get("T25-01").get("title").toString()).contains("第二轮土地承包");
        assertThat(byCode.get("T18-01").get("title").toString()).contains("CIPA");
        assertThat(byCode.get("T38-03").get("indicators")).isEqualTo(List.of("FAMILY_DOCTOR_COVERAGE"));
        List<?> linked = (List<?>) byCode.get("T38-03").get("indicatorStatus");
        assertThat(((Map<?, ?>) linked.get(0)).get("code")).isEqualTo("FAMILY_DOCTOR_COVERAGE");
        // linked by V5
        assertThat(byCode.get("T20-01").get("indicators")).isEqualTo(List.of("RAIL_TRANSIT_LENGTH"));
    }

    @Test
    void eachTownOfArticleNineteenLeadsATask() {
        for (String town : List.of("TOWN_HUAXIN", "TOWN_ZHAOXIANG", "TOWN_CHONGGU", "TOWN_BAIHE", "TOWN_LIANTANG")) {
            given().queryParam("article", 19)
                    .queryParam("department", town)
                    .get("/api/v1/tasks")
                    .then()
                    .statusCode(200)
                    .body("size()", equalTo(1))
                    .body("[0].leadDepartment", equalTo(town));
        }
    }

    @Test
    void theDepartmentFilterFindsCooperatingDepartmentsToo() {
        List<Map<String, Object>> tasks = given().queryParam("department", "QINGPU_NEW_CITY")
                .get("/api/v1/tasks")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(tasks).extracting(t -> t.get("code")).contains("T18-02", "T20-01");
        assertThat(tasks).allSatisfy(t -> assertThat("QINGPU_NEW_CITY".equals(t.get("leadDepartment"))
                        || ((List<?>) t.get("coDepartments")).contains("QINGPU_NEW_CITY"))
                .isTrue());
    }

    @Test
    void badFiltersAreProblemsNamingTheParameter() {
        given().queryParam("status", "LATE")
                .get("/api/v1/tasks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("status"));
        given().queryParam("article", "seven")
                .get("/api/v1/tasks")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("article"));
        given().get("/api/v1/tasks/abc").then().statusCode(400).body("errors[0].field", equalTo("id"));
        given().get("/api/v1/tasks/999999").then().statusCode(404).contentType("application/problem+json");
    }
}
