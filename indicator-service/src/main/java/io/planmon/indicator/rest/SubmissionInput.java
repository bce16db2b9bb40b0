package io.planmon.indicator.rest;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The bodies of the submission steps, bound by Jackson and checked by their annotations, so that every defect is a 400
 * naming its field: a field the step does not take (a misspelt {@code reasons} would otherwise pass as no reason),
 * text that is not text, too long, or holding control characters. An empty body is an empty object (an approval needs
 * no comment); whether a text is required, and present, is the service's check.
 */
final class SubmissionInput {
    static final int MAX_TEXT = 2000;
    private static final String NO_CONTROL = "\\P{Cc}*";
    /** A comment or a reason: no control characters but tab and line breaks. */
    private static final String NOTE = "[\\t\\n\\r\\P{Cc}]*";

    private static final String CONTROL = "must not contain control characters";
    private static final String LONG = "at most {max} characters";

    private SubmissionInput() {}

    /** A step's body: what it binds that is none of its fields, for {@link OnlyOwnFields} to refuse. */
    interface Step {
        Map<String, Object> others();
    }

    /** {@code {"period": "2026", "department": "STATS", "comment": "…"}}. */
    @Schema(name = "SubmissionInput")
    @OnlyOwnFields
    public record Submit(
            @Schema(description = "whose figures; a reporter's own when left out", example = "STATS")
                    @Size(max = MAX_TEXT, message = LONG)
                    @Pattern(regexp = NO_CONTROL, message = CONTROL)
                    String department,
            @Schema(description = "the period whose figures are submitted", example = "2026")
                    @Size(max = MAX_TEXT, message = LONG)
                    @Pattern(regexp = NO_CONTROL, message = CONTROL)
                    String period,
            @Size(max = MAX_TEXT, message = LONG) @Pattern(regexp = NOTE, message = CONTROL) String comment,
            @JsonAnySetter @Schema(hidden = true) Map<String, Object> others)
            implements Step {
        static final Submit EMPTY = new Submit(null, null, null, null);
    }

    /** {@code {"comment": "…"}}: an approval (optional) or a return (required); null for an empty body. */
    @Schema(name = "DecisionInput")
    @OnlyOwnFields
    public record Decision(
            @Size(max = MAX_TEXT, message = LONG) @Pattern(regexp = NOTE, message = CONTROL) String comment,
            @JsonAnySetter @Schema(hidden = true) Map<String, Object> others)
            implements Step {}

    /** {@code {"reason": "…"}}: why an approved period is reopened (required); null for an empty body. */
    @Schema(name = "ReopenInput")
    @OnlyOwnFields
    public record Reopen(
            @Size(max = MAX_TEXT, message = LONG) @Pattern(regexp = NOTE, message = CONTROL) String reason,
            @JsonAnySetter @Schema(hidden = true) Map<String, Object> others)
            implements Step {}

    static String comment(Decision body) {
        return body == null ? null : body.comment();
    }

    static String reason(Reopen body) {
        return body == null ? null : body.reason();
    }
}
