package io.planmon.indicator.rest;

import io.planmon.indicator.service.ReportingQueries;
import io.planmon.kit.http.Answer;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.web.security.Roles;
import io.planmon.web.time.PlanDay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How punctually and completely the departments report their figures, per department or for all of them. */
@Path("/api/v1")
@Tag(name = "Reporting")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class ReportingResource {
    static final String RANGE =
            " from and to are periods of any frequency (2026, 2026Q2, 2026-04); a figure counts when"
                    + " its period lies wholly between the first day of from and the last day of to. Default: from 2026 (the"
                    + " plan's first year) to the current year. A figure is expected once it is due or has arrived; it is on"
                    + " time when its first value arrived by its due date (Asia/Shanghai). Conditional: the ETag changes with"
                    + " the data and with the day.";

    private final ReportingQueries reporting;
    private final ConditionalReads reads;
    private final Clock clock;

    public ReportingResource(ReportingQueries reporting, ConditionalReads reads, Clock clock) {
        this.reporting = reporting;
        this.reads = reads;
        this.clock = clock;
    }

    @GET
    @Path("/departments/{code}/reporting")
    @Operation(
            summary = "One department's timeliness and completeness, per period and over a range",
            description = "Per period: values expected, received on time, received late, missing (with the"
                    + " indicators), approved, not yet due; over the range the same with the on-time rate and the"
                    + " completeness. 404 for a department that owns no indicator." + RANGE)
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReportingView.Department.class)))
    public Response department(
            @PathParam("code") String code,
            @Parameter(description = "first period, default 2026") @QueryParam("from") String from,
            @Parameter(description = "last period, default the current year") @QueryParam("to") String to,
            @Context Request request,
            @Context UriInfo uri) {
        return answer(request, uri, today -> ReportingView.Department.of(reporting.department(code, from, to, today)));
    }

    @GET
    @Path("/reporting")
    @Operation(
            summary = "Every department's timeliness and completeness over a range, for the monitoring office",
            description = "One line per department that owns an indicator, by code." + RANGE)
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = ReportingView.Overview.class)))
    public Response all(
            @Parameter(description = "first period, default 2026") @QueryParam("from") String from,
            @Parameter(description = "last period, default the current year") @QueryParam("to") String to,
            @Context Request request,
            @Context UriInfo uri) {
        return answer(request, uri, today -> ReportingView.Overview.of(reporting.all(from, to, today)));
    }

    /** A conditional read of figures counted as of today (Asia/Shanghai). */
    private Response answer(Request request, UriInfo uri, Function<LocalDate, Object> body) {
        LocalDate today = PlanDay.today(clock);
        return reads.read(request, uri, IndicatorResource.COUNTER, scope(today), () -> Answer.of(body.apply(today)));
    }

    /** What the answer depends on besides the data: the day, which makes figures due. */
    static String scope(LocalDate today) {
        return IndicatorResource.EVERYONE + "@" + today;
    }
}
