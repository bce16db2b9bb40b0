package io.planmon.kit.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A body Jackson cannot read (a word where a number belongs, a broken JSON) as a problem naming the field. A provider
 * class rather than a {@code @ServerExceptionMapper}: only a provider replaces Quarkus's own mapper of this type.
 */
@Provider
public class UnreadableBody implements ExceptionMapper<MismatchedInputException> {
    @Context
    UriInfo uri;

    @Override
    public Response toResponse(MismatchedInputException e) {
        return problem(e, uri.getPath());
    }

    static Response problem(JsonProcessingException e, String path) {
        String field = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? m.getPath().stream()
                        .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(Collectors.joining("."))
                        .replace(".[", "[")
                : "body";
        String message = e.getOriginalMessage().split("\n")[0];
        return ProblemMappers.respond(new Problem(
                Problem.typeFor("unreadable-body"),
                "Unreadable request body",
                400,
                field + ": " + message,
                path,
                List.of(new Problem.FieldError(field, message))));
    }
}
