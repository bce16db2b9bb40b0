package io.planmon.e2e;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A synthetic task made by the plan admin for the security matrix: lead ECO, cooperating HEALTH. Created once per
 * JVM, with codes of its own, so that it never meets the plan's tasks or another test's.
 */
final class TaskFixture {
    static final String LEAD = "dept-eco";
    static final String CO = "dept-health";
    static final String OTHER = "dept-transport";

    private static final String RUN =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static Integer id;

    private TaskFixture() {}

    static synchronized int id() {
        if (id == null) {
            id = given().auth()
                    .oauth2(Tokens.user("admin"))
                    .contentType(ContentType.JSON)
                    .body(body(nextCode()))
                    .post("/api/v1/tasks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
        return id;
    }

    /** A task code nobody else uses, e.g. {@code E2E-SEC-1A2B3C-1}. */
    static String nextCode() {
        return "E2E-SEC-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    /** A create (with a code) or replace (code null) body; every text says it is synthetic. */
    static String body(String code) {
        return "{" + (code == null ? "" : "\"code\": \"" + code + "\", ")
                + "\"article\": 20, \"title\": \"合成测试任务（e2e 安全矩阵）\","
                + " \"titleEn\": \"Synthetic task of the e2e security matrix\","
                + " \"leadDepartment\": \"ECO\", \"coDepartments\": [\"HEALTH\"], \"assignment\": \"PROPOSED\","
                + " \"start\": \"2026-01-01\", \"due\": \"2030-12-31\"}";
    }
}
