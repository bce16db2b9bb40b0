package io.planmon.notification.rest;

import io.planmon.kit.security.Caller;
import io.planmon.notification.service.alert.AlertService;
import io.planmon.notification.service.alert.AlertStream;
import io.planmon.web.security.Roles;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** The live stream of alert changes (server-sent events), each to the callers who may see the alert. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Alerts")
public class AlertStreamResource {
    private final AlertStream stream;
    private final AlertEvents events;
    private final Caller caller;

    public AlertStreamResource(AlertStream stream, AlertEvents events, Caller caller) {
        this.stream = stream;
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Server-sent events: {change, alert} for every alert change the caller may see,"
                    + " and a :keep-alive comment at once and every 15 s")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Optional<String> scope = AlertService.visibleDepartment(caller);
        return events.of(
                stream.changes()
                        .filter(c ->
                                scope.isEmpty() || scope.get().equals(c.alert().department())),
                sse);
    }
}
