package io.planmon.kit.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.planmon.web.problem.Problem;
import io.planmon.web.problem.ProblemException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every exception a REST call can end in into a problem detail, so clients parse one error format. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final DatabaseOutage databaseOutage;

    public ProblemMappers(DatabaseOutage databaseOutage) {
        this.databaseOutage = databaseOutage;
    }

    @ServerExceptionMapper
    public Response domain(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(uri.getPath()));
    }

    /**
     * Bean Validation of a bound body or a parameter. Quarkus maps its own subclass of the exception (a JSON of its
     * own shape), so the mapper names both: a mapper for the exact type wins over one for its parent.
     */
    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = ConstraintViolations.toFieldErrors(e.getConstraintViolations());
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(new Problem(Problem.typeFor("validation"), "Invalid input", 400, detail, uri.getPath(), errors));
    }

    @ServerExceptionMapper
    public Response unparseable(JsonParseException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /**
     * A body that parses but does not bind (a word where a number belongs: the field is named), is not an object, or
     * has a second value after the first ({@code FAIL_ON_TRAILING_TOKENS}). Quarkus registers its own mapper for
     * {@link MismatchedInputException} (an empty 400 in production), so this one names the type exactly to win.
     */
    @ServerExceptionMapper({MismatchedInputException.class, InvalidFormatException.class})
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** Any other Jackson error that reaches a mapper; see {@link JsonProblems}. */
    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e, uri.getPath()));
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        Problem problem = new Problem(
                Problem.typeFor("unauthorized"),
                "Unauthorized",
                401,
                "a valid bearer token from the planmon realm is required",
                uri.getPath(),
                List.of());
        return Response.fromResponse(respond(problem))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"planmon\"")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "your role does not allow this call"
                : e.getMessage();
        return respond(new Problem(Problem.typeFor("forbidden"), "Forbidden", 403, detail, uri.getPath(), List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // Quarkus's body reader wraps a body that is no JSON (and binding errors other than a mismatch) in a 400.
        if (e.getCause() instanceof JsonProcessingException json
                && e.getResponse().getStatus() == 400) {
            return unreadable(json, uri);
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        return respond(new Problem(
                Problem.typeFor("http-" + status.getStatusCode()),
                status.getReasonPhrase(),
                status.getStatusCode(),
                e.getMessage(),
                uri.getPath(),
                List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        // A database that is down, busy or contended is no bug: 503 or 409, never a 500 with a stack trace.
        DatabaseTrouble trouble = DatabaseTrouble.of(e);
        if (trouble != DatabaseTrouble.NONE) {
            return databaseOutage.answer(trouble, e, uri.getPath());
        }
        String reference = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s, reference %s", uri.getPath(), reference);
        return respond(new Problem(
                Problem.typeFor("internal"),
                "Internal error",
                500,
                "unexpected error; quote reference " + reference,
                uri.getPath(),
                List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
