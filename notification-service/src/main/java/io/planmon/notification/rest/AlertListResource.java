package io.planmon.notification.rest;

import io.planmon.kit.http.Answer;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Cursor;
import io.planmon.kit.http.NewestFirst;
import io.planmon.kit.http.Pages;
import io.planmon.kit.security.Caller;
import io.planmon.notification.domain.alert.Alert;
import io.planmon.notification.domain.alert.AlertRepository;
import io.planmon.notification.domain.alert.AlertState;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.service.alert.AlertService;
import io.planmon.notification.service.alert.AlertSummary;
import io.planmon.notification.service.alert.AlertView;
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

/** The conditional reads of the alerts: the list with filters and paging, and the summary of the open ones. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Tag(name = "Alerts")
public class AlertListResource {
    public static final String TOTAL_COUNT = Pages.TOTAL_COUNT;
    /** About 50 alerts (~0.9 KB each) stay under 64 KB. */
    static final int DEFAULT_LIMIT = 50;
    /** Alert reads change with the alerts' counter only: the activity feed has its own. */
    static final String COUNTER = "alerts";

    private static final String ETAG_DOC =
            "changes exactly when an alert changes (and differs per reporter department)";

    private final AlertService alerts;
    private final Caller caller;
    private final AlertSummary summary;
    private final ConditionalReads reads;

    public AlertListResource(AlertService alerts, Caller caller, AlertSummary summary, ConditionalReads reads) {
        this.alerts = alerts;
        this.caller = caller;
        this.summary = summary;
        this.reads = reads;
    }

    @GET
    @Operation(
            summary = "Alerts, newest change first; a reporter sees only its own department's",
            description = "At most `limit` alerts (" + DEFAULT_LIMIT + " by default, at most " + AlertService.MAX_LIMIT
                    + "); the header X-Total-Count says how many match in all, so a list that was cut is never"
                    + " mistaken for the whole, and Link rel=\"next\" gives the next page: a keyset cursor on (last"
                    + " change, id), so a walk sees every alert that existed when it began exactly once while alerts"
                    + " are added (an alert that changes during the walk moves to the front and may be missed by it)."
                    + " Conditional: send the ETag back in If-None-Match for a 304.")
    @APIResponse(
            responseCode = "200",
            headers = {
                @Header(name = TOTAL_COUNT, description = "how many alerts match the filters in all"),
                @Header(name = Pages.LINK, description = "<…&cursor=…>; rel=\"next\" while there are more"),
                @Header(name = "ETag", description = ETAG_DOC)
            },
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = AlertView.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    @APIResponse(responseCode = "400", description = "an unknown state or severity, a bad limit or cursor")
    public Response list(
            @QueryParam("state") @Parameter(description = "FIRING, ACKNOWLEDGED or RESOLVED") String state,
            @QueryParam("severity") @Parameter(description = "INFO, WARNING or CRITICAL") String severity,
            @QueryParam("department") @Parameter(description = "owning department code") String department,
            @QueryParam("subject") @Parameter(description = "indicator code or task code (T50-02)") String subject,
            @QueryParam("limit")
                    @Parameter(description = "1 to " + AlertService.MAX_LIMIT + ", default " + DEFAULT_LIMIT)
                    String limit,
            @QueryParam(Cursor.PARAM) @Parameter(description = "from the Link header of the previous page")
                    String cursor,
            @Context Request request,
            @Context UriInfo uri) {
        Optional<AlertState> wantedState =
                QueryParams.choice("state", QueryParams.sent(uri, "state", state), AlertState.class);
        Optional<Severity> wantedSeverity =
                QueryParams.choice("severity", QueryParams.sent(uri, "severity", severity), Severity.class);
        int pageSize = QueryParams.limit(limit, DEFAULT_LIMIT, AlertService.MAX_LIMIT);
        Optional<NewestFirst> after = NewestFirst.parse(cursor);
        return reads.read(request, uri, COUNTER, scope(), () -> {
            AlertRepository.Found found = alerts.list(
                    caller,
                    wantedState,
                    wantedSeverity,
                    QueryParams.text(department),
                    QueryParams.text(subject),
                    after,
                    pageSize);
            List<AlertView> views = found.alerts().stream().map(AlertView::of).toList();
            Alert last = found.more() ? found.alerts().get(found.alerts().size() - 1) : null;
            String next = last == null
                    ? null
                    : NewestFirst.after(last.updatedAt, last.id).encode();
            return Pages.paged(Answer.of(views), found.total(), uri, Cursor.PARAM, next);
        });
    }

    @GET
    @Path("summary")
    @Operation(
            summary = "Open alerts (every state but RESOLVED) counted by severity and by state, exactly",
            description = "Scoped as the list is: a reporter counts its own department's. asOf is the newest change"
                    + " of an alert in scope. Conditional: send the ETag back in If-None-Match for a 304.")
    @APIResponse(
            responseCode = "200",
            headers = @Header(name = "ETag", description = ETAG_DOC),
            content = @Content(schema = @Schema(implementation = AlertSummary.Counts.class)))
    @APIResponse(responseCode = "304", description = "If-None-Match carried the current ETag")
    public Response summary(@Context Request request, @Context UriInfo uri) {
        Optional<String> department = AlertService.visibleDepartment(caller);
        return reads.read(request, uri, COUNTER, scope(), () -> Answer.of(summary.count(department)));
    }

    /** What of the caller an alert read depends on: a reporter's department, or nothing. */
    private String scope() {
        return AlertService.visibleDepartment(caller)
                .map(d -> "department:" + d)
                .orElse("all");
    }
}
