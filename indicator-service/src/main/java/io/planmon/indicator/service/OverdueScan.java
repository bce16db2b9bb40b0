package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.DueDates;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.OverdueNotice;
import io.planmon.indicator.domain.Period;
import io.planmon.indicator.domain.PeriodEvaluation;
import io.planmon.indicator.domain.StatusChange;
import io.planmon.indicator.messaging.IndicatorStatusEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Once a day, marks every plan period whose value is missing past its due date DATA_OVERDUE and announces it once per
 * (indicator, period); the notice is remembered, so a later scan stays silent. One transaction per indicator.
 */
@ApplicationScoped
public class OverdueScan {
    private static final Logger LOG = Logger.getLogger(OverdueScan.class);

    private final IndicatorStatusEvents events;
    private final IndicatorLocks locks;
    private final Clock clock;
    private final MeterRegistry metrics;

    public OverdueScan(IndicatorStatusEvents events, IndicatorLocks locks, Clock clock, MeterRegistry metrics) {
        this.events = events;
        this.locks = locks;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(
            identity = "overdue-scan",
            cron = "${planmon.overdue.cron:0 30 1 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void daily() {
        scan(LocalDate.now(clock));
    }

    /** @return how many (indicator, period) pairs were newly announced as overdue */
    public int scan(LocalDate today) {
        List<String> codes = QuarkusTransaction.requiringNew()
                .call(() ->
                        Indicator.<Indicator>listAll().stream().map(i -> i.code).toList());
        int announced = 0;
        for (String code : codes) {
            announced += QuarkusTransaction.requiringNew().call(() -> scanOne(Indicator.findById(code), today));
        }
        LOG.infof("overdue scan for %s: %d newly overdue", today, announced);
        return announced;
    }

    private int scanOne(Indicator indicator, LocalDate today) {
        List<Period> due = DueDates.pastDue(indicator.frequency, indicator.dueDays, today);
        if (due.isEmpty()) {
            return 0;
        }
        locks.forOwnChange(indicator);
        Set<String> known = new HashSet<>(OverdueNotice.<OverdueNotice>list("indicatorCode", indicator.code).stream()
                .map(n -> n.period)
                .toList());
        PeriodEvaluation.<PeriodEvaluation>list("indicatorCode", indicator.code).forEach(e -> known.add(e.period));
        Instant now = clock.instant();
        int announced = 0;
        for (Period period : due) {
            if (!known.contains(period.toString())) {
                markOverdue(indicator, period, DueDates.dueDate(period, indicator.dueDays), now);
                announced++;
            }
        }
        return announced;
    }

    /** A period with a value has an evaluation, so only a missing value gets here. */
    private void markOverdue(Indicator indicator, Period period, LocalDate dueDate, Instant now) {
        OverdueNotice notice = new OverdueNotice();
        notice.indicatorCode = indicator.code;
        notice.period = period.toString();
        notice.dueDate = dueDate;
        notice.announcedAt = now;
        notice.persist();
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
