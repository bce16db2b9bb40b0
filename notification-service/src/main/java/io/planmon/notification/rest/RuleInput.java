package io.planmon.notification.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.planmon.kit.validation.PlainText;
import io.planmon.kit.validation.Texts;
import io.planmon.notification.domain.alert.Condition;
import io.planmon.notification.domain.alert.Severity;
import io.planmon.notification.domain.routing.AlertRule;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a routing rule: which alerts (severity, area, department, subject, condition, hold) go to whom. */
@Schema(name = "RuleInput")
public record RuleInput(
        @NotNull(message = "is required") @PlainText String name,
        @Schema(description = "INFO when absent") @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES)
                Severity minSeverity,
        @PlainText String area,
        @PlainText String department,
        @PlainText String subject,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_CASE_INSENSITIVE_VALUES) Condition condition,
        @Schema(description = "1 when absent") @Min(value = 1, message = "must be an integer of at least 1")
                Integer holdPeriods,
        @Schema(description = "receiver ids") List<@NotNull(message = "must be a receiver id") Long> receivers,
        @Schema(description = "true when absent") Boolean enabled) {

    public RuleInput {
        name = Texts.optional(name);
        area = Texts.optional(area);
        department = Texts.optional(department);
        subject = Texts.optional(subject);
        receivers = receivers == null ? List.of() : receivers;
    }

    AlertRule rule() {
        AlertRule r = new AlertRule();
        r.name = name;
        r.minSeverity = minSeverity == null ? Severity.INFO : minSeverity;
        r.area = area;
        r.department = department;
        r.subject = subject;
        r.condition = condition == null ? null : condition.name();
        r.holdPeriods = holdPeriods == null ? 1 : holdPeriods;
        r.receiverIds = new ArrayList<>(receivers);
        r.enabled = !Boolean.FALSE.equals(enabled);
        return r;
    }
}
