package io.planmon.indicator.rest;

import io.planmon.kit.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the large body limit (quarkus.http.limits.max-body-size, raised for asynchronous imports, which stream) to the
 * asynchronous import: every other endpoint reads its body whole into the heap, so a declared body over
 * {@value #MAX_MEGABYTES} MB is a 413 before it is read. (The synchronous batch bounds what it reads itself, SyncBody.)
 */
public class BodySizeFilter {
    static final int MAX_MEGABYTES = SyncBody.MAX_MEGABYTES;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    @ServerRequestFilter(preMatching = true)
    public void refuse(ContainerRequestContext request) {
        if (request.getLength() <= MAX_BYTES || isAsyncImport(request)) {
            return;
        }
        throw new ProblemException(
                413,
                "payload-too-large",
                "Payload too large",
                "a body over " + MAX_MEGABYTES + " MB is accepted only by POST /api/v1/observations?async=true",
                List.of());
    }

    private static boolean isAsyncImport(ContainerRequestContext request) {
        return "POST".equals(request.getMethod())
                && "/api/v1/observations".equals(request.getUriInfo().getPath())
                && "true".equals(request.getUriInfo().getQueryParameters().getFirst("async"));
    }
}
