package io.planmon.task.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.planmon.devstack.test.PlanmonTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class ArticleResourceTest {

    @Test
    @TestSecurity(user = "stats-system", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void listsTheFiftyNumberedArticlesInOrder() {
        List<Map<String, Object>> articles = given().when()
                .get("/api/v1/articles")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");

        assertThat(articles)
                .extracting(a -> a.get("number"))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
        assertThat(articles).allSatisfy(a -> {
            assertThat((String) a.get("title")).isNotBlank();
            assertThat((String) a.get("titleEn")).isNotBlank();
            assertThat((String) a.get("chapter")).isNotBlank();
            assertThat((String) a.get("chapterEn")).isNotBlank();
        });
        // Chapters run in order over contiguous ranges of articles, 1 to 13.
        List<Integer> chapters =
                articles.stream().map(a -> (Integer) a.get("chapterNumber")).toList();
        assertThat(chapters).isSorted().startsWith(1).endsWith(13);
        assertThat(chapters.stream().distinct()).hasSize(13);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void titlesAreTheHeadingSentencesOfThePlan() {
        // Spot checks, copied from docs/plan/qingpu-15th-proposal.zh.txt.
        Map<Integer, String> headings = Map.of(
                1, "“十四五”时期青浦发展取得显著成就",
                6, "“十五五”时期经济社会发展的主要目标",
                7, "引领长三角生态绿色一体化发展示范区建设",
                18, "提升“走出去”综合服务功能",
                24, "深入推进农文旅商体展融合发展",
                38, "加快建设健康青浦",
                50, "充分调动全区各方面的积极性主动性创造性");
        List<Map<String, Object>> articles =
                given().get("/api/v1/articles").jsonPath().getList("$");
        headings.forEach((number, title) -> assertThat(articles.get(number - 1))
                .containsEntry("number", number)
                .containsEntry("title", title));
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    void oneArticleWithItsChapter() {
        given().when()
                .get("/api/v1/articles/7")
                .then()
                .statusCode(200)
                .body("number", equalTo(7))
                .body("title", equalTo("引领长三角生态绿色一体化发展示范区建设"))
                .body(
                        "titleEn",
                        equalTo("Lead the building of the Yangtze River Delta Ecological Green Integrated"
                                + " Development Demonstration Zone"))
                .body("chapterNumber", equalTo(3))
                .body("chapter", equalTo("服务国家战略"))
                .body("chapterEn", equalTo("Serving national strategies"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "plan-admin")
    void unknownNumberIsNotFound() {
        given().when()
                .get("/api/v1/articles/51")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:not-found"))
                .body("status", equalTo(404))
                .body("detail", equalTo("the plan has no article 51"))
                .body("instance", equalTo("/api/v1/articles/51"));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void nonNumberIsABadRequestNamingTheField() {
        given().when()
                .get("/api/v1/articles/seven")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:validation"))
                .body("errors[0].field", equalTo("number"))
                .body("errors[0].message", startsWith("must be an integer"));
    }

    @Test
    void withoutIdentityIsUnauthorized() {
        given().when()
                .get("/api/v1/articles")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:planmon:problem:unauthorized"));
    }

    @Test
    @TestSecurity(user = "stranger", roles = "guest")
    void aRoleOutsideThePlanIsForbidden() {
        given().when()
                .get("/api/v1/articles/1")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:forbidden"));
    }
}
