package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.service.FuturePeriodsService;
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

/** The plan admin allows an indicator values for periods that have not begun yet (forecasts), or forbids them again. */
@Path("/api/v1/indicators/{code}/future-periods")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class FuturePeriodsResource {
    private final FuturePeriodsService futurePeriods;
    private final IndicatorQueries queries;
    private final Caller caller;
    private final ObjectMapper json;

    public FuturePeriodsResource(
            FuturePeriodsService futurePeriods, IndicatorQueries queries, Caller caller, ObjectMapper json) {
        this.futurePeriods = futurePeriods;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "forecasts", value = "{\"allowed\": true}")))
    @Operation(
            summary = "Allow or forbid values for periods that have not begun yet (plan-admin)",
            description = "Off by default: a value for a period whose first day lies after today (Asia/Shanghai) is"
                    + " a 422 naming period. true accepts such values (forecasts) from the next push on; the"
                    + " indicator shows the setting as futurePeriods.")
    public IndicatorView put(@PathParam("code") String code, String body) {
        IndicatorQueries.Detail detail = queries.one(futurePeriods.set(code, parse(body), caller).code);
        return IndicatorView.of(detail.indicator(), detail.latest(), detail.approval(), detail.outlook());
    }

    private boolean parse(String body) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getMessage());
        }
        if (tree == null
                || !tree.isObject()
                || tree.get("allowed") == null
                || !tree.get("allowed").isBoolean()) {
            throw ProblemException.invalid("allowed", "required: {\"allowed\": true} or {\"allowed\": false}");
        }
        return tree.get("allowed").booleanValue();
    }
}
