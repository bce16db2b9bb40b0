package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.indicator.service.SeriesChange;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Department systems push indicator values here, one (indicator, period) at a time; everyone reads the series. */
@Path("/api/v1/indicators/{code}/observations")
@Tag(name = "Observations")
@Produces(MediaType.APPLICATION_JSON)
public class ObservationResource {
    private final ObservationImport observations;
    private final IndicatorQueries queries;
    private final Caller caller;
    private final ObjectMapper json;

    public ObservationResource(
            ObservationImport observations, IndicatorQueries queries, Caller caller, ObjectMapper json) {
        this.observations = observations;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(
            summary = "The series: the current value (latest revision) of each period",
            description = "from and to are inclusive; each is a period of the indicator's frequency or a year.")
    public List<ObservationView> list(
            @PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.observations(code, from, to).stream()
                .map(ObservationView::current)
                .toList();
    }

    @GET
    @Path("/{period}/revisions")
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(summary = "Every revision of one period's value, oldest first")
    public List<RevisionView> revisions(@PathParam("code") String code, @PathParam("period") String period) {
        return queries.revisions(code, period).stream().map(RevisionView::of).toList();
    }

    @PUT
    @Path("/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
    @RequestBody(content = @Content(schema = @Schema(implementation = ObservationInput.class)))
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
    public Response put(@PathParam("code") String code, @PathParam("period") String period, String body) {
        ObservationInput input = ObservationInput.parse(body, json);
        SeriesChange.RowResult result = observations.record(code, period, input.value(), input.note(), caller);
        Response.Status status =
                result.outcome() == Observation.Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).entity(ObservationView.of(result)).build();
    }
}
