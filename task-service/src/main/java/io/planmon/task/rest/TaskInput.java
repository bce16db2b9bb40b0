package io.planmon.task.rest;

import io.planmon.kit.validation.PlainText;
import io.planmon.kit.validation.Texts;
import io.planmon.task.domain.Assignment;
import io.planmon.task.service.TaskCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of a plan-admin create or replace, bound by Jackson and checked by its annotations and {@link TaskRules}:
 * every defect is reported against its field. Whether the article and the departments exist is the service's check.
 */
@Schema(name = "TaskInput")
@TaskRules
public record TaskInput(
        @Schema(description = "unique, e.g. T20-01; on PUT optional and unchangeable")
                @Pattern(
                        regexp = "[A-Z0-9][A-Z0-9_-]{1,39}",
                        message = "must be 2-40 capital letters, digits, '-' or '_', got '${validatedValue}'")
                String code,
        @NotNull(message = "is required") @Min(value = 1, message = ARTICLE) @Max(value = 999, message = ARTICLE)
                Integer article,
        @NotNull(message = "is required") @PlainText(max = 200) String title,
        @NotNull(message = "is required") @PlainText(max = 300) String titleEn,
        @PlainText(max = 1000) String planSentence,
        @Schema(example = "TRANSPORT") @NotNull(message = "is required") @PlainText(max = 40) String leadDepartment,
        @Size(max = 30, message = ITEMS)
                List<@NotNull(message = "must be text") @PlainText(max = 40) String> coDepartments,
        @Schema(description = "PROPOSED or CONFIRMED (the default: the plan admin set it)") Assignment assignment,
        @Schema(example = "2026-01-01") @NotNull(message = "is required") @WithinPlan LocalDate start,
        @Schema(example = "2030-12-31") @NotNull(message = "is required") @WithinPlan LocalDate due,
        @Size(max = 50, message = ITEMS) List<@NotNull(message = "must be an object") @Valid MilestoneInput> milestones,
        @Schema(description = "indicator codes such as GDP_GROWTH") @Size(max = 30, message = ITEMS)
                List<
                                @NotNull(message = "must be text") @PlainText(max = 64)
                                @Pattern(
                                        regexp = "[A-Z][A-Z0-9_]{1,63}",
                                        message = "not an indicator code (capital letters, digits, '_', like"
                                                + " GDP_GROWTH): '${validatedValue}'")
                                String>
                        indicators) {

    static final String ARTICLE = "must be between 1 and 999, got ${validatedValue}";
    static final String ITEMS = "at most {max} items";

    public TaskInput {
        code = Texts.optional(code);
        title = Texts.required(title);
        titleEn = Texts.required(titleEn);
        planSentence = Texts.optional(planSentence);
        leadDepartment = Texts.required(leadDepartment);
        coDepartments = Texts.items(coDepartments);
        milestones = milestones == null ? List.of() : milestones;
        indicators = Texts.items(indicators);
    }

    /** A milestone in the body; {@code id} keeps an existing one. */
    @Schema(name = "MilestoneInput")
    public record MilestoneInput(
            @Positive(message = "must be a positive whole number, got ${validatedValue}") Long id,
            @NotNull(message = "is required") @PlainText(max = 200) String title,
            @NotNull(message = "is required") @PlainText(max = 300) String titleEn,
            @NotNull(message = "is required") LocalDate due) {
        public MilestoneInput {
            title = Texts.required(title);
            titleEn = Texts.required(titleEn);
        }
    }

    /** The command the service carries out; the input is valid by now. */
    TaskCommand command() {
        return new TaskCommand(
                code,
                article,
                title,
                titleEn,
                planSentence,
                leadDepartment,
                coDepartments,
                assignment == null ? Assignment.CONFIRMED : assignment,
                start,
                due,
                milestones.stream()
                        .map(m -> new TaskCommand.MilestoneCommand(m.id(), m.title(), m.titleEn(), m.due()))
                        .toList(),
                indicators.stream().distinct().toList());
    }
}
