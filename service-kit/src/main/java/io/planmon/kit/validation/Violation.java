package io.planmon.kit.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Reports a violation with a message made in code, which may quote what the caller sent: the message goes in as a
 * parameter, never as the template itself, so that braces or {@code ${…}} in a caller's text are never interpreted.
 * Each method returns false, a validator's answer.
 */
public final class Violation {
    private Violation() {}

    /** Replaces the constraint's default message with {@code message}, on what the constraint annotates. */
    public static boolean report(ConstraintValidatorContext context, String message) {
        builder(context, message).addConstraintViolation();
        return false;
    }

    /** On property {@code field} of the validated bean: a class-level, cross-field rule naming one field. */
    public static boolean on(ConstraintValidatorContext context, String field, String message) {
        builder(context, message).addPropertyNode(field).addConstraintViolation();
        return false;
    }

    /** On property {@code field} of element {@code index} of list {@code list}: {@code milestones[1].due}. */
    public static boolean onElement(
            ConstraintValidatorContext context, String list, int index, String field, String message) {
        builder(context, message)
                .addPropertyNode(list)
                .addPropertyNode(field)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        return false;
    }

    /** On element {@code index} of a list of plain values: {@code coDepartments[0]}. */
    public static boolean onItem(ConstraintValidatorContext context, String list, int index, String message) {
        builder(context, message)
                .addPropertyNode(list)
                .addContainerElementNode("<list element>", List.class, 0)
                .inIterable()
                .atIndex(index)
                .addConstraintViolation();
        return false;
    }

    private static ConstraintViolationBuilder builder(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        return context.unwrap(HibernateConstraintValidatorContext.class)
                .addMessageParameter("detail", message)
                .buildConstraintViolationWithTemplate("{detail}");
    }
}
