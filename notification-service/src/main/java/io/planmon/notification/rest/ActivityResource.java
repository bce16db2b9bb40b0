package io.planmon.notification.rest;

import io.planmon.kit.http.Answer;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Cursor;
import io.planmon.kit.http.NewestFirst;
import io.planmon.kit.http.Pages;
import io.planmon.notification.domain.activity.Activity;
import io.planmon.notification.domain.activity.ActivityRepository;
import io.planmon.notification.service.activity.ActivityFeed;
import io.planmon.web.http.QueryParams;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feed of recent plan updates, built from the events the services publish. */
@Path("/api/v1/activity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Activity")
public class ActivityResource {
    static final int DEFAULT_LIMIT = 50;
    /** The feed has its own change counter: a new entry does not change the alerts' ETags. */
    static final String COUNTER = "activity";

    private final ActivityFeed feed;
    private final ConditionalReads reads;

    public ActivityResource(ActivityFeed feed, ConditionalReads reads) {
        this.feed = feed;
        this.reads = reads;
    }

    @GET
    @Operation(
            summary = "Recent plan updates, newest first; optionally of one subject (indicator code, task id)",
            description = "Paged by a keyset cursor on (time, id): Link rel=\"next\" gives the next page, and a walk"
                    + " sees every entry that existed when it began exactly once while entries are added."
                    + " Conditional: send the ETag back in If-None-Match for a 304.")
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = Pages.TOTAL_COUNT, description = "how many entries (of the subject) there are"),
                @Header(name = Pages.LINK, description = "<…&cursor=…>; rel=\"next\" while there are more"),
                @Header(name = "ETag", description = "changes exactly when the feed changes")
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ActivityView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response list(
            @QueryParam("limit")
                    @Parameter(
                            description = "how many entries, 1 to 500, default " + DEFAULT_LIMIT,
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
                    String limit,
            @QueryParam("subject") @Parameter(description = "only entries about this subject") String subject,
            @QueryParam(Cursor.PARAM) @Parameter(description = "from the Link header of the previous page")
                    String cursor,
            @Context Request request,
            @Context UriInfo uri) {
        int max = QueryParams.limit(limit, DEFAULT_LIMIT, ActivityFeed.MAX_LIMIT);
        Optional<String> only = QueryParams.text(subject);
        Optional<NewestFirst> after = NewestFirst.parse(cursor);
        return reads.read(request, uri, COUNTER, "all", () -> {
            ActivityRepository.Page page = feed.newest(max, only, after);
            List<ActivityView> views =
                    page.entries().stream().map(ActivityView::of).toList();
            Activity last = page.more() ? page.entries().get(page.entries().size() - 1) : null;
            String next = last == null
                    ? null
                    : NewestFirst.after(last.occurredAt, last.id).encode();
            return Pages.paged(Answer.of(views), feed.total(only), uri, Cursor.PARAM, next);
        });
    }
}
