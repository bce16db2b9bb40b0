package io.planmon.task.rest;

import io.planmon.kit.http.Answer;
import io.planmon.kit.http.Pages;
import io.planmon.task.domain.DepartmentCatalogue;
import io.planmon.task.domain.Task;
import io.planmon.task.domain.TaskStatus;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.service.TaskQueries;
import io.planmon.task.service.TaskSummary;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's tasks: queries for everyone, edits for the plan admin (progress reports: {@link ProgressResource}). */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {
    static final String READERS_DOC = "Any planmon role may read.";
    static final String CONDITIONAL_DOC =
            "Conditional: send the ETag back in If-None-Match for a 304 (Cache-Control: private, no-cache).";
    static final String ETAG_DOC = "changes exactly when a task, milestone, report or linked status changes";
    /** About 40 tasks' views (milestones, plan sentence, linked statuses) fit in 64 KB; the catalogue has ~160. */
    static final int DEFAULT_LIMIT = 40;

    static final int MAX_LIMIT = 500;
    /** What an empty body (or {@code null}) is told; any other defect of a body names its field. */
    static final String REQUIRED = "a JSON object is required";

    private final TaskQueries queries;
    private final TaskAdminService admin;
    private final TaskSummary summary;
    private final DepartmentCatalogue departments;
    private final TaskReads reads;

    public TaskResource(
            TaskQueries queries,
            TaskAdminService admin,
            TaskSummary summary,
            DepartmentCatalogue departments,
            TaskReads reads) {
        this.queries = queries;
        this.admin = admin;
        this.summary = summary;
        this.departments = departments;
        this.reads = reads;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Tasks, filtered by article, department (lead or cooperating) and status",
            description = READERS_DOC + " Ordered by article, then code; paged by offset (limit " + DEFAULT_LIMIT
                    + " by default, at most " + MAX_LIMIT + ", which keeps a page under 64 KB). " + CONDITIONAL_DOC)
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = "ETag", description = ETAG_DOC),
                @Header(name = Pages.TOTAL_COUNT, description = "how many tasks match in all"),
                @Header(name = Pages.LINK, description = "<…>; rel=\"next\" while there are more")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TaskView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "400", description = "an unknown article, department or status; a bad limit or offset")
    public Response list(
            @QueryParam("article")
                    @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "50"))
                    String article,
            @QueryParam("department") @Parameter(description = "lead or cooperating department code") String department,
            @QueryParam("status")
                    @Parameter(
                            schema =
                                    @Schema(
                                            enumeration = {
                                                "NOT_STARTED",
                                                "IN_PROGRESS",
                                                "BEHIND",
                                                "OVERDUE",
                                                "COMPLETED"
                                            }))
                    String status,
            @QueryParam("limit") @Parameter(description = "page size, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                    String limit,
            @QueryParam("offset") @Parameter(description = "tasks to skip, default 0") String offset,
            @Context Request request,
            @Context UriInfo uri) {
        int pageSize = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        int skip = QueryParams.offset(offset);
        // An unknown article, status or department is a 400 listing what there is, not an empty list.
        Integer articleNumber = QueryParams.optionalInteger("article", QueryParams.sent(uri, "article", article), 1, 50)
                .orElse(null);
        TaskStatus wanted = QueryParams.choice("status", QueryParams.sent(uri, "status", status), TaskStatus.class)
                .orElse(null);
        String departmentRaw = QueryParams.sent(uri, "department", department);
        return reads.read(request, uri, () -> {
            String departmentCode = QueryParams.choice("department", departmentRaw, departments.codes())
                    .orElse(null);
            TaskQueries.FoundPage page = queries.search(articleNumber, departmentCode, wanted, skip, pageSize);
            List<TaskView> views = page.found().tasks().stream()
                    .map(t -> TaskView.of(t, page.found().indicators()))
                    .toList();
            return Pages.paged(
                    Answer.of(views),
                    page.total(),
                    uri,
                    Pages.OFFSET,
                    Pages.nextOffset(skip, views.size(), page.total()));
        });
    }

    @GET
    @Path("summary")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "Tasks counted by status",
            description = READERS_DOC + " Every status is present (0 when none); asOf is the newest change of a task"
                    + " counted. " + CONDITIONAL_DOC)
    @APIResponse(
            responseCode = "200",
            headers = @Header(name = "ETag", description = ETAG_DOC),
            content = @Content(schema = @Schema(implementation = TaskSummary.Counts.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response summary(@Context Request request, @Context UriInfo uri) {
        return reads.read(request, uri, () -> Answer.of(summary.count()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "One task with its milestones and linked indicators",
            description = READERS_DOC + " " + CONDITIONAL_DOC)
    @APIResponse(
            responseCode = "200",
            headers = @Header(name = "ETag", description = ETAG_DOC),
            content = @Content(schema = @Schema(implementation = TaskView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response get(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id,
            @Context Request request,
            @Context UriInfo uri) {
        long taskId = QueryParams.wholeNumber("id", id);
        return reads.read(request, uri, () -> Answer.of(view(taskId)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @Operation(
            summary = "Create a task (plan admin)",
            description = "Every input error is a 400 problem naming its field; a code in use is 409.")
    public Response create(@Valid @NotNull(message = REQUIRED) TaskInput body, @Context UriInfo uri) {
        Task task = admin.create(body.command());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(task.id))
                        .build())
                .entity(view(task.id))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @Operation(
            summary = "Replace a task's fields (plan admin)",
            description = "Milestones listed with an id are kept (and keep their reached date); new ones have no id;"
                    + " unlisted ones are removed, except reached ones (409). The code cannot change.")
    public TaskView update(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id,
            @Valid @NotNull(message = REQUIRED) TaskInput body) {
        long taskId = QueryParams.wholeNumber("id", id);
        return view(admin.update(taskId, body.command()).id);
    }

    /** A task as stored, with the latest statuses of its indicators. */
    private TaskView view(long taskId) {
        TaskQueries.Found found = queries.get(taskId);
        return TaskView.of(found.tasks().get(0), found.indicators());
    }
}
