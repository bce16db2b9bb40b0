package io.planmon.task.rest;

import io.planmon.kit.http.Pages;
import io.planmon.kit.security.Caller;
import io.planmon.task.domain.ProgressReport;
import io.planmon.task.service.ProgressService;
import io.planmon.task.service.TaskQueries;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A task's progress reports: their history for everyone, a new one from the departments involved or the plan admin. */
@Path("/api/v1/tasks/{id}/progress")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class ProgressResource {
    private final TaskQueries queries;
    private final ProgressService progress;
    private final Caller caller;
    private final TaskReads reads;

    public ProgressResource(TaskQueries queries, ProgressService progress, Caller caller, TaskReads reads) {
        this.queries = queries;
        this.progress = progress;
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Every progress report of a task, oldest first",
            description = TaskResource.READERS_DOC + " Paged by offset (limit " + TaskResource.DEFAULT_LIMIT
                    + " by default, at most "
                    + TaskResource.MAX_LIMIT
                    + "); reports are only ever added at the end, so an offset walk is stable. "
                    + TaskResource.CONDITIONAL_DOC)
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = "ETag", description = TaskResource.ETAG_DOC),
                @Header(name = Pages.TOTAL_COUNT, description = "how many reports in all"),
                @Header(name = Pages.LINK, description = "<…>; rel=\"next\" while there are more")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ProgressView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response history(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id,
            @QueryParam("limit")
                    @Parameter(
                            description = "page size, 1 to " + TaskResource.MAX_LIMIT + ", default "
                                    + TaskResource.DEFAULT_LIMIT)
                    String limit,
            @QueryParam("offset") @Parameter(description = "reports to skip, default 0") String offset,
            @Context Request request,
            @Context UriInfo uri) {
        long taskId = QueryParams.wholeNumber("id", id);
        return reads.page(
                request,
                uri,
                limit,
                offset,
                TaskResource.DEFAULT_LIMIT,
                TaskResource.MAX_LIMIT,
                () -> queries.history(taskId).stream().map(ProgressView::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(
            summary = "Report progress on a task",
            description = "Only the lead or a cooperating department (or the plan admin) may report; others get 403."
                    + " A percent lower than the current one needs a note. The status is recomputed at once;"
                    + " answers 201 with the stored report and the status after it.")
    public Response report(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id,
            @Valid @NotNull(message = TaskResource.REQUIRED) ProgressInput body,
            @Context UriInfo uri) {
        long taskId = QueryParams.wholeNumber("id", id);
        ProgressReport report = progress.report(taskId, body.command(), caller);
        return Response.created(uri.getAbsolutePathBuilder().build())
                .entity(ProgressView.of(report))
                .build();
    }
}
