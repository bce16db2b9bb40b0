package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.indicator.service.SeriesChange;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Pages;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Department systems push indicator values here, one (indicator, period) at a time; everyone reads the series. */
@Path("/api/v1/indicators/{code}/observations")
@Tag(name = "Observations")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {
    private final ObservationImport observations;
    private final IndicatorQueries queries;
    private final Caller caller;
    private final ConditionalReads reads;

    public ObservationResource(
            ObservationImport observations, IndicatorQueries queries, Caller caller, ConditionalReads reads) {
        this.observations = observations;
        this.queries = queries;
        this.caller = caller;
        this.reads = reads;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(
            summary = "The series: the current value (latest revision) of each period",
            description = "from and to are inclusive; each is a period of the indicator's frequency or a year."
                    + SeriesPages.DOC)
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = "ETag", description = "changes exactly when the indicator data changes"),
                @Header(name = Pages.TOTAL_COUNT, description = "how many rows match in all"),
                @Header(name = Pages.LINK, description = "<…>; rel=\"next\" while there are more")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response list(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(
                            description = "page size, 1 to " + SeriesPages.MAX_LIMIT + ", default "
                                    + SeriesPages.DEFAULT_LIMIT)
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "rows to skip, default 0") @QueryParam("offset") String offset,
            @Context Request request,
            @Context UriInfo uri) {
        return SeriesPages.read(reads, request, uri, limit, offset, () -> queries.observations(code, from, to).stream()
                .map(ObservationView::current)
                .toList());
    }

    @GET
    @Path("/{period}/revisions")
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(summary = "Every revision of one period's value, oldest first", description = SeriesPages.DOC)
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = "ETag", description = "changes exactly when the indicator data changes"),
                @Header(name = Pages.TOTAL_COUNT, description = "how many rows match in all"),
                @Header(name = Pages.LINK, description = "<…>; rel=\"next\" while there are more")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response revisions(
            @PathParam("code") String code,
            @PathParam("period") String period,
            @Parameter(
                            description = "page size, 1 to " + SeriesPages.MAX_LIMIT + ", default "
                                    + SeriesPages.DEFAULT_LIMIT)
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "rows to skip, default 0") @QueryParam("offset") String offset,
            @Context Request request,
            @Context UriInfo uri) {
        return SeriesPages.read(reads, request, uri, limit, offset, () -> queries.revisions(code, period).stream()
                .map(RevisionView::of)
                .toList());
    }

    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(
            summary = "Store the value of an indicator for a period",
            description = "Idempotent: the same value again changes nothing (200, outcome UNCHANGED); a different value"
                    + " becomes a new revision (200, REVISED); the first value of a period answers 201 (CREATED)."
                    + " A reporter writes only the indicators its department owns. It takes the same path as a batch of"
                    + " one row (see POST /api/v1/observations): the value, its revision, the re-evaluation of the"
                    + " period and every later one (and of the indicators using this one as their reference) and"
                    + " the events commit together. A period that has not begun yet (Asia/Shanghai) or lies before"
                    + " 1900 is a 422 naming period, unless the plan admin allowed future periods for the indicator;"
                    + " a value with more than 14 digits before the decimal point, or control characters in the"
                    + " code, period or note, are a 400 naming the field. 503 when another push held the indicator"
                    + " longer than planmon.import.lock-timeout: nothing was stored, send it again.")
    public Response put(
            @PathParam("code") String code,
            @PathParam("period") String period,
            @Valid @NotNull(message = ObservationInput.REQUIRED) ObservationInput body) {
        SeriesChange.RowResult result = observations.record(code, period, body.value(), body.note(), caller);
        Response.Status status =
                result.outcome() == Observation.Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).entity(ObservationView.of(result)).build();
    }
}
