package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.indicator.service.TargetService;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import io.planmon.kit.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan admin sets the target of an indicator; every change stays readable. */
@Path("/api/v1/indicators/{code}/target")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
public class TargetResource {
    private final TargetService targets;
    private final IndicatorQueries queries;
    private final Caller caller;
    private final ObjectMapper json;

    public TargetResource(TargetService targets, IndicatorQueries queries, Caller caller, ObjectMapper json) {
        this.targets = targets;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLAN_ADMIN)
    @RequestBody(
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            name = "doubling",
                                            value =
                                                    "{\"kind\": \"MULTIPLE_OF_BASE\", \"factor\": 2, \"baseYear\": 2020,"
                                                            + " \"targetYear\": 2035, \"bands\": {\"onTrack\": 0.95, \"atRisk\": 0.85}}")))
    @Operation(
            summary = "Set the target of an indicator (plan-admin)",
            description = "The kind with its parameters as docs/spec.md#target-kinds lists them, and optionally bands"
                    + " overriding the default progress-ratio thresholds. A reference must exist and have the same"
                    + " frequency. The change is recorded and every period is evaluated again; status changes are"
                    + " published.")
    public IndicatorView put(@PathParam("code") String code, String body) {
        Indicator indicator = targets.set(code, parse(body), caller);
        IndicatorQueries.Detail detail = queries.one(indicator.code);
        return IndicatorView.of(detail.indicator(), detail.latest(), detail.approval(), detail.outlook());
    }

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.VIEWER, Roles.MONITOR, Roles.REPORTER, Roles.PLAN_ADMIN})
    @Operation(summary = "Every change of the target: who, when, the old and the new target")
    public List<TargetChangeView> changes(@PathParam("code") String code) {
        return queries.targetChanges(code).stream().map(TargetChangeView::of).toList();
    }

    /** Floats as BigDecimal, so that a tolerance of 0.1 stays 0.1. */
    private Map<String, Object> parse(String body) {
        JsonNode tree;
        ObjectReader reader = json.readerFor(Map.class).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        try {
            tree = body == null || body.isBlank() ? null : reader.readTree(body);
            if (tree == null || !tree.isObject()) {
                throw ProblemException.invalid("body", "a JSON object such as {\"kind\": \"INCREASING\"} is required");
            }
            return reader.readValue(tree);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getMessage());
        }
    }
}
