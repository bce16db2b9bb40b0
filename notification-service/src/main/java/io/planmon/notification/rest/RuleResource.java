package io.planmon.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.kit.security.Roles;
import io.planmon.notification.domain.AlertRule;
import io.planmon.notification.domain.Condition;
import io.planmon.notification.domain.Severity;
import io.planmon.notification.service.RoutingService;
import jakarta.annotation.security.RolesAllowed;
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
    @Operation(
            summary = "Create {name, minSeverity?, area?, department?, subject?, condition?, holdPeriods?, receivers,"
                    + " enabled?}")
    public Response create(JsonNode body) {
        AlertRule saved = routing.saveRule(Optional.empty(), read(body));
        return Response.status(201).entity(RuleView.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "Replace a routing rule")
    public RuleView replace(@PathParam("id") String id, JsonNode body) {
        return RuleView.of(routing.saveRule(Optional.of(Params.id("id", id)), read(body)));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.MONITOR)
    @Operation(summary = "Remove a routing rule")
    public Response delete(@PathParam("id") String id) {
        routing.deleteRule(Params.id("id", id));
        return Response.noContent().build();
    }

    private static AlertRule read(JsonNode body) {
        JsonFields in = new JsonFields(body);
        AlertRule r = new AlertRule();
        r.name = in.requiredText("name");
        Severity min = in.choice("minSeverity", Severity.class);
        r.minSeverity = min == null ? Severity.INFO : min;
        r.area = in.text("area");
        r.department = in.text("department");
        r.subject = in.text("subject");
        Condition condition = in.choice("condition", Condition.class);
        r.condition = condition == null ? null : condition.name();
        Integer hold = in.integer("holdPeriods", 1);
        r.holdPeriods = hold == null ? 1 : hold;
        r.receiverIds = new java.util.ArrayList<>(in.ids("receivers"));
        r.enabled = !Boolean.FALSE.equals(in.bool("enabled"));
        return r;
    }
}
