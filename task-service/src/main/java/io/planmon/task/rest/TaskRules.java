package io.planmon.task.rest;

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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a task body that span fields: due not before start, every milestone between them, no cooperating
 * department twice or also the lead. Each broken rule names the field it is about ({@code milestones[1].due}).
 */
@Documented
@Constraint(validatedBy = TaskRules.Check.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface TaskRules {
    String message() default "inconsistent task";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks {@link TaskRules}; dates outside the plan are {@link WithinPlan}'s to report, so they are skipped. */
    class Check implements ConstraintValidator<TaskRules, TaskInput> {
        @Override
        public boolean isValid(TaskInput task, ConstraintValidatorContext context) {
            boolean valid = true;
            LocalDate start = inPlan(task.start());
            LocalDate due = inPlan(task.due());
            if (start != null && due != null && due.isBefore(start)) {
                valid = Violation.on(context, "due", "must not be before start " + start + ", got " + due);
            } else if (start != null && due != null) {
                List<TaskInput.MilestoneInput> milestones = task.milestones();
                for (int i = 0; i < milestones.size(); i++) {
                    LocalDate reach =
                            milestones.get(i) == null ? null : milestones.get(i).due();
                    if (reach != null && (reach.isBefore(start) || reach.isAfter(due))) {
                        valid = Violation.onElement(
                                context,
                                "milestones",
                                i,
                                "due",
                                "must lie between start " + start + " and due " + due + ", got " + reach);
                    }
                }
            }
            Set<String> seen = new HashSet<>();
            List<String> co = task.coDepartments();
            for (int i = 0; i < co.size(); i++) {
                String department = co.get(i);
                if (department == null || department.isBlank()) {
                    continue;
                }
                if (department.equals(task.leadDepartment())) {
                    valid = Violation.onItem(
                            context, "coDepartments", i, department + " is already the lead department");
                } else if (!seen.add(department)) {
                    valid = Violation.onItem(context, "coDepartments", i, department + " is listed twice");
                }
            }
            return valid;
        }

        private static LocalDate inPlan(LocalDate date) {
            return date != null && WithinPlan.Check.holds(date) ? date : null;
        }
    }
}
