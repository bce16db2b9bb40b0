package io.planmon.task.rest;

import io.planmon.kit.http.Pages;
import io.planmon.task.service.ArticleService;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
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

/** The plan's 50 numbered articles, which tasks and indicators refer to. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Articles")
public class ArticleResource {
    /** All 50 articles fit one default page (about 10 KB). */
    static final int DEFAULT_LIMIT = 100;

    static final int MAX_LIMIT = 500;

    private final ArticleService articles;
    private final TaskReads reads;

    public ArticleResource(ArticleService articles, TaskReads reads) {
        this.articles = articles;
        this.reads = reads;
    }

    @GET
    @Operation(
            summary = "All numbered articles of the plan, by number, each with its (derived) chapter",
            description = "Paged by offset (limit " + DEFAULT_LIMIT + " by default: all of them). Conditional.")
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = "ETag", description = "changes exactly when the task schema changes"),
                @Header(name = Pages.TOTAL_COUNT, description = "how many articles in all")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ArticleView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response list(
            @QueryParam("limit") @Parameter(description = "page size, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                    String limit,
            @QueryParam("offset") @Parameter(description = "articles to skip, default 0") String offset,
            @Context Request request,
            @Context UriInfo uri) {
        return reads.page(request, uri, limit, offset, DEFAULT_LIMIT, MAX_LIMIT, () -> articles.list().stream()
                .map(ArticleView::of)
                .toList());
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One article; 404 if the plan has no such number, 400 if it is not a number")
    public ArticleView get(@PathParam("number") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String number) {
        return ArticleView.of(articles.get(QueryParams.integer("number", number)));
    }
}
