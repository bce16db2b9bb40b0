package io.planmon.notification.rest;

import io.planmon.kit.security.Caller;
import io.planmon.notification.service.alert.AlertService;
import io.planmon.notification.service.alert.AlertView;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One alert by id: read it (the link every notification carries), and acknowledge it. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Alerts")
public class AlertResource {
    private final AlertService alerts;
    private final Caller caller;

    public AlertResource(AlertService alerts, Caller caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @Operation(
            summary = "One alert, as an element of the list shows it; a reporter only its own department's",
            description = "The link that webhook and e-mail notifications carry (the alert's self)."
                    + " 404 for an unknown id, 403 for a reporter asking for another department's alert.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AlertView.class)))
    @APIResponse(responseCode = "400", description = "the id is not a positive whole number")
    @APIResponse(responseCode = "403", description = "a reporter asked for another department's alert")
    @APIResponse(responseCode = "404", description = "no alert has this id")
    public AlertView one(@PathParam("id") String id) {
        return AlertView.of(alerts.one(caller, QueryParams.id("id", id)));
    }

    @POST
    @Path("{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MONITOR, Roles.REPORTER})
    @Operation(summary = "Acknowledge an alert (monitor, or a reporter of the owning department), with a comment")
    public AlertView acknowledge(@PathParam("id") String id, @Valid AckInput body) {
        String comment = body == null ? null : body.comment();
        return AlertView.of(alerts.acknowledge(caller, QueryParams.id("id", id), comment));
    }
}
