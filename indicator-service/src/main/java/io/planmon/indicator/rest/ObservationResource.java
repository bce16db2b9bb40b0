package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.domain.Observation;
import io.planmon.indicator.service.ObservationService;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Department systems push indicator values here, one (indicator, period) at a time. */
@Path("/api/v1/indicators/{code}/observations")
@Tag(name = "Observations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ObservationResource {
    private final ObservationService observations;
    private final Caller caller;
    private final ObjectMapper json;

    public ObservationResource(ObservationService observations, Caller caller, ObjectMapper json) {
        this.observations = observations;
        this.caller = caller;
        this.json = json;
    }

    @PUT
    @Path("/{period}")
    @RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
    @RequestBody(content = @Content(schema = @Schema(implementation = ObservationInput.class)))
    @Operation(
            summary = "Store the value of an indicator for a period",
            description = "Idempotent: the same value again changes nothing (200, outcome UNCHANGED); a different value"
                    + " becomes a new revision (200, REVISED); the first value of a period answers 201 (CREATED)."
                    + " A reporter writes only the indicators its department owns.")
    public Response put(@PathParam("code") String code, @PathParam("period") String period, String body) {
        ObservationInput input = ObservationInput.parse(body, json);
        Observation.Result result = observations.record(code, period, input.value(), input.note(), caller);
        Response.Status status =
                result.outcome() == Observation.Outcome.CREATED ? Response.Status.CREATED : Response.Status.OK;
        return Response.status(status).entity(ObservationView.of(result)).build();
    }
}
