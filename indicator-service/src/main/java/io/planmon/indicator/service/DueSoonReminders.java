package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.DueSoonNotice;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.messaging.IndicatorStatusEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reminds the owning department that a value is due soon: once per (indicator, period), only while the value is
 * missing. The notice is remembered, so a later scan (or another instance) stays silent; the value arriving later
 * changes nothing here, notification-service resolves the reminder.
 */
@ApplicationScoped
public class DueSoonReminders {
    private static final Logger LOG = Logger.getLogger(DueSoonReminders.class);

    private final IndicatorStatusEvents events;
    private final MeterRegistry metrics;

    public DueSoonReminders(IndicatorStatusEvents events, MeterRegistry metrics) {
        this.events = events;
        this.metrics = metrics;
    }

    /**
     * @param soon the periods in their reminder window ({@link DueDates#dueSoon})
     * @param settled the periods that have an evaluation (a value) or were reminded of already: not reminded of
     * @return how many reminders were announced now
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int remind(Indicator indicator, List<Period> soon, Set<String> settled, Instant now) {
        int announced = 0;
        for (Period period : soon) {
            String text = period.toString();
            if (!settled.contains(text)) {
                announce(indicator, text, DueDates.dueDate(period, indicator.dueDays), now);
                announced++;
            }
        }
        return announced;
    }

    private void announce(Indicator indicator, String period, LocalDate dueDate, Instant now) {
        new DueSoonNotice().announce(indicator.code, period, dueDate, now);
        events.dataDueSoon(indicator, period, dueDate);
        metrics.counter("planmon.indicator.data.due-soon").increment();
        LOG.infof("%s %s due by %s: %s reminded", indicator.code, period, dueDate, indicator.ownerDepartment);
    }
}
