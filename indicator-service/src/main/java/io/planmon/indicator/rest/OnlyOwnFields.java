package io.planmon.indicator.rest;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.planmon.kit.validation.Violation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A submission step's body holds only the fields the step takes: each other field is refused by its own name, since
 * the mapper ignores unknown fields and a misspelt one would otherwise pass as absent.
 */
@Documented
@Constraint(validatedBy = OnlyOwnFields.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface OnlyOwnFields {
    String message() default "not a field of this step";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Names every unknown field with the fields the step does take. */
    class Check implements ConstraintValidator<OnlyOwnFields, SubmissionInput.Step> {
        @Override
        public boolean isValid(SubmissionInput.Step step, ConstraintValidatorContext context) {
            if (step == null || step.others() == null || step.others().isEmpty()) {
                return true;
            }
            String takes = Arrays.stream(step.getClass().getRecordComponents())
                    .map(RecordComponent::getName)
                    .filter(name -> !name.equals("others"))
                    .collect(Collectors.joining(", "));
            Set<String> unknown = new TreeSet<>(step.others().keySet());
            unknown.forEach(name -> Violation.on(context, name, "not a field of this step: it takes " + takes));
            return false;
        }
    }
}
