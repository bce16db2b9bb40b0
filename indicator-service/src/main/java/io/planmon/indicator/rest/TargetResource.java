package io.planmon.indicator.rest;

import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan admin sets the target of an indicator; every change stays readable. */
@Path("/api/v1/indicators/{code}/target")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {
    private final IndicatorSettings settings;
    private final IndicatorQueries queries;

    public TargetResource(IndicatorSettings settings, IndicatorQueries queries) {
        this.settings = settings;
        this.queries = queries;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "doubling",
                                            value =
                                                    "{\"kind\": \"MULTIPLE_OF_BASE\", \"factor\": 2, \"baseYear\": 2020,"
                                                            + " \"targetYear\": 2035, \"bands\": {\"onTrack\": 0.95, \"atRisk\": 0.85}}")))
    @Operation(
            summary = "Set the target of an indicator (plan-admin)",
            description = "The kind with its parameters as docs/spec.md#target-kinds lists them, and optionally bands"
                    + " overriding the default progress-ratio thresholds. A reference must exist and have the same"
                    + " frequency. The change is recorded and every period is evaluated again; status changes are"
                    + " published.")
    public IndicatorView put(@PathParam("code") String code, TargetInput body) {
        return settings.target(code, body);
    }

    @GET
    @Path("/changes")
    @RolesAllowed(Roles.READER)
    @Operation(summary = "Every change of the target: who, when, the old and the new target")
    public List<TargetChangeView> changes(@PathParam("code") String code) {
        return queries.targetChanges(code).stream().map(TargetChangeView::of).toList();
    }
}
