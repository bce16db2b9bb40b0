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

/** The status of each period of an indicator with the numbers and the sentence behind it. */
@Path("/api/v1/indicators/{code}/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
public class EvaluationResource {
    private final IndicatorQueries queries;

    public EvaluationResource(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(
            summary = "Status per period with its numbers",
            description = "from and to are inclusive; each is a period of the indicator's frequency or a year.")
    public List<EvaluationView> list(
            @PathParam("code") String code, @QueryParam("from") String from, @QueryParam("to") String to) {
        return queries.evaluations(code, from, to).stream()
                .map(EvaluationView::of)
                .toList();
    }
}
