package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.indicator.service.SeriesChange;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.security.Caller;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
    @RolesAllowed(Roles.READER)
    @Operation(
            summary = "The series: the current value (latest revision) of each period",
            description = "from and to are inclusive; each is a period of the indicator's frequency or a year."
                    + ListPage.DOC)
    @Extension(name = PagedDocs.PAGED, value = "true")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationView.class)))
    public Response list(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam ListPage page) {
        return page.read(reads, () -> queries.observations(code, from, to).stream()
                .map(ObservationView::current)
                .toList());
    }

    @GET
    @Path("/{period}/revisions")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Every revision of one period's value, oldest first", description = ListPage.DOC)
    @Extension(name = PagedDocs.PAGED, value = "true")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = RevisionView.class)))
    public Response revisions(
            @PathParam("code") String code, @PathParam("period") String period, @BeanParam ListPage page) {
        return page.read(reads, () -> queries.revisions(code, period).stream()
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
