package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.kit.security.Caller;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The plan admin's settings of an indicator: how many days after a period ends its value is due
 * (docs/spec.md#due-dates-and-reminders: configurable per indicator), how many days before that its department is
 * reminded (either cleared back to its default with null; the next due-date scan uses them), and whether values for
 * periods that have not begun yet are accepted (forbidden by default, so that a value for 2030Q4 pushed in 2026 is
 * refused as the mistake it usually is).
 */
@ApplicationScoped
public class SettingsService {
    /** A year: a value due later than a year after its period is no monitoring. */
    public static final int MAX_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(SettingsService.class);

    private final MeterRegistry metrics;
    private final IndicatorRepository indicators;

    public SettingsService(MeterRegistry metrics, IndicatorRepository indicators) {
        this.metrics = metrics;
        this.indicators = indicators;
    }

    /** @param days 1 to {@link #MAX_DAYS}, or null for the default of the indicator's frequency */
    @Transactional
    public Indicator setDueDays(String code, Integer days, Caller caller) {
        Indicator indicator = find(code, "dueDays", days);
        int before = DueDates.days(indicator.frequency, indicator.dueDays);
        indicator.dueDays = days;
        String now = "values due " + DueDates.days(indicator.frequency, days) + " days after their period";
        return changed(indicator, "due-days", now, before, caller);
    }

    /** @param days 1 to {@link #MAX_DAYS}, or null for the default of {@value DueDates#DEFAULT_REMINDER_DAYS} */
    @Transactional
    public Indicator setReminderDays(String code, Integer days, Caller caller) {
        Indicator indicator = find(code, "reminderDays", days);
        int before = DueDates.reminderDays(indicator.reminderDays);
        indicator.reminderDays = days;
        return changed(
                indicator,
                "reminder-days",
                "department reminded " + DueDates.reminderDays(days) + " days before a value is due",
                before,
                caller);
    }

    @Transactional
    public Indicator setFuturePeriods(String code, boolean allowed, Caller caller) {
        Indicator indicator = indicators.require(code);
        String before = indicator.futurePeriods ? "allowed" : "refused";
        indicator.futurePeriods = allowed;
        return changed(
                indicator, "future-periods", "future periods " + (allowed ? "allowed" : "refused"), before, caller);
    }

    private Indicator changed(Indicator indicator, String setting, String now, Object before, Caller caller) {
        metrics.counter("planmon.indicator." + setting + ".changes").increment();
        LOG.infof("%s: %s (was %s), set by %s", indicator.code, now, before, caller.name());
        return indicator;
    }

    private Indicator find(String code, String field, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ProblemException.invalid(field, "must be 1 to " + MAX_DAYS + " days, or null for the default");
        }
        return indicators.require(code);
    }
}
