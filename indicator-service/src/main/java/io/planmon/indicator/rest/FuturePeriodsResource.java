package io.planmon.indicator.rest;

import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan admin allows an indicator values for periods that have not begun yet (forecasts), or forbids them again. */
@Path("/api/v1/indicators/{code}/future-periods")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class FuturePeriodsResource {
    private final IndicatorSettings settings;

    public FuturePeriodsResource(IndicatorSettings settings) {
        this.settings = settings;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "forecasts", value = "{\"allowed\": true}")))
    @Operation(
            summary = "Allow or forbid values for periods that have not begun yet (plan-admin)",
            description = "Off by default: a value for a period whose first day lies after today (Asia/Shanghai) is"
                    + " a 422 naming period. true accepts such values (forecasts) from the next push on; the"
                    + " indicator shows the setting as futurePeriods.")
    public IndicatorView put(@PathParam("code") String code, SettingsInput.FuturePeriods body) {
        return settings.futurePeriods(code, body);
    }
}
