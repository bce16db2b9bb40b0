package io.planmon.indicator.domain.evaluation;

import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import java.util.List;
import java.util.stream.Collectors;

/** Either a value that passed validation or the field errors the plan-admin API answers with. */
public record Validated<T>(T value, List<FieldError> errors) {

    public Validated {
        errors = List.copyOf(errors);
        if (errors.isEmpty() == (value == null)) {
            throw new IllegalArgumentException("a validated value has either a value or errors");
        }
    }

    static <T> Validated<T> valid(T value) {
        return new Validated<>(value, List.of());
    }

    static <T> Validated<T> invalid(List<FieldError> errors) {
        return new Validated<>(null, errors);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** The value, or a 400 problem that names every invalid field. */
    public T orElseThrow() {
        if (isValid()) {
            return value;
        }
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        throw new ProblemException(400, "validation", "Invalid input", detail, errors);
    }
}
