package io.planmon.notification.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import io.planmon.notification.domain.AlertRepository;
import io.planmon.notification.domain.AlertState;
import io.planmon.notification.domain.Severity;
import io.planmon.notification.service.AlertService;
import io.planmon.notification.service.AlertStream;
import io.planmon.notification.service.AlertView;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Alerts: list with filters, acknowledge, and the live stream of changes. */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
@Tag(name = "Alerts")
public class AlertResource {
    public static final String TOTAL_COUNT = "X-Total-Count";

    private final AlertService alerts;
    private final AlertStream stream;
    private final AlertEvents events;
    private final Caller caller;

    public AlertResource(AlertService alerts, AlertStream stream, AlertEvents events, Caller caller) {
        this.alerts = alerts;
        this.stream = stream;
        this.events = events;
        this.caller = caller;
    }

    @GET
    @Operation(
            summary = "Alerts, newest change first; a reporter sees only its own department's",
            description = "At most `limit` alerts; the header X-Total-Count says how many match in all, so a list"
                    + " that was cut is never mistaken for the whole.")
    @APIResponse(
            responseCode = "200",
            headers = @Header(name = TOTAL_COUNT, description = "how many alerts match the filters in all"))
    public RestResponse<List<AlertView>> list(
            @QueryParam("state") @Parameter(description = "FIRING, ACKNOWLEDGED or RESOLVED") String state,
            @QueryParam("severity") @Parameter(description = "INFO, WARNING or CRITICAL") String severity,
            @QueryParam("department") @Parameter(description = "owning department code") String department,
            @QueryParam("subject") @Parameter(description = "indicator code or task code (T50-02)") String subject,
            @QueryParam("limit") @DefaultValue("200") @Parameter(description = "1 to 500") String limit) {
        AlertRepository.Found found = alerts.list(
                caller,
                choice("state", state, AlertState.class),
                choice("severity", severity, Severity.class),
                text(department),
                text(subject),
                Params.integerBetween("limit", limit, 1, AlertService.MAX_LIMIT));
        List<AlertView> views = found.alerts().stream().map(AlertView::of).toList();
        return RestResponse.ResponseBuilder.ok(views)
                .header(TOTAL_COUNT, found.total())
                .build();
    }

    @POST
    @Path("{id}/ack")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MONITOR, Roles.REPORTER})
    @Operation(summary = "Acknowledge an alert (monitor, or a reporter of the owning department), with a comment")
    public AlertView acknowledge(@PathParam("id") String id, JsonNode body) {
        String comment = body == null || body.isNull() ? null : new JsonFields(body).text("comment");
        return AlertView.of(alerts.acknowledge(caller, Params.id("id", id), comment));
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Server-sent events: {change, alert} for every alert change the caller may see,"
                    + " and a :keep-alive comment at once and every 15 s")
    public Multi<OutboundSseEvent> stream(@Context Sse sse) {
        Optional<String> scope = AlertService.visibleDepartment(caller);
        return events.of(
                stream.changes()
                        .filter(c ->
                                scope.isEmpty() || scope.get().equals(c.alert().department())),
                sse);
    }

    static Optional<String> text(String raw) {
        return Optional.ofNullable(raw).map(String::strip).filter(s -> !s.isEmpty());
    }

    static <E extends Enum<E>> Optional<E> choice(String field, String raw, Class<E> type) {
        Optional<String> value = text(raw);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
