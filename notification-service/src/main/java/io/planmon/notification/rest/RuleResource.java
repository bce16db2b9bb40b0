package io.planmon.notification.rest;

import io.planmon.notification.domain.routing.AlertRule;
import io.planmon.notification.service.routing.RoutingService;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Routing rules: which alerts (severity, area, department, subject, condition, hold) go to which receivers. */
@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MONITOR, Roles.PLAN_ADMIN, Roles.VIEWER})
@Tag(name = "Rules")
public class RuleResource {
    private final RoutingService routing;

    public RuleResource(RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @Operation(summary = "All routing rules")
    public List<RuleView> list() {
        return routing.rules().stream().map(RuleView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "Create a routing rule")
    public Response create(@Valid @NotNull(message = Params.BODY_REQUIRED) RuleInput body) {
        AlertRule saved = routing.saveRule(Optional.empty(), body.rule());
        return Response.status(201).entity(RuleView.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "Replace a routing rule")
    public RuleView replace(
            @PathParam("id") String id, @Valid @NotNull(message = Params.BODY_REQUIRED) RuleInput body) {
        return RuleView.of(routing.saveRule(Optional.of(QueryParams.id("id", id)), body.rule()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "Remove a routing rule")
    public Response delete(@PathParam("id") String id) {
        routing.deleteRule(QueryParams.id("id", id));
        return Response.noContent().build();
    }
}
