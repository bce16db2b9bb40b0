package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.service.DueDaysService;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan admin sets when an indicator's values are due; the body is read by hand so that errors name the field. */
@Path("/api/v1/indicators/{code}/due-days")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class DueDaysResource {
    private final DueDaysService dueDays;
    private final IndicatorQueries queries;
    private final Caller caller;
    private final ObjectMapper json;

    public DueDaysResource(DueDaysService dueDays, IndicatorQueries queries, Caller caller, ObjectMapper json) {
        this.dueDays = dueDays;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "45 days", value = "{\"dueDays\": 45}")))
    @Operation(
            summary = "Set how many days after its period ends a value is due (plan-admin)",
            description = "1 to 366, or null for the frequency's default (90 for a year, 30 for a quarter, 20 for a"
                    + " month). The daily overdue scan uses it from its next run.")
    public IndicatorView put(@PathParam("code") String code, String body) {
        IndicatorQueries.Detail detail = queries.one(dueDays.set(code, parse(body), caller).code);
        return IndicatorView.of(detail.indicator(), detail.latest(), detail.approval(), detail.outlook());
    }

    private Integer parse(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject() || !tree.has("dueDays")) {
            throw ProblemException.invalid(
                    "dueDays", "required: {\"dueDays\": 45}, or {\"dueDays\": null} for the default");
        }
        JsonNode days = tree.get("dueDays");
        if (days.isNull()) {
            return null;
        }
        if (!days.canConvertToInt() || !days.isIntegralNumber()) {
            throw ProblemException.invalid("dueDays", "must be a whole number of days, got " + days);
        }
        return days.intValue();
    }
}
