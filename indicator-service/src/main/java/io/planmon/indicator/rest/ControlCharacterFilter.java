package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Text;
import io.planmon.kit.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses control characters (NUL above all, which PostgreSQL cannot even compare) in every path and query parameter
 * of this service's endpoints, as a 400 naming the parameter, before a resource turns them into a query.
 */
public class ControlCharacterFilter {

    @ServerRequestFilter
    public void refuse(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            Text.controlIn(parameter.getKey()).ifPresent(m -> {
                throw ProblemException.invalid("parameter name", m);
            });
            for (String value : parameter.getValue()) {
                Optional<String> problem = Text.controlIn(value);
                if (problem.isPresent()) {
                    throw ProblemException.invalid(parameter.getKey(), problem.get());
                }
            }
        }
    }
}
