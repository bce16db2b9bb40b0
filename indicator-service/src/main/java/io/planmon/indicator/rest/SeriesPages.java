package io.planmon.indicator.rest;

import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Pages;
import io.planmon.kit.http.QueryParams;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;

/**
 * The per-indicator lists (series, revisions, evaluations, status changes): conditional and paged by offset. They are
 * bounded by the indicator's periods (192 months from 2020 to 2035 at most) and only grow at their end, so an offset
 * walk is stable; the default page keeps a monthly indicator's evaluations under 64 KB.
 */
final class SeriesPages {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final String DOC = " Paged by offset (limit " + DEFAULT_LIMIT + " by default, at most " + MAX_LIMIT
            + "); conditional: send the ETag back in If-None-Match for a 304.";

    private SeriesPages() {}

    static Response read(
            ConditionalReads reads, Request request, UriInfo uri, String limit, String offset, Supplier<List<?>> rows) {
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
