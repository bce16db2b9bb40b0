package io.planmon.task.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/** Test helpers around the task endpoints: bodies of a valid task, and creating one as the caller of the test. */
public final class TaskApi {
    private TaskApi() {}

    /** A unique task code, so that tests never meet each other's tasks. */
    public static String uniqueCode() {
        return "X-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A synthetic task led by {@code lead}, with one cooperating department and two milestones. */
    public static String jsonBody(String code, String lead, String co, String start, String due, String indicators) {
        return """
                {"code": "%s", "article": 20, "title": "测试任务（合成）", "titleEn": "Test task (synthetic)",
                 "leadDepartment": "%s", "coDepartments": ["%s"], "start": "%s", "due": "%s",
                 "milestones": [{"title": "第一步", "titleEn": "Step one", "due": "%s"},
                                {"title": "完成", "titleEn": "Done", "due": "%s"}],
                 "indicators": [%s]}
                """
                .formatted(code, lead, co, start, due, start, due, indicators);
    }

    /** Creates a task (the caller must be the plan admin) and returns its id. */
    public static long create(String body) {
        return post(body).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks")
                .then();
    }

    public static ValidatableResponse report(long id, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/tasks/{id}/progress", id)
                .then();
    }
}
