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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalogue with the latest evaluation of each, and one indicator with its projection. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
public class IndicatorResource {
    private final IndicatorQueries queries;

    public IndicatorResource(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(
            summary = "The catalogue with the latest evaluation of each indicator",
            description = "latest is the evaluation of the indicator's latest period (null before its first value);"
                    + " status filters on it.")
    public List<IndicatorView> list(
            @Parameter(description = "plan area, e.g. HIGH_QUALITY_DEVELOPMENT") @QueryParam("area") String area,
            @Parameter(description = "owner department, e.g. STATS") @QueryParam("department") String department,
            @Parameter(description = "status of the latest period, e.g. OFF_TRACK or DATA_OVERDUE")
                    @QueryParam("status")
                    String status) {
        return queries.list(blankToNull(area), blankToNull(department), blankToNull(status)).stream()
                .map(l -> IndicatorView.of(l.indicator(), l.latest(), null))
                .toList();
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "One indicator with its latest evaluation and its projection to the target year",
            description = "projection carries the trend's value in the target year, whether it reaches the target,"
                    + " the catch-up rate and the early warning; without a target year only its reason.")
    public IndicatorView get(@PathParam("code") String code) {
        IndicatorQueries.Detail d = queries.one(code);
        return IndicatorView.of(d.indicator(), d.latest(), d.outlook());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
