package io.planmon.indicator.rest;

import io.planmon.web.problem.ProblemException;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Keeps the large body limit (quarkus.http.limits.max-body-size, raised for asynchronous imports, which stream) to the
 * asynchronous import: every other endpoint reads its body whole into the heap, so a declared body over
 * {@value #MAX_MEGABYTES} MB is a 413 before it is read, and a body of unknown length (chunked) a 411. (The synchronous
 * batch bounds what it reads itself, SyncBody.)
 */
public class BodySizeFilter {
    static final int MAX_MEGABYTES = SyncBody.MAX_MEGABYTES;
    private static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    @ServerRequestFilter(preMatching = true)
    public void refuse(ContainerRequestContext request) {
        if (isAsyncImport(request)) {
            return;
        }
        String encoding = request.getHeaderString("Transfer-Encoding");
        boolean chunked =
                encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
        boolean writes = List.of("POST", "PUT", "PATCH").contains(request.getMethod());
        if (chunked || writes && request.getLength() < 0) { // HTTP/2 has no Transfer-Encoding: no length is the sign
            // A body of unknown length could only be bounded after reading it: ask for its length instead.
            throw new ProblemException(
                    411,
                    "length-required",
                    "Length required",
                    "send Content-Length with the body (a streamed body is accepted only by POST"
                            + " /api/v1/observations?async=true)",
                    List.of());
        }
        if (request.getLength() <= MAX_BYTES) {
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
