package io.planmon.indicator.rest;

import io.planmon.indicator.domain.ImportJob;
import io.planmon.indicator.service.ImportJobs;
import io.planmon.indicator.service.ImportSpool;
import io.planmon.kit.security.Caller;
import io.planmon.web.http.QueryParams;
import io.planmon.web.problem.ProblemException;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The state and outcome of an asynchronous import ({@code POST /api/v1/observations?async=true}). */
@Path("/api/v1/imports")
@Tag(name = "Observations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class ImportJobResource {
    static final int MAX_LIMIT = 1000;

    private final ImportJobs jobs;
    private final ImportSpool spool;
    private final Caller caller;

    public ImportJobResource(ImportJobs jobs, ImportSpool spool, Caller caller) {
        this.jobs = jobs;
        this.spool = spool;
        this.caller = caller;
    }

    @GET
    @Path("/{id}")
    @Operation(
            summary = "An import job: state, rows done of total, counts, and a page of its rejected rows",
            description = "Only the client or user that submitted the job, the monitoring office (monitor) and the"
                    + " plan admin may read it; for anyone else it does not exist (404), so that job ids reveal"
                    + " nothing about other departments' imports.")
    @APIResponse(
            responseCode = "200",
            description = "the job",
            headers =
                    @Header(
                            name = "X-Total-Count",
                            description = "how many rows were rejected in all",
                            schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "404", description = "no such job, or not one this caller may read")
    public Response get(
            @PathParam("id") String id,
            @QueryParam("limit") String limitParam,
            @QueryParam("offset") String offsetParam) {
        // Read as text: a word where a number belongs is a 400 naming the parameter, not JAX-RS's bare 404.
        int limit = QueryParams.limit(limitParam, 100, MAX_LIMIT);
        int offset = QueryParams.offset(offsetParam);
        ImportJob job = jobs.readable(id, caller).orElseThrow(() -> ProblemException.notFound("no import job " + id));
        return Response.ok(ImportJobView.of(job, spool.rejected(job.id, limit, offset)))
                .header("X-Total-Count", job.rowsRejected)
                .build();
    }
}
