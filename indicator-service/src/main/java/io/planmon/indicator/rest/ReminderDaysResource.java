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

/** The plan admin sets how long before a value is due its department is reminded (DATA_DUE_SOON). */
@Path("/api/v1/indicators/{code}/reminder-days")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class ReminderDaysResource {
    private final IndicatorSettings settings;

    public ReminderDaysResource(IndicatorSettings settings) {
        this.settings = settings;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "10 days", value = "{\"reminderDays\": 10}")))
    @Operation(
            summary = "Set how many days before a value is due its department is reminded (plan-admin)",
            description = "1 to 366, or null for the default of 7. The daily due-date scan reminds the owning"
                    + " department once per period whose value is still missing, on that day before the due date"
                    + " (at the earliest the day after the period ends); the indicator shows it as reminderDays.")
    public IndicatorView put(@PathParam("code") String code, SettingsInput.ReminderDays body) {
        return settings.reminderDays(code, body);
    }
}
