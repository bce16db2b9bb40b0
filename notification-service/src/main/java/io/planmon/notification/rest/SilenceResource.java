package io.planmon.notification.rest;

import io.planmon.kit.security.Caller;
import io.planmon.notification.service.silence.SilenceService;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Silences: matchers on subject, condition, department and severity, with a reason, an author and an expiry. */
@Path("/api/v1/silences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Silences")
public class SilenceResource {
    private final SilenceService silences;
    private final Caller caller;

    public SilenceResource(SilenceService silences, Caller caller) {
        this.silences = silences;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Active silences; with all=true also the expired and deleted ones")
    public List<SilenceView> list(@QueryParam("all") boolean all) {
        return silences.list(all).stream().map(SilenceView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "Silence the alerts that match {subject?, condition?, department?, severity?} until expiresAt")
    public Response create(@Valid @NotNull(message = Params.BODY_REQUIRED) SilenceInput body) {
        return Response.status(201)
                .entity(SilenceView.of(silences.create(body.silence(caller.name()))))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "End a silence now; the alerts it muted are announced again")
    public SilenceView delete(@PathParam("id") String id) {
        return SilenceView.of(silences.delete(QueryParams.id("id", id)));
    }
}
