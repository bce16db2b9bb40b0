package io.planmon.kit.validation;

import io.planmon.kit.http.ControlCharacters;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

/** Checks a {@link PlainText}, saying which of its rules a text breaks, in the words the API has always used. */
public class PlainTextValidator implements ConstraintValidator<PlainText, String> {
    private int max;

    @Override
    public void initialize(PlainText annotation) {
        max = annotation.max();
    }

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        Optional<String> control = ControlCharacters.inText(text);
        String broken = control.isPresent()
                ? control.get()
                : text.isBlank() ? "must not be blank" : text.length() > max ? "at most " + max + " characters" : null;
        return broken == null || Violation.report(context, broken);
    }
}
