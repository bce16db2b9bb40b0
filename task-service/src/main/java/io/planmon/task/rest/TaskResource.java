package io.planmon.task.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import io.planmon.task.domain.ProgressReport;
import io.planmon.task.domain.Task;
import io.planmon.task.service.ProgressService;
import io.planmon.task.service.TaskAdminService;
import io.planmon.task.service.TaskQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's tasks: queries for everyone, progress reports for the departments involved, edits for the plan admin. */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TaskResource {
    private static final String READERS_DOC = "Any planmon role may read.";

    private final TaskQueries queries;
    private final ProgressService progress;
    private final TaskAdminService admin;
    private final Caller caller;
    private final ObjectMapper json;

    public TaskResource(
            TaskQueries queries, ProgressService progress, TaskAdminService admin, Caller caller, ObjectMapper json) {
        this.queries = queries;
        this.progress = progress;
        this.admin = admin;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(
            summary = "Tasks, filtered by article, department (lead or cooperating) and status",
            description = READERS_DOC + " Ordered by article, then code.")
    public List<TaskView> list(
            @QueryParam("article") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String article,
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
                    String status) {
        TaskQueries.Found found = queries.search(
                Params.optionalInteger("article", article),
                Params.optionalText(department),
                Params.optionalStatus("status", status));
        return found.tasks().stream()
                .map(t -> TaskView.of(t, found.indicators()))
                .toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(summary = "One task with its milestones and linked indicators", description = READERS_DOC)
    public TaskView get(@PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id) {
        TaskQueries.Found found = queries.get(Params.id("id", id));
        return TaskView.of(found.tasks().get(0), found.indicators());
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(summary = "Every progress report of a task, oldest first", description = READERS_DOC)
    public List<ProgressView> history(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id) {
        return queries.history(Params.id("id", id)).stream()
                .map(ProgressView::of)
                .toList();
    }

    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
    @RequestBody(content = @Content(schema = @Schema(implementation = ProgressInput.class)))
    @Operation(
            summary = "Report progress on a task",
            description = "Only the lead or a cooperating department (or the plan admin) may report; others get 403."
                    + " A percent lower than the current one needs a note. The status is recomputed at once;"
                    + " answers 201 with the stored report and the status after it.")
    public Response report(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id,
            String body,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        long taskId = Params.id("id", id);
        ProgressReport report = progress.report(taskId, ProgressInput.parse(body, json), caller);
        return Response.created(uri.getAbsolutePathBuilder().build())
                .entity(ProgressView.of(report))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(schema = @Schema(implementation = TaskInput.class)))
    @Operation(
            summary = "Create a task (plan admin)",
            description = "Every input error is a 400 problem naming its field; a code in use is 409.")
    public Response create(String body, @jakarta.ws.rs.core.Context UriInfo uri) {
        Task task = admin.create(TaskInput.parse(body, json));
        TaskQueries.Found found = queries.get(task.id);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(task.id))
                        .build())
                .entity(TaskView.of(found.tasks().get(0), found.indicators()))
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(schema = @Schema(implementation = TaskInput.class)))
    @Operation(
            summary = "Replace a task's fields (plan admin)",
            description = "Milestones listed with an id are kept (and keep their reached date); new ones have no id;"
                    + " unlisted ones are removed, except reached ones (409). The code cannot change.")
    public TaskView update(
            @PathParam("id") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String id, String body) {
        long taskId = Params.id("id", id);
        Task task = admin.update(taskId, TaskInput.parse(body, json));
        TaskQueries.Found found = queries.get(task.id);
        return TaskView.of(found.tasks().get(0), found.indicators());
    }
}
