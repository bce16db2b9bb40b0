package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.service.DueDaysService;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plan admin's PUTs of a number of days on an indicator (when values are due, when the department is reminded):
 * the bound body's one field, required (a 400 naming it when left out), and the indicator as it is afterwards.
 */
@ApplicationScoped
public class DaysSetting {
    private final DueDaysService dueDays;
    private final IndicatorQueries queries;
    private final Caller caller;

    public DaysSetting(DueDaysService dueDays, IndicatorQueries queries, Caller caller) {
        this.dueDays = dueDays;
        this.queries = queries;
        this.caller = caller;
    }

    IndicatorView dueDays(String code, DaysInput.DueDays body) {
        return view(dueDays.set(code, days(body == null ? null : body.dueDays(), "dueDays", 45), caller));
    }

    IndicatorView reminderDays(String code, DaysInput.ReminderDays body) {
        return view(dueDays.setReminderDays(
                code, days(body == null ? null : body.reminderDays(), "reminderDays", 10), caller));
    }

    private IndicatorView view(Indicator changed) {
        IndicatorQueries.Detail detail = queries.one(changed.code);
        return IndicatorView.of(detail.indicator(), detail.latest(), detail.approval(), detail.outlook());
    }

    private static Integer days(DaysInput.Days days, String field, int example) {
        if (days == null) {
            throw ProblemException.invalid(
                    field,
                    "required: {\"%s\": %d}, or {\"%s\": null} for the default".formatted(field, example, field));
        }
        return days.value();
    }
}
