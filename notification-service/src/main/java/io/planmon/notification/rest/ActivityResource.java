package io.planmon.notification.rest;

import io.planmon.kit.security.Roles;
import io.planmon.notification.service.ActivityFeed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The feed of recent plan updates, built from the events the services publish. */
@Path("/api/v1/activity")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
@Tag(name = "Activity")
public class ActivityResource {
    private final ActivityFeed feed;

    public ActivityResource(ActivityFeed feed) {
        this.feed = feed;
    }

    @GET
    @Operation(summary = "Recent plan updates, newest first; optionally of one subject (indicator code, task id)")
    public List<ActivityView> list(
            @QueryParam("limit")
                    @DefaultValue("50")
                    @Parameter(
                            description = "how many entries, 1 to 500",
                            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500"))
                    String limit,
            @QueryParam("subject") @Parameter(description = "only entries about this subject") String subject) {
        int max = Params.integerBetween("limit", limit, 1, ActivityFeed.MAX_LIMIT);
        Optional<String> only = Optional.ofNullable(subject).map(String::strip).filter(s -> !s.isEmpty());
        return feed.newest(max, only).stream().map(ActivityView::of).toList();
    }
}
