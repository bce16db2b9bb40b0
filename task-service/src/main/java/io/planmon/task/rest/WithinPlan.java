package io.planmon.task.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

/** A date of a task lies within the plan period, 2026-01-01 to 2030-12-31. Null is valid (see {@code @NotNull}). */
@Documented
@Constraint(validatedBy = WithinPlan.Check.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface WithinPlan {
    LocalDate START = LocalDate.of(2026, 1, 1);
    LocalDate END = LocalDate.of(2030, 12, 31);

    String message() default "must lie within the plan period 2026-01-01..2030-12-31, got ${validatedValue}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link WithinPlan}. */
    class Check implements ConstraintValidator<WithinPlan, LocalDate> {
        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || holds(date);
        }

        static boolean holds(LocalDate date) {
            return !date.isBefore(START) && !date.isAfter(END);
        }
    }
}
