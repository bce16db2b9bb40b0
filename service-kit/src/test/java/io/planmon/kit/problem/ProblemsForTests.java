package io.planmon.kit.problem;

import io.planmon.web.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;

/** The problem the kit's mapper answers for a set of violations, for tests outside this package. */
public final class ProblemsForTests {
    private ProblemsForTests() {}

    public static Problem invalid(Set<? extends ConstraintViolation<?>> violations) {
        ConstraintViolationException e = new ConstraintViolationException(violations);
        return (Problem) new ProblemMappers(null)
                .invalid(e, BodyProblemsTest.uri("/api/v1/plans"))
                .getEntity();
    }
}
