package io.planmon.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void writesTheMembersInTheRfcsOrderAndLeavesEmptyOnesOut() {
        Problem problem = Problem.of(404, "not-found", "Not found", "", "/api/v1/tasks/9");

        assertThat(problem.type()).isEqualTo("urn:planmon:problem:not-found");
        assertThat(problem.toBuffer().toString())
                .isEqualTo("{\"type\":\"urn:planmon:problem:not-found\",\"title\":\"Not found\",\"status\":404,"
                        + "\"instance\":\"/api/v1/tasks/9\"}");
    }

    @Test
    void writesFieldErrorsAfterTheDetail() {
        Problem problem = new Problem(
                Problem.typeFor("validation"),
                "Invalid input",
                400,
                "limit: too big",
                null,
                List.of(new Problem.FieldError("limit", "too big")));

        assertThat(problem.toBuffer().toString())
                .isEqualTo("{\"type\":\"urn:planmon:problem:validation\",\"title\":\"Invalid input\",\"status\":400,"
                        + "\"detail\":\"limit: too big\",\"errors\":[{\"field\":\"limit\",\"message\":\"too big\"}]}");
    }

    @Test
    void noErrorsIsAnEmptyListThatCannotBeChanged() {
        Problem problem = new Problem("t", "T", 500, null, null, null);

        assertThat(problem.errors()).isEmpty();
        assertThat(problem.toBuffer().toString()).doesNotContain("errors");
    }

    @Test
    void anExceptionCarriesItsStatusTitleAndErrorsIntoTheProblem() {
        Problem problem = ProblemException.conflict("already acknowledged").toProblem("/api/v1/alerts/3/ack");

        assertThat(problem)
                .isEqualTo(new Problem(
                        "urn:planmon:problem:conflict",
                        "Conflict",
                        409,
                        "already acknowledged",
                        "/api/v1/alerts/3/ack",
                        List.of()));
    }
}
