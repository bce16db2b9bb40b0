package io.planmon.indicator.rest;

import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Pages;
import io.planmon.kit.http.QueryParams;
import io.planmon.kit.security.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status of each period of an indicator with the numbers and the sentence behind it. */
@Path("/api/v1/indicators/{code}/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
public class EvaluationResource {
    private final IndicatorQueries queries;
    private final ConditionalReads reads;

    public EvaluationResource(IndicatorQueries queries, ConditionalReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GET
    @Operation(
            summary = "Status per period with its numbers",
            description = "from and to are inclusive; each is a period of the indicator's frequency or a year."
                    + SeriesPages.DOC)
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = "ETag", description = "changes exactly when the indicator data changes"),
                @Header(name = Pages.TOTAL_COUNT, description = "how many rows match in all"),
                @Header(name = Pages.LINK, description = "<…>; rel=\"next\" while there are more")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluationView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response list(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "APPROVED, SUBMITTED or PROVISIONAL: the periods whose figure has come so far")
                    @QueryParam("approval")
                    String approval,
            @Parameter(
                            description = "page size, 1 to " + SeriesPages.MAX_LIMIT + ", default "
                                    + SeriesPages.DEFAULT_LIMIT)
                    @QueryParam("limit")
                    String limit,
            @Parameter(description = "rows to skip, default 0") @QueryParam("offset") String offset,
            @Context Request request,
            @Context UriInfo uri) {
        return SeriesPages.read(
                reads,
                request,
                uri,
                limit,
                offset,
                () -> queries.evaluations(code, from, to, QueryParams.sent(uri, "approval", approval)).stream()
                        .map(EvaluationView::of)
                        .toList());
    }
}
