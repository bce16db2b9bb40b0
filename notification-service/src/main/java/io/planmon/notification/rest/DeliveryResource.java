package io.planmon.notification.rest;

import io.planmon.kit.security.Roles;
import io.planmon.notification.domain.DeliveryRepository;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The delivery log: every notification, its status and each attempt. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MONITOR, Roles.PLAN_ADMIN, Roles.VIEWER})
@Tag(name = "Deliveries")
public class DeliveryResource {
    private final DeliveryRepository deliveries;

    public DeliveryResource(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(summary = "Deliveries, newest first; of one alert when given")
    public List<DeliveryView> list(
            @QueryParam("alert") String alert, @QueryParam("limit") @DefaultValue("200") String limit) {
        Optional<Long> of = AlertResource.text(alert).map(a -> Params.id("alert", a));
        return deliveries.search(of, Params.integerBetween("limit", limit, 1, 500)).stream()
                .map(DeliveryView::of)
                .toList();
    }
}
