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

/** The plan admin sets when an indicator's values are due; the bound body names the field of every error. */
@Path("/api/v1/indicators/{code}/due-days")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class DueDaysResource {
    private final IndicatorSettings settings;

    public DueDaysResource(IndicatorSettings settings) {
        this.settings = settings;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "45 days", value = "{\"dueDays\": 45}")))
    @Operation(
            summary = "Set how many days after its period ends a value is due (plan-admin)",
            description = "1 to 366, or null for the frequency's default (90 for a year, 30 for a quarter, 20 for a"
                    + " month). The daily overdue scan uses it from its next run.")
    public IndicatorView put(@PathParam("code") String code, SettingsInput.DueDays body) {
        return settings.dueDays(code, body);
    }
}
