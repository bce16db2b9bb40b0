package io.planmon.indicator.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.planmon.indicator.domain.Indicator;
import io.planmon.indicator.domain.Submission;
import io.planmon.web.problem.Problem.FieldError;
import io.planmon.web.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.Logger;

/**
 * Which periods of a department take no new value: submitted (under review) or approved (locked), and the 409 that
 * says who froze it and how to ask for a change. Read by a push after it locked its indicator, so that a submission
 * committed meanwhile is seen (a submission locks the same indicators, docs/governance.md).
 */
@ApplicationScoped
public class PeriodLocks {
    private static final String FROZEN = "select period, id, state, changed_by, changed_at from submission"
            + " where department = ? and period = any(?) and state in ('SUBMITTED', 'APPROVED')";

    private static final Logger LOG = Logger.getLogger(PeriodLocks.class);

    private final Jdbc jdbc;
    private final MeterRegistry metrics;

    public PeriodLocks(Jdbc jdbc, MeterRegistry metrics) {
        this.jdbc = jdbc;
        this.metrics = metrics;
    }

    /** A frozen unit: its submission, its state and who took the step that froze it, when. */
    public record Freeze(long submission, Submission.State state, String by, Instant at) {}

    /** A row for a frozen period: not stored, refused with the problem that names who froze it. */
    record Locked(AcceptedRow row, ProblemException problem) {}

    /**
     * The rows of {@code indicator} whose period is open, in order; those of a submitted or approved period go to
     * {@code locked}. One query; the caller holds the indicator's lock.
     */
    List<AcceptedRow> open(Indicator indicator, List<AcceptedRow> rows, List<Locked> locked) {
        Set<String> periods = new TreeSet<>();
        rows.forEach(r -> periods.add(r.period().toString()));
        Map<String, Freeze> frozen = frozen(indicator.ownerDepartment, periods);
        if (frozen.isEmpty()) {
            return rows;
        }
        List<AcceptedRow> open = new ArrayList<>();
        for (AcceptedRow row : rows) {
            String period = row.period().toString();
            Freeze freeze = frozen.get(period);
            if (freeze == null) {
                open.add(row);
            } else {
                locked.add(new Locked(row, refusal(indicator.code, period, indicator.ownerDepartment, freeze)));
            }
        }
        metrics.counter("planmon.observations.locked").increment(locked.size());
        LOG.infof("%s: %d rows refused, their periods %s are frozen", indicator.code, locked.size(), frozen.keySet());
        return open;
    }

    /** The frozen periods among {@code periods} of {@code department}'s figures, in one query. */
    private Map<String, Freeze> frozen(String department, Collection<String> periods) {
        return jdbc.call(c -> {
            Map<String, Freeze> frozen = new HashMap<>();
            try (PreparedStatement select = c.prepareStatement(FROZEN)) {
                select.setString(1, department);
                select.setArray(2, c.createArrayOf("varchar", periods.toArray()));
                jdbc.counted();
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        frozen.put(
                                rs.getString(1),
                                new Freeze(
                                        rs.getLong(2),
                                        Submission.State.valueOf(rs.getString(3)),
                                        rs.getString(4),
                                        rs.getObject(5, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            return frozen;
        });
    }

    /** The 409 a value for a frozen period gets, naming {@code period}: who froze it and how to ask for a change. */
    static ProblemException refusal(String indicator, String period, String department, Freeze f) {
        String message = f.state() == Submission.State.APPROVED
                ? indicator + " " + period + " is locked: " + department + "'s figures of " + period
                        + " were approved by " + f.by() + " at " + f.at() + " (submission " + f.submission() + ")."
                        + " To change a value, ask the planning office (plan-admin) to reopen submission "
                        + f.submission() + " with a reason (POST /api/v1/submissions/" + f.submission()
                        + "/reopen); the department then corrects it and submits again."
                : indicator + " " + period + " is under review: " + department + "'s figures of " + period
                        + " were submitted by " + f.by() + " at " + f.at() + " (submission " + f.submission() + ")"
                        + " and await the monitoring office. To change a value, ask the monitoring office to return"
                        + " submission " + f.submission() + " with a comment (POST /api/v1/submissions/"
                        + f.submission() + "/return); then correct it and submit again.";
        String slug = f.state() == Submission.State.APPROVED ? "period-locked" : "period-under-review";
        String title = f.state() == Submission.State.APPROVED ? "Period locked" : "Period under review";
        return new ProblemException(409, slug, title, message, List.of(new FieldError("period", message)));
    }
}
