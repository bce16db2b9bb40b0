package io.planmon.indicator.rest;

import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The history of status changes of an indicator's periods, as they were announced. */
@Path("/api/v1/indicators/{code}/status-changes")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
public class StatusChangeResource {
    private final IndicatorQueries queries;

    public StatusChangeResource(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Every status change of the periods in from..to, oldest first")
    public List<StatusChangeView> list(
            @PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.statusChanges(code, from, to).stream()
                .map(StatusChangeView::of)
                .toList();
    }
}
