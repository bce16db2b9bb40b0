package io.planmon.e2e;

import static org.hamcrest.Matchers.equalTo;

import io.restassured.response.ValidatableResponse;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The security matrix rows of submission, approval and reporting (docs/governance.md). "Own department" is HEALTH, whose
 * figures are submitted, "other" TRANSPORT; every successful step acts on a year of its own ({@link GovernanceFixture}),
 * and refused callers send what the allowed caller's body would be accepted with.
 */
final class GovernanceMatrix {
    private static final String OTHER = SecurityMatrix.TRANSPORT;
    private static final Consumer<ValidatableResponse> NOTHING = response -> {};

    private final SecurityMatrix m;

    private GovernanceMatrix(SecurityMatrix m) {
        this.m = m;
    }

    static void addTo(SecurityMatrix m) {
        GovernanceMatrix g = new GovernanceMatrix(m);
        g.submissions();
        m.read(get("GET /api/v1/departments/{code}/reporting", p -> "/api/v1/departments/HEALTH/reporting"));
        m.read(get("GET /api/v1/reporting", p -> "/api/v1/reporting"));
    }

    private void submissions() {
        m.read(get("GET /api/v1/submissions", p -> "/api/v1/submissions?department=HEALTH"));
        m.read(get("GET /api/v1/submissions/{id}", p -> "/api/v1/submissions/" + GovernanceFixture.submitted("2010")));

        // the department and the plan admin submit a year each; the others try a year that has a value as well
        Function<Party, String> year = p -> switch (p) {
            case OWN_DEPARTMENT -> "2011";
            case PLAN_ADMIN -> "2012";
            default -> "2013";
        };
        Endpoint submit = write(
                "POST /api/v1/submissions",
                p -> "/api/v1/submissions",
                p -> "{\"department\": \"HEALTH\", \"period\": \"" + GovernanceFixture.year(year.apply(p)) + "\"}");
        Consumer<ValidatableResponse> submitted = r -> r.body("state", equalTo("SUBMITTED"));
        m.add(submit, Party.VIEWER, 403, NOTHING);
        m.add(submit, Party.MONITOR, 403, NOTHING);
        m.add(submit, Party.OTHER_DEPARTMENT, 403, NOTHING);
        m.add(submit, Party.NO_TOKEN, 401, NOTHING);
        m.add(submit, Party.OWN_DEPARTMENT, 201, submitted);
        m.add(submit, Party.PLAN_ADMIN, 201, submitted);

        decision(
                "approve",
                "{\"comment\": \"synthetic e2e approval\"}",
                "APPROVED",
                () -> GovernanceFixture.submitted("2014"));
        decision(
                "return",
                "{\"comment\": \"synthetic e2e return\"}",
                "RETURNED",
                () -> GovernanceFixture.submitted("2015"));
        // reopening is the planning office's: every other caller is refused, the plan admin's row comes last
        Endpoint reopen = write(
                "POST /api/v1/submissions/{id}/reopen",
                p -> "/api/v1/submissions/" + GovernanceFixture.approved("2016") + "/reopen",
                p -> "{\"reason\": \"synthetic e2e reopening\"}");
        m.add(reopen, Party.VIEWER, 403, NOTHING);
        m.add(reopen, Party.MONITOR, 403, NOTHING);
        m.add(reopen, Party.OWN_DEPARTMENT, 403, NOTHING);
        m.add(reopen, Party.OTHER_DEPARTMENT, 403, NOTHING);
        m.add(reopen, Party.NO_TOKEN, 401, NOTHING);
        m.add(reopen, Party.PLAN_ADMIN, 200, r -> r.body("state", equalTo("REOPENED")));
    }

    /** The monitor's decisions: a department (its own included) and the plan admin are refused, the monitor last. */
    private void decision(String step, String body, String state, java.util.function.LongSupplier submission) {
        Endpoint e = write(
                "POST /api/v1/submissions/{id}/" + step,
                p -> "/api/v1/submissions/" + submission.getAsLong() + "/" + step,
                p -> body);
        m.add(e, Party.VIEWER, 403, NOTHING);
        m.add(e, Party.OWN_DEPARTMENT, 403, NOTHING);
        m.add(e, Party.OTHER_DEPARTMENT, 403, NOTHING);
        m.add(e, Party.PLAN_ADMIN, 403, NOTHING);
        m.add(e, Party.NO_TOKEN, 401, NOTHING);
        m.add(e, Party.MONITOR, 200, r -> r.body("state", equalTo(state)));
    }

    private static Endpoint get(String label, Function<Party, String> path) {
        return Endpoint.get(label, path, GovernanceFixture.CLIENT, null, OTHER);
    }

    private static Endpoint write(String label, Function<Party, String> path, Function<Party, String> body) {
        return new Endpoint(label, "POST", path, "application/json", body, GovernanceFixture.CLIENT, null, OTHER);
    }
}
