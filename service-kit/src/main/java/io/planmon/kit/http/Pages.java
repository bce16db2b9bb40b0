package io.planmon.kit.http;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The paging headers every list sends: {@code X-Total-Count} (how many rows match in all) and, when there is more,
 * {@code Link: <path?query>; rel="next"}. The link is relative to the host (RFC 8288 allows a URI reference), so it
 * stays right behind the gateway, which serves the same paths.
 */
public final class Pages {
    public static final String TOTAL_COUNT = "X-Total-Count";
    public static final String LINK = "Link";
    public static final String OFFSET = "offset";

    private Pages() {}

    /** The request's own path and query with {@code param} set to {@code value} (an offset or a cursor). */
    public static String next(UriInfo uri, String param, Object value) {
        UriBuilder builder = uri.getRequestUriBuilder().replaceQueryParam(param, value);
        String full = builder.build().getRawPath();
        String query = builder.build().getRawQuery();
        return "<" + full + (query == null ? "" : "?" + query) + ">; rel=\"next\"";
    }

    /** {@code answer} with X-Total-Count and, if {@code nextValue} is not null, the Link to the next page. */
    public static Answer paged(Answer answer, long total, UriInfo uri, String param, Object nextValue) {
        Answer withTotal = answer.header(TOTAL_COUNT, total);
        return nextValue == null ? withTotal : withTotal.header(LINK, next(uri, param, nextValue));
    }

    /** One page of an already filtered list, by offset: the rows, X-Total-Count and the Link to the next page. */
    public static Answer byOffset(List<?> all, int offset, int limit, UriInfo uri) {
        int from = Math.min(offset, all.size());
        int to = Math.min(all.size(), from + limit);
        return paged(
                Answer.of(all.subList(from, to)), all.size(), uri, OFFSET, nextOffset(from, to - from, all.size()));
    }

    /** For offset paging: the next offset, or null when this page reached the end. */
    public static Integer nextOffset(int offset, int returned, long total) {
        return offset + returned < total ? offset + returned : null;
    }
}
