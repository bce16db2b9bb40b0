package io.planmon.task.rest;

import io.planmon.kit.http.Answer;
import io.planmon.kit.http.ConditionalReads;
import io.planmon.kit.http.Pages;
import io.planmon.web.http.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Supplier;

/**
 * Every conditional read of task-service: all of them change with the schema's one counter and none depends on who
 * asks, so the counter and the scope are named here once; and the offset page of a list that is read whole (the
 * articles, a task's reports).
 */
@ApplicationScoped
public class TaskReads {
    /** Every task read changes with the schema's one counter; none depends on who asks. */
    static final String COUNTER = "tasks";

    static final String EVERYONE = "all";

    private final ConditionalReads reads;

    public TaskReads(ConditionalReads reads) {
        this.reads = reads;
    }

    /** A 304 when If-None-Match carries the current ETag, otherwise {@code compute}'s answer with the ETag. */
    Response read(Request request, UriInfo uri, Supplier<Answer> compute) {
        return reads.read(request, uri, COUNTER, EVERYONE, compute);
    }

    /** The page of {@code all} that limit and offset ask for (a bad one is a 400 naming it, before any read). */
    Response page(
            Request request,
            UriInfo uri,
            String limit,
            String offset,
            int defaultLimit,
            int maxLimit,
            Supplier<List<?>> all) {
        int pageSize = QueryParams.limit(limit, defaultLimit, maxLimit);
        int skip = QueryParams.offset(offset);
        return read(request, uri, () -> Pages.byOffset(all.get(), skip, pageSize, uri));
    }
}
