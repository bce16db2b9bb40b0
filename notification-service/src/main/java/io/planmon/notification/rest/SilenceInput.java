package io.planmon.notification.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.planmon.kit.validation.PlainText;
import io.planmon.kit.validation.Texts;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.silence.Silence;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a new silence: which alerts it mutes, why, and until when. At least one matcher is the service's rule. */
@Schema(name = "SilenceInput")
public record SilenceInput(
        @Schema(description = "indicator or task code") @PlainText String subject,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) Condition condition,
        @PlainText String department,
        @Schema(description = "the exact severity to mute")
                @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                Severity severity,
        @NotNull(message = "is required") @PlainText String reason,
        @Schema(example = "2026-04-01T00:00:00Z") @NotNull(message = "is required") Instant expiresAt) {

    public SilenceInput {
        subject = Texts.optional(subject);
        department = Texts.optional(department);
        reason = Texts.optional(reason);
    }

    Silence silence(String author) {
        Silence s = new Silence();
        s.subject = subject;
        s.condition = condition == null ? null : condition.name();
        s.department = department;
        s.severity = severity == null ? null : severity.name();
        s.reason = reason;
        s.expiresAt = expiresAt;
        s.author = author;
        return s;
    }
}
