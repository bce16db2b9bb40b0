package io.planmon.indicator.rest;

import static io.planmon.indicator.rest.Api.request;

import io.planmon.devstack.test.PlanmonTestResource;
import io.planmon.indicator.service.ImportJobs;
import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.Submitter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Who may read an import job: its submitting client, the monitoring office and the plan admin. For anyone else the job
 * does not exist (404, not 403), so that a job id says nothing about another department's imports.
 */
@QuarkusTest
@QuarkusTestResource(PlanmonTestResource.class)
class ImportJobAccessTest {

    @Inject
    ImportJobs jobs;

    /** A job as dept-stats submits it (through the service: the test's own identity is someone else). */
    private String statsJob() {
        Submitter stats = new Submitter("dept-stats", "STATS", Set.of("reporter"));
        UUID id = jobs.submit(
                        stats,
                        "CSV",
                        true,
                        (chunkRows, chunk) -> chunk.accept(
                                List.of(ImportRow.read(0, "TEST_ASYNC_ROWS", "1980", BigDecimal.ONE, "synthetic"))))
                .id;
        return "/api/v1/imports/" + id;
    }

    @Test
    @TestSecurity(user = "dept-eco", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "ECO"))
    void anotherDepartmentsClientFindsNoSuchJob() {
        request().get(statsJob()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "dept-stats-2", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void anotherClientOfTheSameDepartmentFindsNoSuchJobEither() {
        request().get(statsJob()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "viewer", roles = "viewer")
    void aViewerFindsNoSuchJob() {
        request().get(statsJob()).then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "monitor", roles = "monitor")
    void theMonitoringOfficeReadsEveryJob() {
        request()
                .get(statsJob())
                .then()
                .statusCode(200)
                .body("submittedBy", org.hamcrest.Matchers.equalTo("dept-stats"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "plan-admin")
    void thePlanAdminReadsEveryJob() {
        request().get(statsJob()).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "dept-stats", roles = "reporter")
    @OidcSecurity(claims = @Claim(key = "department", value = "STATS"))
    void theSubmitterReadsItsJob() {
        request().get(statsJob()).then().statusCode(200).body("department", org.hamcrest.Matchers.equalTo("STATS"));
    }

    @Test
    @TestSecurity(user = "monitor", roles = "monitor")
    void onlyReportersAndThePlanAdminMaySubmit() {
        Api.post("/api/v1/observations?async=true", "text/csv", "indicator,period,value\n")
                .statusCode(403);
    }
}
