package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.Indicator;
import io.planmon.kit.problem.ProblemException;
import io.planmon.kit.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * The plan admin sets how many days after a period ends its value is due (SPEC.md "Data due dates": configurable per
 * indicator), or clears it back to the frequency's default. The next overdue scan uses it.
 */
@ApplicationScoped
public class DueDaysService {
    /** A year: a value due later than a year after its period is no monitoring. */
    public static final int MAX_DAYS = 366;

    private static final Logger LOG = Logger.getLogger(DueDaysService.class);

    private final MeterRegistry metrics;

    public DueDaysService(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /** @param days 1 to {@link #MAX_DAYS}, or null for the default of the indicator's frequency */
    @Transactional
    public Indicator set(String code, Integer days, Caller caller) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw ProblemException.invalid("dueDays", "must be 1 to " + MAX_DAYS + " days, or null for the default");
        }
        Indicator indicator = Indicator.<Indicator>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("no indicator " + code + " in the catalogue"));
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
}
