package io.planmon.task.rest;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

/** An http or https link with a host, such as a document that shows progress. Null and blank are PlainText's. */
@Documented
@Constraint(validatedBy = WebLink.Check.class)
@Target({FIELD, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface WebLink {
    String message() default "must be an http or https link, got '${validatedValue}'";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link WebLink}. */
    class Check implements ConstraintValidator<WebLink, String> {
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (text == null || text.isBlank()) {
                return true; // PlainText says a blank link must not be blank
            }
            try {
                URI uri = new URI(text);
                return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }
    }
}
