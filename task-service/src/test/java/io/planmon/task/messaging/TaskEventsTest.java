package io.planmon.task.messaging;

import static io.planmon.task.support.TaskApi.report;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.events.CloudEvent;
import io.planmon.events.EventCodec;
import io.planmon.events.Topics;
import io.planmon.events.task.TaskOverdueV1;
import io.planmon.events.task.TaskStatusChangedV1;
import io.planmon.task.service.StatusScan;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.support.Fixtures;
import io.planmon.task.support.Kafka;
import io.planmon.task.support.TestClock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Status changes and overdue tasks reach the real broker through the outbox, keyed by task id. */
@QuarkusTest
@QuarkusTestResource(value = PlanmonTestResource.class, restrictToAnnotatedClass = false)
class TaskEventsTest {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    TaskAdminService admin;

    @Inject
    StatusScan scan;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @TestSecurity(user = "dept-transport", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "TRANSPORT"))
    void theDailyScanAndAReportPublishEveryChangeAndTheFallIntoOverdue() {
        clock.setDay(LocalDate.of(2026, 1, 15)); // 14 of 364 days: not behind yet
        long id = admin.create(Fixtures.task(
                        "TRANSPORT",
                        List.of("WATER"),
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 6, 30)))
                .id;

        clock.setDay(LocalDate.of(2026, 7, 1)); // the first milestone is a day late
        assertThat(scan.scan()).isPositive();
        report(id, "{\"percent\": 60, \"narrative\": \"赶上进度（合成）\", \"milestone\": " + firstMilestone(id) + "}")
                .statusCode(201);
        clock.setDay(LocalDate.of(2027, 1, 1)); // the day after the due date
        scan.scan();
        scan.scan(); // a second scan on the same day announces nothing new
        report(id, "{\"percent\": 100, \"narrative\": \"完成（合成）\"}").statusCode(201);

        // Events leave in commit order: anything the second scan had announced would come before the last one.
        List<ConsumerRecord<String, String>> records = Kafka.read(Topics.TASKS, String.valueOf(id), 5, PATIENCE);
        List<CloudEvent<?>> events = records.stream()
                .<CloudEvent<?>>map(r -> EventCodec.decode(r.value()).orElseThrow())
                .toList();
        assertThat(events)
                .extracting(CloudEvent::type)
                .containsExactly(
                        "io.planmon.task.status-changed.v1",
                        "io.planmon.task.status-changed.v1",
                        "io.planmon.task.status-changed.v1",
                        "io.planmon.task.overdue.v1",
                        "io.planmon.task.status-changed.v1");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.subject()).isEqualTo(String.valueOf(id));
            assertThat(e.source()).isEqualTo("/planmon/task-service");
        });
        List<String> transitions = events.stream()
                .filter(e -> e.data() instanceof TaskStatusChangedV1)
                .map(e -> (TaskStatusChangedV1) e.data())
                .map(d -> d.previousStatus() + ">" + d.status())
                .toList();
        assertThat(transitions)
                .containsExactly(
                        "NOT_STARTED>BEHIND", "BEHIND>IN_PROGRESS", "IN_PROGRESS>OVERDUE", "OVERDUE>COMPLETED");
        TaskStatusChangedV1 behind = (TaskStatusChangedV1) events.get(0).data();
        assertThat(behind.reason()).isEqualTo("milestone '第一步' was due 2026-06-30 and is not reached");
        assertThat(behind.leadDepartment()).isEqualTo("TRANSPORT");
        assertThat(behind.coDepartments()).containsExactly("WATER");
        TaskOverdueV1 overdue = (TaskOverdueV1) events.get(3).data();
        assertThat(overdue.taskId()).isEqualTo(id);
        assertThat(overdue.due()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(overdue.percent()).isEqualTo(60);
    }

    private static long firstMilestone(long id) {
        return io.restassured.RestAssured.given()
                .get("/api/v1/tasks/{id}", id)
                .jsonPath()
                .getLong("milestones[0].id");
    }
}
