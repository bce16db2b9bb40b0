package io.planmon.task.rest;

import io.planmon.kit.validation.PlainText;
import io.planmon.kit.validation.Texts;
import io.planmon.task.service.ProgressCommand;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a progress report, bound by Jackson; every defect names its field. */
@Schema(name = "ProgressInput")
public record ProgressInput(
        @Schema(description = "0..100; lower than the current percent only with a note")
                @NotNull(message = "is required")
                @Min(value = 0, message = PERCENT)
                @Max(value = 100, message = PERCENT)
                Integer percent,
        @Schema(description = "what was done") @NotNull(message = "is required") @PlainText(max = 4000)
                String narrative,
        @Schema(description = "id of the milestone this report reaches")
                @Positive(message = "must be a positive whole number, got ${validatedValue}")
                Long milestone,
        @Schema(description = "http(s) links to documents that show the progress")
                @Size(max = 20, message = TaskInput.ITEMS)
                List<@NotNull(message = "must be text") @PlainText(max = 2000) @WebLink String> evidence,
        @Schema(description = "why the percent went down; required then") @PlainText(max = 2000) String note) {

    static final String PERCENT = "must be between 0 and 100, got ${validatedValue}";

    public ProgressInput {
        narrative = Texts.required(narrative);
        evidence = Texts.items(evidence);
        note = Texts.optional(note);
    }

    ProgressCommand command() {
        return new ProgressCommand(percent, narrative, milestone, evidence, note);
    }
}
