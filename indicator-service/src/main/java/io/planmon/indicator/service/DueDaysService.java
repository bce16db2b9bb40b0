package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The plan admin sets how many days after a period ends its value is due (docs/spec.md#due-dates-and-reminders:
 * configurable per indicator), and how many days before that its department is reminded, or clears either back to its
 * default. The next due-date scan uses them.
 */
@ApplicationScoped
public class DueDaysService {
    /** A year: a value due later than a year after its period is no monitoring. */
    public static final int MAX_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(DueDaysService.class);

    private final MeterRegistry metrics;

    private final IndicatorRepository indicators;

    public DueDaysService(MeterRegistry metrics, IndicatorRepository indicators) {
        this.metrics = metrics;
        this.indicators = indicators;
    }

    /** @param days 1 to {@link #MAX_DAYS}, or null for the default of the indicator's frequency */
    @Transactional
    public Indicator set(String code, Integer days, Caller caller) {
        Indicator indicator = find(code, "dueDays", days);
        Integer before = indicator.dueDays;
        indicator.dueDays = days;
        metrics.counter("planmon.indicator.due-days.changes").increment();
        LOG.infof(
                "%s: values due %d days after their period (was %d), set by %s",
                code,
                DueDates.days(indicator.frequency, days),
                DueDates.days(indicator.frequency, before),
                caller.name());
        return indicator;
    }

    /** @param days 1 to {@link #MAX_DAYS}, or null for the default of {@value DueDates#DEFAULT_REMINDER_DAYS} */
    @Transactional
    public Indicator setReminderDays(String code, Integer days, Caller caller) {
        Indicator indicator = find(code, "reminderDays", days);
        Integer before = indicator.reminderDays;
        indicator.reminderDays = days;
        metrics.counter("planmon.indicator.reminder-days.changes").increment();
        LOG.infof(
                "%s: department reminded %d days before a value is due (was %d), set by %s",
                code, DueDates.reminderDays(days), DueDates.reminderDays(before), caller.name());
        return indicator;
    }

    private Indicator find(String code, String field, Integer days) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ProblemException.invalid(field, "must be 1 to " + MAX_DAYS + " days, or null for the default");
        }
        return indicators.require(code);
    }
}
