package io.planmon.indicator.rest;

import io.planmon.indicator.service.ImportRow;
import io.planmon.indicator.service.ImportSummary;
import io.planmon.indicator.service.ObservationImport;
import io.planmon.indicator.service.RowSource;
import io.planmon.kit.security.Caller;
import io.planmon.web.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A year of figures in one call, as JSON or CSV; answers what was stored and each rejected row with its reason. */
@Path("/api/v1/observations")
@Tag(name = "Observations")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REPORTER, Roles.PLAN_ADMIN})
public class BatchObservationResource {
    static final String CSV = "text/csv";
    private static final String DESCRIPTION = "Every row is checked first: a bad row (unknown indicator, bad period,"
            + " wrong frequency, a period that has not begun yet (Asia/Shanghai) unless the indicator allows future"
            + " periods, a year before 1900, non-numeric or out-of-range value, more than 14 digits before the decimal"
            + " point, control characters, another department's indicator) is listed under rejected with its index"
            + " (from 0), field and reason, and never loses the good rows. The good rows are applied per indicator:"
            + " its values and revisions, one re-evaluation from its earliest changed period (and of the indicators"
            + " using it as their reference) and the events; for a batch of up to 1,000 rows in one transaction for"
            + " the indicators free when it begins and a second one for those another push held, else one"
            + " transaction per indicator. When a batch's transaction fails, its indicators are applied again one"
            + " transaction each; when an indicator's transaction fails (another push held it longer than"
            + " planmon.import.lock-timeout), its rows are rejected with field indicator and the other indicators'"
            + " rows are stored all the same."
            + " The same value again counts as unchanged, a new value as updated (a new revision); two rows of one"
            + " period become two revisions, in row order. evaluations lists each evaluated indicator: the first"
            + " period evaluated, how many, the latest period and its status, and every status change the batch"
            + " made. With dryRun=true all of this is worked out in a transaction that is rolled back: the summary"
            + " (dryRun: true) says what the batch would do, and nothing is stored or published.";
    private static final String DRY_RUN =
            "true: check and evaluate everything, store and publish nothing (with async=true:" + " the whole job)";

    private final ObservationImport importer;
    private final Caller caller;
    private final JsonBatch jsonRows;
    private final AsyncImportRequest asyncImport;

    public BatchObservationResource(
            ObservationImport importer, Caller caller, JsonBatch jsonRows, AsyncImportRequest asyncImport) {
        this.importer = importer;
        this.caller = caller;
        this.jsonRows = jsonRows;
        this.asyncImport = asyncImport;
    }

    @POST
    @Consumes({MediaType.APPLICATION_JSON, CSV})
    @RequestBody(
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = BatchInput.class),
                        examples =
                                @ExampleObject(
                                        name = "two values",
                                        value =
                                                "{\"observations\": [{\"indicator\": \"GDP_PER_CAPITA\","
                                                        + " \"period\": \"2026\", \"value\": 131.0, \"note\": \"synthetic\"}]}")),
                @Content(
                        mediaType = CSV,
                        examples =
                                @ExampleObject(
                                        name = "two values",
                                        value =
                                                "indicator,period,value,note\nGDP_PER_CAPITA,2026,131.0,\"synthetic, revised\""))
            })
    @Operation(
            summary = "Push many values as JSON, or as CSV (header indicator,period,value,note)",
            description = DESCRIPTION + " CSV fields may be quoted (RFC 4180).")
    @APIResponse(
            responseCode = "200",
            description = "the rows were applied (without async): what was stored and each rejected row",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(
            responseCode = "202",
            description = AsyncImportDocs.ACCEPTED,
            headers = @Header(name = "Location", description = "/api/v1/imports/{id}, where the job can be followed"),
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(responseCode = "413", description = AsyncImportDocs.TOO_LARGE)
    public Response post(
            InputStream body,
            @Context HttpHeaders headers,
            @QueryParam("async") @Parameter(description = AsyncImportDocs.ASYNC) boolean async,
            @QueryParam("dryRun") @Parameter(description = DRY_RUN) boolean dryRun)
            throws IOException {
        boolean csv = MediaType.valueOf(CSV).isCompatible(headers.getMediaType());
        if (async) {
            RowSource rows = csv ? StreamedRows.csv(body) : jsonRows.stream(body);
            return asyncImport.accept(csv ? "CSV" : "JSON", dryRun, rows);
        }
        String text = SyncBody.read(body);
        List<ImportRow> rows = csv ? CsvBatch.read(text) : jsonRows.read(text);
        return Response.ok(importer.run(rows, caller, dryRun)).build();
    }
}
