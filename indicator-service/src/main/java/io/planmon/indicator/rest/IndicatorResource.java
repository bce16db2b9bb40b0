package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Indicator;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalogue: what the plan measures, who owns it and the target as the plan states it. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
public class IndicatorResource {

    @GET
    public List<IndicatorView> list(@QueryParam("area") String area, @QueryParam("department") String department) {
        Parameters filter = Parameters.with("area", area).and("department", department);
        return Indicator.<Indicator>find(
                        "(:area is null or area = :area) and (:department is null or ownerDepartment = :department)",
                        Sort.by("area").and("article").and("code"),
                        filter)
                .stream()
                .map(IndicatorView::of)
                .toList();
    }

    @GET
    @Path("/{code}")
    public IndicatorView get(@PathParam("code") String code) {
        return Indicator.<Indicator>findByIdOptional(code)
                .map(IndicatorView::of)
                .orElseThrow(() -> ProblemException.notFound("no indicator " + code + " in the catalogue"));
    }
}
