package io.planmon.indicator.rest;

import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.service.IndicatorQueries;
import io.planmon.indicator.service.SettingsService;
import io.planmon.indicator.service.TargetService;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The plan admin's PUTs of an indicator's settings (its target, when values are due, when the department is reminded,
 * whether future periods are accepted): the bound body, a required field left out a 400 naming it, and the indicator
 * as it is afterwards.
 */
@ApplicationScoped
public class IndicatorSettings {
    private final SettingsService settings;
    private final TargetService targets;
    private final IndicatorQueries queries;
    private final Caller caller;

    public IndicatorSettings(SettingsService settings, TargetService targets, IndicatorQueries queries, Caller caller) {
        this.settings = settings;
        this.targets = targets;
        this.queries = queries;
        this.caller = caller;
    }

    IndicatorView target(String code, TargetInput body) {
        if (body == null) {
            throw ProblemException.invalid("body", "a JSON object such as {\"kind\": \"INCREASING\"} is required");
        }
        return view(targets.set(code, body.asMap(), caller));
    }

    IndicatorView dueDays(String code, SettingsInput.DueDays body) {
        return view(settings.setDueDays(code, days(body == null ? null : body.dueDays(), "dueDays", 45), caller));
    }

    IndicatorView reminderDays(String code, SettingsInput.ReminderDays body) {
        return view(settings.setReminderDays(
                code, days(body == null ? null : body.reminderDays(), "reminderDays", 10), caller));
    }

    IndicatorView futurePeriods(String code, SettingsInput.FuturePeriods body) {
        if (body == null || body.allowed() == null) {
            throw ProblemException.invalid("allowed", "required: {\"allowed\": true} or {\"allowed\": false}");
        }
        return view(settings.setFuturePeriods(code, body.allowed(), caller));
    }

    private IndicatorView view(Indicator changed) {
        IndicatorQueries.Detail detail = queries.one(changed.code);
        return IndicatorView.of(detail.indicator(), detail.latest(), detail.approval(), detail.outlook());
    }

    private static Integer days(SettingsInput.Days days, String field, int example) {
        if (days == null) {
            throw ProblemException.invalid(
                    field,
                    "required: {\"%s\": %d}, or {\"%s\": null} for the default".formatted(field, example, field));
        }
        return days.value();
    }
}
