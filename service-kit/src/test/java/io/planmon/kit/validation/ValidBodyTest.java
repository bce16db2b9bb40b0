package io.planmon.kit.validation;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;
import static org.assertj.core.api.Assertions.assertThat;

import io.planmon.kit.problem.ProblemsForTests;
import io.planmon.web.problem.Problem;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bound body validated as a resource method's parameter: every broken rule comes back at once, each named as the
 * caller wrote the field ({@code milestones[1].due}, {@code indicators[0]}), texts by {@link PlainText}'s words.
 */
class ValidBodyTest {

    @Target(TYPE)
    @Retention(RUNTIME)
    @Constraint(validatedBy = DatesInOrder.class)
    @interface InOrder {
        String message() default "out of order";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A cross-field rule naming the fields it concerns, as the services' class-level constraints do. */
    public static class DatesInOrder implements ConstraintValidator<InOrder, Plan> {
        @Override
        public boolean isValid(Plan plan, ConstraintValidatorContext context) {
            boolean valid = true;
            if (plan.start() != null && plan.due() != null && plan.due().isBefore(plan.start())) {
                valid = Violation.on(
                        context, "due", "must not be before start " + plan.start() + ", got " + plan.due());
            }
            for (int i = 0; i < plan.milestones().size(); i++) {
                LocalDate due = plan.milestones().get(i).due();
                if (due != null && plan.due() != null && due.isAfter(plan.due())) {
                    valid = Violation.onElement(context, "milestones", i, "due", "must lie before " + plan.due());
                }
            }
            for (int i = 0; i < plan.co().size(); i++) {
                if (plan.co().get(i).equals(plan.lead())) {
                    valid = Violation.onItem(context, "co", i, plan.co().get(i) + " is already the lead ${x} {max}");
                }
            }
            return valid;
        }
    }

    public record Milestone(@NotNull(message = "is required") @PlainText(max = 5) String title, LocalDate due) {
        public Milestone {
            title = Texts.required(title);
        }
    }

    @InOrder
    public record Plan(
            @NotNull(message = "is required") @PlainText(max = 10) String title,
            String lead,
            List<@NotNull @PlainText(max = 8) String> co,
            LocalDate start,
            LocalDate due,
            @Size(max = 3, message = "at most {max} items") List<@NotNull @Valid Milestone> milestones,
            List<@Pattern(regexp = "[A-Z_]+", message = "not an indicator code: '${validatedValue}'") String>
                    indicators) {
        public Plan {
            title = Texts.required(title);
            co = Texts.items(co);
            milestones = milestones == null ? List.of() : milestones;
            indicators = Texts.items(indicators);
        }
    }

    /** Stands for a resource method, as Quarkus validates its parameters before calling it. */
    public static class Resource {
        public void create(@Valid @NotNull(message = "a JSON object is required") Plan body) {}
    }

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void everyBrokenRuleIsNamedAtOnceInFieldOrder() {
        Plan plan = new Plan(
                "  a\u0000b ",
                "ECO",
                List.of("WATER", "ECO", "  "),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 12, 31),
                List.of(new Milestone("ok", LocalDate.of(2026, 1, 1)), new Milestone("", LocalDate.of(2028, 1, 1))),
                List.of("GDP", "gdp growth"));

        Problem problem = ProblemsForTests.invalid(validate(plan));

        assertThat(problem.type()).isEqualTo("urn:planmon:problem:validation");
        assertThat(problem.errors())
                .extracting(Problem.FieldError::field)
                .containsExactly(
                        "co[1]", "co[2]", "due", "indicators[1]", "milestones[1].due", "milestones[1].title", "title");
        assertThat(problem.errors())
                .extracting(Problem.FieldError::message)
                .containsExactly(
                        "ECO is already the lead ${x} {max}",
                        "must not be blank",
                        "must not be before start 2027-01-01, got 2026-12-31",
                        "not an indicator code: 'gdp growth'",
                        "must lie before 2026-12-31",
                        "must not be blank",
                        "must not contain control characters (U+0000 at 1)");
        assertThat(problem.detail())
                .startsWith("co[1]: ECO is already the lead ${x} {max}; co[2]: must not be blank; due:");
    }

    @Test
    void lengthsAndItemCountsUseTheApisWords() {
        Plan plan = new Plan(
                "x".repeat(11),
                null,
                List.of("TOO_LONG_CODE"),
                null,
                null,
                List.of(
                        new Milestone("a", null),
                        new Milestone("b", null),
                        new Milestone("c", null),
                        new Milestone("d", null)),
                null);

        assertThat(ProblemsForTests.invalid(validate(plan)).errors())
                .containsExactly(
                        new Problem.FieldError("co[0]", "at most 8 characters"),
                        new Problem.FieldError("milestones", "at most 3 items"),
                        new Problem.FieldError("title", "at most 10 characters"));
    }

    @Test
    void aMissingBodyIsNamedAsTheBody() {
        assertThat(ProblemsForTests.invalid(validate(null)).errors())
                .containsExactly(new Problem.FieldError("body", "a JSON object is required"));
    }

    @Test
    void aValidBodyPasses() {
        Plan plan = new Plan(" title ", "ECO", null, null, null, null, List.of("GDP_GROWTH"));

        assertThat(validate(plan)).isEmpty();
        assertThat(plan.title()).isEqualTo("title");
        assertThat(plan.co()).isEmpty();
    }

    private static java.util.Set<jakarta.validation.ConstraintViolation<Resource>> validate(Plan plan) {
        try {
            Method create = Resource.class.getMethod("create", Plan.class);
            return VALIDATOR.forExecutables().validateParameters(new Resource(), create, new Object[] {plan});
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }
}
