package io.planmon.indicator.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.service.DueDaysService;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;

/**
 * The plan admin's PUTs of a number of days on an indicator (when values are due, when the department is reminded):
 * the body of one field, read by hand so that every error is a 400 naming it, and the indicator as it is afterwards.
 */
@ApplicationScoped
public class DaysSetting {
    private final DueDaysService dueDays;
    private final IndicatorQueries queries;
    private final Caller caller;
    private final ObjectMapper json;

    public DaysSetting(DueDaysService dueDays, IndicatorQueries queries, Caller caller, ObjectMapper json) {
        this.dueDays = dueDays;
        this.queries = queries;
        this.caller = caller;
        this.json = json;
    }

    /** {@code {"dueDays": 45}} */
    IndicatorView dueDays(String code, String body) {
        return view(dueDays.set(code, parse(body, "dueDays", 45), caller));
    }

    /** {@code {"reminderDays": 10}} */
    IndicatorView reminderDays(String code, String body) {
        return view(dueDays.setReminderDays(code, parse(body, "reminderDays", 10), caller));
    }

    private IndicatorView view(Indicator changed) {
        IndicatorQueries.Detail detail = queries.one(changed.code);
        return IndicatorView.of(detail.indicator(), detail.latest(), detail.approval(), detail.outlook());
    }

    private Integer parse(String body, String field, int example) {
        JsonNode tree;
        try {
            tree = body == null || body.isBlank() ? null : json.readTree(body);
        } catch (IOException e) {
            throw ProblemException.invalid("body", "not valid JSON: " + e.getMessage());
        }
        if (tree == null || !tree.isObject() || !tree.has(field)) {
            throw ProblemException.invalid(
                    field,
                    "required: {\"%s\": %d}, or {\"%s\": null} for the default".formatted(field, example, field));
        }
        JsonNode days = tree.get(field);
        if (days.isNull()) {
            return null;
        }
        if (!days.canConvertToInt() || !days.isIntegralNumber()) {
            throw ProblemException.invalid(field, "must be a whole number of days, got " + days);
        }
        return days.intValue();
    }
}
