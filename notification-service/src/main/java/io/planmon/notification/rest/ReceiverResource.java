package io.planmon.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Roles;
import io.planmon.notification.domain.Receiver;
import io.planmon.notification.domain.ReceiverKind;
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

/** Receivers (monitor role): signed webhooks and mailboxes, of one department or of the whole office. */
@Path("/api/v1/receivers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MONITOR)
@Tag(name = "Receivers")
public class ReceiverResource {
    private final RoutingService routing;

    public ReceiverResource(RoutingService routing) {
        this.routing = routing;
    }

    @GET
    @Operation(summary = "All receivers")
    public List<ReceiverView> list() {
        return routing.receivers().stream().map(ReceiverView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One receiver")
    public ReceiverView get(@PathParam("id") String id) {
        return ReceiverView.of(routing.receiver(Params.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create {name, kind: WEBHOOK|EMAIL, url?, secret?, email?, department?, escalation?, enabled?}")
    public Response create(JsonNode body) {
        Receiver saved = routing.saveReceiver(Optional.empty(), read(body));
        return Response.status(201).entity(ReceiverView.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a receiver; a webhook keeps its secret when none is sent")
    public ReceiverView replace(@PathParam("id") String id, JsonNode body) {
        return ReceiverView.of(routing.saveReceiver(Optional.of(Params.id("id", id)), read(body)));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a receiver (its delivery log stays; rules forget it)")
    public Response delete(@PathParam("id") String id) {
        routing.deleteReceiver(Params.id("id", id));
        return Response.noContent().build();
    }

    private static Receiver read(JsonNode body) {
        JsonFields in = new JsonFields(body);
        Receiver r = new Receiver();
        r.name = in.requiredText("name");
        r.kind = in.choice("kind", ReceiverKind.class);
        if (r.kind == null) {
            throw ProblemException.invalid("kind", "is required: WEBHOOK or EMAIL");
        }
        r.url = in.text("url");
        r.secret = in.text("secret");
        r.email = in.text("email");
        r.department = in.text("department");
        r.escalation = Boolean.TRUE.equals(in.bool("escalation"));
        r.enabled = !Boolean.FALSE.equals(in.bool("enabled"));
        return r;
    }
}
