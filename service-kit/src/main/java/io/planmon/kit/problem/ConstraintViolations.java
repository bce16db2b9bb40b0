package io.planmon.kit.problem;

import io.planmon.web.problem.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Names the field of a Bean Validation violation as the caller knows it: a body property or a parameter. */
final class ConstraintViolations {
    private ConstraintViolations() {}

    static List<Problem.FieldError> toFieldErrors(Set<ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
    }

    /**
     * {@code store.request.observations[2].value} becomes {@code observations[2].value}; {@code store.period},
     * {@code period}; an element of a list of texts ({@code create.body.indicators[1].<list element>}),
     * {@code indicators[1]}.
     */
    static String fieldOf(Path path) {
        StringBuilder properties = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.isInIterable()) {
                // Bean Validation puts the index of a list element on the node that follows the list.
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                properties.append('[').append(position).append(']');
            }
            // A container element's name is Bean Validation's "<list element>", which no caller knows.
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                properties.append(properties.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (!properties.isEmpty()) {
            return properties.toString();
        }
        return parameter != null ? parameter : path.toString();
    }
}
