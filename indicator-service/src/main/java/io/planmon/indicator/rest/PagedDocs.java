package io.planmon.indicator.rest;

import io.planmon.kit.http.Pages;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents what every paged list answers besides its rows, once instead of on each endpoint: the ETag, the total
 * count and the next-page link on a 200, and the 304. An operation asks for it with {@code @Extension(name =
 * PagedDocs.PAGED, value = "true")} (read from application.properties, mp.openapi.filter).
 */
public class PagedDocs implements OASFilter {
    static final String PAGED = "x-planmon-paged";

    @Override
    public Operation filterOperation(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        if (extensions == null || !extensions.containsKey(PAGED)) {
            return operation;
        }
        operation.removeExtension(PAGED);
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("changes exactly when the data behind the answer changes"));
            ok.addHeader(Pages.TOTAL_COUNT, header("how many rows match in all"));
            ok.addHeader(Pages.LINK, header("<…>; rel=\"next\" while there are more"));
        }
        operation
                .getResponses()
                .addAPIResponse(
                        "304", OASFactory.createAPIResponse().description("If-None-Match carried the current ETag"));
        return operation;
    }

    private static Header header(String description) {
        return OASFactory.createHeader()
                .description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
