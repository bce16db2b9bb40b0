package io.planmon.kit.http;

import io.planmon.web.problem.Problem;
import io.planmon.web.problem.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses control characters in every path parameter, query parameter and header of every endpoint of a service, as a
 * 400 problem naming the parameter or header, before a resource turns them into a query (where a NUL was a 500).
 * Runs once the request matched a resource, so that a path parameter is named as its endpoint declares it.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public void refuse(UriInfo uri, HttpHeaders headers) {
        Optional<Problem.FieldError> found = ControlCharacters.firstParameter(uri.getPathParameters())
                .or(() -> ControlCharacters.firstParameter(uri.getQueryParameters()))
                .or(() -> ControlCharacters.firstHeader(headers.getRequestHeaders()));
        found.ifPresent(error -> {
            throw new ProblemException(
                    400, "validation", "Invalid input", error.field() + ": " + error.message(), List.of(error));
        });
    }
}
