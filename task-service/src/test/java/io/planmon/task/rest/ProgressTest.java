package io.planmon.task.rest;

import static io.planmon.task.support.TaskApi.report;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.task.domain.Task;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.support.Fixtures;
import io.planmon.task.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Progress reports: who may send them, what they may say, and the history they leave. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class ProgressTest {
    private static final String REPORT = "{\"percent\": 30, \"narrative\": \"完成前期研究（合成）\"}";

    @Inject
    TaskAdminService admin;

    @Inject
    TestClock clock;

    long task;

    @BeforeEach
    void newTask() {
        clock.setDay(LocalDate.of(2026, 6, 1));
        Task created = admin.create(Fixtures.transportTask());
        task = created.id;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void theLeadDepartmentReportsAndTheStatusFollows() {
        report(
                        task,
                        "{\"percent\": 30, \"narrative\": \"完成前期研究（合成）\","
                                + " \"evidence\": [\"https://example.org/report.pdf\"]}")
                .statusCode(201)
                .body("taskId", equalTo((int) task))
                .body("percent", equalTo(30))
                .body("previousPercent", equalTo(0))
                .body("department", equalTo("TRANSPORT"))
                .body("reportedBy", equalTo("dept-transport"))
                .body("evidence[0]", equalTo("https://example.org/report.pdf"))
                .body("statusAfter", equalTo("IN_PROGRESS"));
        given().get("/api/v1/tasks/{id}", task)
                .then()
                .statusCode(200)
                .body("percent", equalTo(30))
                .body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    @TestSecurity(user = "new-city", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "QINGPU_NEW_CITY"))
    void aCooperatingDepartmentReportsToo() {
        report(task, REPORT).statusCode(201).body("department", equalTo("QINGPU_NEW_CITY"));
    }

    @Test
    @TestSecurity(user = "dept-health", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "HEALTH"))
    void anotherDepartmentIsForbidden() {
        report(task, REPORT)
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:planmon:problem:forbidden"))
                .body("detail", containsString("HEALTH is not one of them"));
        given().get("/api/v1/tasks/{id}/progress", task).then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aViewerIsForbidden() {
        report(task, REPORT).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "office", roles = "monitor")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void aMonitorIsForbiddenEvenWithTheRightDepartment() {
        report(task, REPORT).statusCode(403).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "admin", roles = "plan-admin")
    @OidcSecurity(claims = @Claim(key = "department", value = "PLANNING_OFFICE"))
    void thePlanAdminMayReportOnAnyTask() {
        report(task, REPORT).statusCode(201).body("reportedBy", equalTo("admin"));
    }

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void thePercentGoesDownOnlyWithANoteAndTheHistoryKeepsEverything() {
        report(task, "{\"percent\": 40, \"narrative\": \"一\"}").statusCode(201);
        report(task, "{\"percent\": 20, \"narrative\": \"二\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("note"))
                .body("errors[0].message", containsString("from 40 to 20"));
        report(task, "{\"percent\": 20, \"narrative\": \"二\", \"note\": \"重新核定工程量（合成）\"}")
                .statusCode(201)
                .body("previousPercent", equalTo(40));
        report(task, "{\"percent\": 20, \"narrative\": \"三\"}").statusCode(201);

        List<Map<String, Object>> history = given().get("/api/v1/tasks/{id}/progress", task)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(history).extracting(r -> r.get("percent")).containsExactly(40, 20, 20);
        assertThat(history).extracting(r -> r.get("narrative")).containsExactly("一", "二", "三");
        assertThat(history.get(1)).containsEntry("note", "重新核定工程量（合成）");
    }

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void aReportReachesAMilestone() {
        int first = given().get("/api/v1/tasks/{id}", task).jsonPath().getInt("milestones[0].id");
        report(task, "{\"percent\": 25, \"narrative\": \"第一步完成\", \"milestone\": " + first + "}")
                .statusCode(201)
                .body("milestone", equalTo(first));
        given().get("/api/v1/tasks/{id}", task)
                .then()
                .body("milestones[0].reachedOn", equalTo("2026-06-01"))
                .body("milestones[1].reachedOn", nullValue());
        report(task, "{\"percent\": 30, \"narrative\": \"再报\", \"milestone\": " + first + "}")
                .statusCode(400)
                .body("errors[0].field", equalTo("milestone"));
        report(task, "{\"percent\": 30, \"narrative\": \"x\", \"milestone\": 999999}")
                .statusCode(400)
                .body("errors[0].field", equalTo("milestone"));
    }

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void badInputNamesItsField() {
        report(task, "{\"percent\": 120, \"narrative\": \"x\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("percent"))
                .body("errors[0].message", equalTo("must be between 0 and 100, got 120"));
        report(task, "{\"percent\": \"half\", \"narrative\": \"x\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("percent"));
        report(task, "{\"percent\": 10}").statusCode(400).body("errors[0].field", equalTo("narrative"));
        report(task, "{\"percent\": 10, \"narrative\": \"x\", \"evidence\": [\"ftp://x/y\"]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("evidence[0]"));
        report(task, "[1]").statusCode(400).body("errors[0].field", equalTo("body"));
        report(999999, REPORT).statusCode(404);
        given().get("/api/v1/tasks/{id}/progress", task).then().body("size()", equalTo(0));
    }
}
