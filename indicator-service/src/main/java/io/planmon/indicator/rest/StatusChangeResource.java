package io.planmon.indicator.rest;

import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.http.ConditionalReads;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The history of status changes of an indicator's periods, as they were announced. */
@Path("/api/v1/indicators/{code}/status-changes")
@Tag(name = "Evaluations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class StatusChangeResource {
    private final IndicatorQueries queries;
    private final ConditionalReads reads;

    public StatusChangeResource(IndicatorQueries queries, ConditionalReads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GET
    @Operation(summary = "Every status change of the periods in from..to, oldest first", description = ListPage.DOC)
    @Extension(name = PagedDocs.PAGED, value = "true")
    @APIResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = StatusChangeView.class)))
    public Response list(
            @PathParam("code") String code,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @BeanParam ListPage page) {
        return page.read(reads, () -> queries.statusChanges(code, from, to).stream()
                .map(StatusChangeView::of)
                .toList());
    }
}
