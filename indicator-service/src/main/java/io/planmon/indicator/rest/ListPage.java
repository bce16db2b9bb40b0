package io.planmon.indicator.rest;

import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Pages;
import io.planmon.web.http.QueryParams;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page a list endpoint answers (the catalogue, series, revisions, evaluations, status changes, submissions), bound
 * once as a {@code @BeanParam}: conditional, paged by offset. The lists are bounded (192 months from 2020 to 2035 at
 * most per indicator) and only grow at their end, so an offset walk is stable; the default page keeps a monthly
 * indicator's evaluations under 64 KB. {@link PagedDocs} documents the headers of every such answer.
 */
public class ListPage {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final String DOC = " Paged by offset (limit " + DEFAULT_LIMIT + " by default, at most " + MAX_LIMIT
            + "); conditional: send the ETag back in If-None-Match for a 304.";

    @QueryParam("limit")
    @Parameter(description = "page size, 1 to " + MAX_LIMIT + ", default " + DEFAULT_LIMIT)
    String limit;

    @QueryParam("offset")
    @Parameter(description = "rows to skip, default 0")
    String offset;

    @Context
    Request request;

    @Context
    UriInfo uri;

    UriInfo uri() {
        return uri;
    }

    /** The page of {@code rows}, or 304 when the caller has the current ETag; a bad limit or offset is a 400. */
    Response read(ConditionalReads reads, Supplier<List<?>> rows) {
        int pageSize = QueryParams.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        int skip = QueryParams.offset(offset);
        return reads.read(
                request,
                uri,
                IndicatorResource.COUNTER,
                IndicatorResource.EVERYONE,
                () -> Pages.byOffset(rows.get(), skip, pageSize, uri));
    }
}
