package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.DueSoonNotice;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.IndicatorRepository;
import io.planmon.indicator.domain.OverdueNotice;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.PeriodEvaluationRepository;
import io.planmon.indicator.domain.PeriodNoticeRepository;
import io.planmon.indicator.domain.StatusChange;
import io.planmon.indicator.messaging.IndicatorStatusEvents;
import io.planmon.web.time.ClockProducer;
import io.planmon.web.time.PlanDay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The due-date scan, once a day: marks every plan period whose value is missing past its due date DATA_OVERDUE and
 * announces it once per (indicator, period), and reminds the department of a value due soon ({@link
 * DueSoonReminders}); the notices are remembered, so a later scan stays silent. One transaction per indicator.
 */
@ApplicationScoped
public class OverdueScan {
    private static final Logger LOG = Logger.getLogger(OverdueScan.class);

    private final IndicatorStatusEvents events;
    private final DueSoonReminders reminders;
    private final IndicatorLocks locks;
    private final Clock clock;
    private final MeterRegistry metrics;
    private final IndicatorRepository indicators;
    private final PeriodEvaluationRepository evaluations;
    private final PeriodNoticeRepository notices;

    public OverdueScan(
            IndicatorStatusEvents events,
            DueSoonReminders reminders,
            IndicatorLocks locks,
            Clock clock,
            MeterRegistry metrics,
            IndicatorRepository indicators,
            PeriodEvaluationRepository evaluations,
            PeriodNoticeRepository notices) {
        this.indicators = indicators;
        this.evaluations = evaluations;
        this.notices = notices;
        this.events = events;
        this.reminders = reminders;
        this.locks = locks;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** What one scan announced: periods newly overdue, and reminders of values due soon. */
    public record Announced(int overdue, int reminders) {
        static final Announced NONE = new Announced(0, 0);

        Announced plus(Announced other) {
            return new Announced(overdue + other.overdue, reminders + other.reminders);
        }
    }

    @Scheduled(
            identity = "overdue-scan",
            cron = "${planmon.overdue.cron:0 30 1 * * ?}",
            timeZone = ClockProducer.PLAN_ZONE,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        scan(today(clock));
    }

    /** The day a scan checks: the district's, since the UTC date is the day before until 08:00 in Shanghai. */
    static LocalDate today(Clock clock) {
        return PlanDay.today(clock);
    }

    /** @return how many (indicator, period) pairs were newly announced as overdue, and how many reminded of */
    public Announced scan(LocalDate today) {
        List<String> codes = QuarkusTransaction.requiringNew().call(indicators::codes);
        Announced announced = Announced.NONE;
        for (String code : codes) {
            announced = announced.plus(scan(code, today));
        }
        LOG.infof(
                "due-date scan for %s: %d newly overdue, %d reminded",
                today, announced.overdue(), announced.reminders());
        return announced;
    }

    /** The scan of one indicator, in a transaction of its own. */
    public Announced scan(String code, LocalDate today) {
        return QuarkusTransaction.requiringNew().call(() -> scanOne(indicators.findById(code), today));
    }

    private Announced scanOne(Indicator indicator, LocalDate today) {
        List<Period> due = DueDates.pastDue(indicator.frequency, indicator.dueDays, today);
        List<Period> soon = DueDates.dueSoon(indicator.frequency, indicator.dueDays, indicator.reminderDays, today);
        if (due.isEmpty() && soon.isEmpty()) {
            return Announced.NONE;
        }
        locks.forOwnChange(indicator);
        Set<String> evaluated = evaluations.periodsOf(indicator.code);
        Set<String> known = notices.announced(OverdueNotice.class, indicator.code);
        known.addAll(evaluated);
        Instant now = clock.instant();
        int overdue = 0;
        for (Period period : due) {
            if (!known.contains(period.toString())) {
                markOverdue(indicator, period, DueDates.dueDate(period, indicator.dueDays), now);
                overdue++;
            }
        }
        if (soon.isEmpty()) {
            return new Announced(overdue, 0);
        }
        Set<String> settled = notices.announced(DueSoonNotice.class, indicator.code);
        settled.addAll(evaluated);
        return new Announced(overdue, reminders.remind(indicator, soon, settled, now));
    }

    /** A period with a value has an evaluation, so only a missing value gets here. */
    private void markOverdue(Indicator indicator, Period period, LocalDate dueDate, Instant now) {
        new OverdueNotice().announce(indicator.code, period.toString(), dueDate, now);
        PeriodEvaluation row = PeriodEvaluation.blank(indicator.code, period.toString());
        row.status = PeriodEvaluation.DATA_OVERDUE;
        row.reason = period + "的数据应于" + dueDate + "前报送，至今未报送";
        row.reasonEn = "the value for " + period + " was due by " + dueDate + " and has not arrived";
        row.evaluatedAt = now;
        row.persist();
        StatusChange.of(row, null).persist();
        events.dataOverdue(indicator, period.toString(), dueDate);
        metrics.counter("planmon.indicator.data.overdue").increment();
        LOG.infof("%s %s overdue since %s (%s)", indicator.code, period, dueDate, indicator.ownerDepartment);
    }
}
