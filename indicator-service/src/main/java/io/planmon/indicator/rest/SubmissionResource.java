package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Submission;
import io.planmon.indicator.service.SubmissionQueries;
import io.planmon.indicator.service.SubmissionService;
import io.planmon.kit.http.Answer;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.security.Caller;
import io.planmon.web.http.QueryParams;
import io.planmon.web.problem.ProblemException;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Submission and approval of a department's figures per period (docs/governance.md): the department submits, the
 * monitoring office approves or returns, the plan admin reopens an approved (locked) period with a reason.
 */
@Path("/api/v1/submissions")
@Tag(name = "Submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {
    private final SubmissionService submissions;
    private final SubmissionQueries queries;
    private final Caller caller;
    private final ConditionalReads reads;

    public SubmissionResource(
            SubmissionService submissions, SubmissionQueries queries, Caller caller, ConditionalReads reads) {
        this.submissions = submissions;
        this.queries = queries;
        this.caller = caller;
        this.reads = reads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
    @RequestBody(content = @Content(examples = @ExampleObject(name = "a year", value = "{\"period\": \"2026\"}")))
    @Operation(
            summary = "Submit a department's figures of a period for approval",
            description = "The unit is the department's indicators of the period's frequency. A reporter submits its"
                    + " own department's (department may be left out), the plan admin names the department. The"
                    + " figures then current are recorded with the step, and the period is frozen until the"
                    + " monitoring office returns it: a value pushed meanwhile is a 409. 201 for a unit's first"
                    + " submission, 200 when it is submitted again after a return or a reopening. 422 naming period"
                    + " when the department has no value of it; 409 when it is already submitted or approved.")
    @APIResponse(
            responseCode = "201",
            headers = @Header(name = "Location", description = "/api/v1/submissions/{id}"),
            content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    public Response submit(@Valid SubmissionInput.Submit body) {
        SubmissionInput.Submit input = body == null ? SubmissionInput.Submit.EMPTY : body;
        SubmissionService.Stepped stepped =
                submissions.submit(input.department(), input.period(), input.comment(), caller);
        SubmissionView view = SubmissionView.of(queries.one(String.valueOf(stepped.submission().id)));
        return stepped.created()
                ? Response.created(URI.create("/api/v1/submissions/" + view.id()))
                        .entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "The submissions, newest period first",
            description = "Filtered by department, period and state (SUBMITTED, APPROVED, RETURNED, REOPENED)."
                    + ListPage.DOC)
    @Extension(name = PagedDocs.PAGED, value = "true")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = SubmissionView.class)))
    public Response list(
            @QueryParam("department") String department,
            @QueryParam("period") String period,
            @Parameter(description = "SUBMITTED, APPROVED, RETURNED or REOPENED") @QueryParam("state") String state,
            @BeanParam ListPage page) {
        return page.read(reads, () -> queries
                .list(
                        QueryParams.text(department).orElse(null),
                        QueryParams.sent(page.uri(), "period", period),
                        QueryParams.sent(page.uri(), "state", state))
                .stream()
                .map(SubmissionView::of)
                .toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "One submission with every step: who, when, the comment, and the figures it was about",
            description = "Conditional: send the ETag back in If-None-Match for a 304.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubmissionView.class)))
    @APIResponse(responseCode = "404", description = "no such submission")
    public Response get(@PathParam("id") String id, @Context Request request, @Context UriInfo uri) {
        return reads.read(
                request,
                uri,
                IndicatorResource.COUNTER,
                IndicatorResource.EVERYONE,
                () -> Answer.of(SubmissionView.of(queries.one(id))));
    }

    @POST
    @Path("/{id}/approve")
    @RolesAllowed(Roles.MONITOR)
    @Operation(
            summary = "Approve a submitted period (monitor): its figures are locked from now on",
            description = "Body optional: {\"comment\": \"…\"}. 409 naming state when the submission is not"
                    + " SUBMITTED; 403 when the caller's department is the submission's own.")
    public SubmissionView approve(@PathParam("id") String id, @Valid SubmissionInput.Decision body) {
        return step(submissions.approve(id(id), SubmissionInput.comment(body), caller));
    }

    @POST
    @Path("/{id}/return")
    @RolesAllowed(Roles.MONITOR)
    @RequestBody(
            content = @Content(examples = @ExampleObject(name = "why", value = "{\"comment\": \"2026Q2 is missing\"}")))
    @Operation(
            summary = "Return a submitted period to its department with a comment (monitor)",
            description = "The comment is required (400 naming comment). The department may then correct its"
                    + " figures and submit again. 409 naming state when the submission is not SUBMITTED.")
    public SubmissionView giveBack(@PathParam("id") String id, @Valid SubmissionInput.Decision body) {
        return step(submissions.giveBack(id(id), SubmissionInput.comment(body), caller));
    }

    @POST
    @Path("/{id}/reopen")
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "why",
                                            value = "{\"reason\": \"the bureau revised 2026 after the census\"}")))
    @Operation(
            summary = "Reopen an approved (locked) period with a reason (plan-admin)",
            description = "The reason is required (400 naming reason) and recorded with the step. The department may"
                    + " then correct its figures and submit again. 409 naming state when it is not APPROVED.")
    public SubmissionView reopen(@PathParam("id") String id, @Valid SubmissionInput.Reopen body) {
        return step(submissions.reopen(id(id), SubmissionInput.reason(body), caller));
    }

    private SubmissionView step(Submission s) {
        return SubmissionView.of(queries.one(String.valueOf(s.id)));
    }

    private static long id(String text) {
        Long id = SubmissionQueries.parseId(text);
        if (id == null) {
            throw ProblemException.notFound("no submission " + text);
        }
        return id;
    }
}
