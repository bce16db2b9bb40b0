package io.planmon.notification.rest;

import io.planmon.notification.domain.routing.Receiver;
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
        return ReceiverView.of(routing.receiver(QueryParams.id("id", id)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a receiver: a webhook (url, secret) or a mailbox (email)")
    public Response create(@Valid @NotNull(message = Params.BODY_REQUIRED) ReceiverInput body) {
        Receiver saved = routing.saveReceiver(Optional.empty(), body.receiver());
        return Response.status(201).entity(ReceiverView.of(saved)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a receiver; a webhook keeps its secret when none is sent")
    public ReceiverView replace(
            @PathParam("id") String id, @Valid @NotNull(message = Params.BODY_REQUIRED) ReceiverInput body) {
        return ReceiverView.of(routing.saveReceiver(Optional.of(QueryParams.id("id", id)), body.receiver()));
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary =
                    "Remove a receiver (its delivery log stays; its pending deliveries are cancelled; rules forget it)")
    public Response delete(@PathParam("id") String id) {
        routing.deleteReceiver(QueryParams.id("id", id));
        return Response.noContent().build();
    }
}
