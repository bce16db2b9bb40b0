package io.planmon.notification.rest;

import io.planmon.kit.http.Cursor;
import io.planmon.kit.http.Pages;
import io.planmon.notification.domain.delivery.DeliveryRepository;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The delivery log: every notification, its status and each attempt. Paged by a keyset cursor on the id; not
 * conditional (its rows change with every lease, a dashboard does not poll it).
 */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MONITOR, Roles.PLAN_ADMIN, Roles.VIEWER})
@Tag(name = "Deliveries")
public class DeliveryResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;

    private final DeliveryRepository deliveries;

    public DeliveryResource(DeliveryRepository deliveries) {
        this.deliveries = deliveries;
    }

    @GET
    @Operation(
            summary = "Deliveries, newest first; of one alert when given",
            description = "At most `limit` (" + DEFAULT_LIMIT + " by default, at most " + MAX_LIMIT + "); Link"
                    + " rel=\"next\" carries a cursor (the last id), so rows added meanwhile never shift a page.")
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = Pages.TOTAL_COUNT, description = "how many deliveries (of the alert) there are"),
                @Header(name = Pages.LINK, description = "<…&cursor=…>; rel=\"next\" while there are more")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeliveryView.class)))
    public Response list(
            @QueryParam("alert") @Parameter(description = "an alert id") String alert,
            @QueryParam("limit") @Parameter(description = "1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                    String limit,
            @QueryParam(Cursor.PARAM) @Parameter(description = "from the Link header of the previous page")
                    String cursor,
            @Context UriInfo uri) {
        Optional<Long> of = QueryParams.text(alert).map(a -> QueryParams.id("alert", a));
        Optional<Long> before =
                Optional.ofNullable(cursor).map(c -> Cursor.decode(c, 1).number(0));
        DeliveryRepository.Page page =
                deliveries.search(of, before, QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT));
        List<DeliveryView> views =
                page.deliveries().stream().map(DeliveryView::of).toList();
        Response.ResponseBuilder ok = Response.ok(views).header(Pages.TOTAL_COUNT, page.total());
        if (page.more()) {
            long last = page.deliveries().get(page.deliveries().size() - 1).id;
            ok.header(Pages.LINK, Pages.next(uri, Cursor.PARAM, Cursor.of(last).encode()));
        }
        return ok.build();
    }
}
