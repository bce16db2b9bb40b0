package io.planmon.indicator.rest;

import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The status of each period of an indicator with the numbers and the sentence behind it. */
@Path("/api/v1/indicators/{code}/evaluations")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
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
                    + ListPage.DOC)
    @Extension(name = PagedDocs.PAGED, value = "true")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = EvaluationView.class)))
    public Response list(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @Parameter(description = "APPROVED, SUBMITTED or PROVISIONAL: the periods whose figure has come so far")
                    @QueryParam("approval")
                    String approval,
            @BeanParam ListPage page) {
        return page.read(
                reads,
                () -> queries.evaluations(code, from, to, QueryParams.sent(page.uri(), "approval", approval)).stream()
                        .map(EvaluationView::of)
                        .toList());
    }
}
