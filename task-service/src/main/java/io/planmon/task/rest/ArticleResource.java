package io.planmon.task.rest;

import io.planmon.kit.security.Roles;
import io.planmon.task.service.ArticleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's 50 numbered articles, which tasks and indicators refer to. */
@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
@Tag(name = "Articles")
public class ArticleResource {
    private final ArticleService articles;

    public ArticleResource(ArticleService articles) {
        this.articles = articles;
    }

    @GET
    @Operation(summary = "All numbered articles of the plan, by number, each with its (derived) chapter")
    public List<ArticleView> list() {
        return articles.list().stream().map(ArticleView::of).toList();
    }

    @GET
    @Path("{number}")
    @Operation(summary = "One article; 404 if the plan has no such number, 400 if it is not a number")
    public ArticleView get(@PathParam("number") @Parameter(schema = @Schema(type = SchemaType.INTEGER)) String number) {
        return ArticleView.of(articles.get(Params.integer("number", number)));
    }
}
