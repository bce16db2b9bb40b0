package io.planmon.task.service;

import io.planmon.web.problem.Problem;
import io.planmon.web.problem.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects every input error of a request, so that the caller learns all its mistakes in one problem. */
public final class Violations {
    private final List<Problem.FieldError> errors = new ArrayList<>();

    public Violations add(String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** Throws a 400 problem naming every field, if there is any error. */
    public void throwIfAny() {
        if (errors.isEmpty()) {
            return;
        }
        String detail = errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; "));
        throw new ProblemException(400, "validation", "Invalid input", detail, errors);
    }
}
