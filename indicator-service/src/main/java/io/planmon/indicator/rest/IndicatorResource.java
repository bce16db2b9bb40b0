package io.planmon.indicator.rest;

import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.indicator.service.IndicatorSummary;
import io.planmon.kit.http.Answer;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import io.planmon.web.time.PlanDay;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The indicator catalogue with the latest evaluation of each, its summary, and one indicator with its projection. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class IndicatorResource {
    /** Every indicator read changes with the schema's one counter; none depends on who asks. */
    static final String COUNTER = "indicators";

    static final String EVERYONE = "all";

    private final IndicatorQueries queries;
    private final IndicatorSummary summary;
    private final ConditionalReads reads;

    private final Clock clock;

    public IndicatorResource(IndicatorQueries queries, IndicatorSummary summary, ConditionalReads reads, Clock clock) {
        this.queries = queries;
        this.summary = summary;
        this.reads = reads;
        this.clock = clock;
    }

    @GET
    @Operation(
            summary = "The catalogue with the latest evaluation of each indicator",
            description = "latest is the evaluation of the indicator's latest period (null before its first value);"
                    + " status filters on it; approval on how far its figure has come (APPROVED, SUBMITTED,"
                    + " PROVISIONAL). Ordered by area, article, code; the catalogue (51 plan indicators today, 25 KB)"
                    + " fits one default page."
                    + ListPage.DOC)
    @Extension(name = PagedDocs.PAGED, value = "true")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = IndicatorView.class)))
    @APIResponse(responseCode = "400", description = "an unknown area or status, a bad limit or offset")
    public Response list(
            @Parameter(description = "plan area, e.g. HIGH_QUALITY_DEVELOPMENT") @QueryParam("area") String area,
            @Parameter(description = "owner department, e.g. STATS") @QueryParam("department") String department,
            @Parameter(description = "status of the latest period, e.g. OFF_TRACK or DATA_OVERDUE")
                    @QueryParam("status")
                    String status,
            @Parameter(description = "how far the latest figure has come: APPROVED, SUBMITTED or PROVISIONAL")
                    @QueryParam("approval")
                    String approval,
            @BeanParam ListPage page) {
        UriInfo uri = page.uri();
        return page.read(reads, () -> queries
                .list(
                        QueryParams.sent(uri, "area", area),
                        QueryParams.text(department).orElse(null),
                        QueryParams.sent(uri, "status", status),
                        QueryParams.sent(uri, "approval", approval))
                .stream()
                .map(l -> IndicatorView.of(l.indicator(), l.latest(), l.approval(), null))
                .toList());
    }

    @GET
    @Path("/summary")
    @Operation(
            summary = "The catalogue counted by plan area, status and approval of the latest evaluation",
            description = "Every status is present (0 when none); NO_DATA counts indicators without an evaluation,"
                    + " area UNASSIGNED those without an area. byApproval counts the latest figures APPROVED,"
                    + " SUBMITTED or PROVISIONAL (an indicator without a value is in none). asOf is the newest"
                    + " evaluation counted. reporting.worstDepartments: the five departments with the lowest on-time"
                    + " rate over the plan period so far (see GET /api/v1/reporting). Conditional: the ETag changes"
                    + " with the data and with the day.")
    @APIResponse(
            responseCode = "200",
            headers =
                    @Header(name = "ETag", description = "changes exactly when the catalogue or an evaluation changes"),
            content = @Content(schema = @Schema(implementation = SummaryView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response summary(@Context Request request, @Context UriInfo uri) {
        LocalDate today = PlanDay.today(clock);
        return reads.read(
                request,
                uri,
                COUNTER,
                ReportingResource.scope(today),
                () -> Answer.of(SummaryView.of(summary.count(today), today)));
    }

    @GET
    @Path("/{code}")
    @Operation(
            summary = "One indicator with its latest evaluation and its projection to the target year",
            description = "projection carries the trend's value in the target year, whether it reaches the target,"
                    + " the catch-up rate and the early warning; without a target year only its reason. Conditional.")
    @APIResponse(
            responseCode = "200",
            headers = @Header(name = "ETag", description = "changes exactly when the indicator's data changes"),
            content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response get(@PathParam("code") String code, @Context Request request, @Context UriInfo uri) {
        return reads.read(request, uri, COUNTER, EVERYONE, () -> {
            IndicatorQueries.Detail d = queries.one(code);
            return Answer.of(IndicatorView.of(d.indicator(), d.latest(), d.approval(), d.outlook()));
        });
    }
}
