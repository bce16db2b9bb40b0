package io.planmon.indicator.domain;

import io.planmon.indicator.domain.evaluation.Outlook;
import io.planmon.indicator.domain.evaluation.Projection;
import io.planmon.indicator.domain.evaluation.Status;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/**
 * What an indicator's projection last announced, so that the early warning is announced when it appears and its
 * recovery once when the projection meets the target again, rather than on every evaluation.
 */
@Entity
@Table(name = "projection_state")
public class ProjectionState extends PanacheEntityBase {
    /** A projection verdict that is published: the early warning, or the recovery that ends it. */
    public enum Verdict {
        WARNING,
        RECOVERED
    }

    @Id
    public String indicatorCode;

    /** The early warning is up now (the projection misses while the status is ON_TRACK). */
    public boolean earlyWarning;

    /** The last verdict published; null only before the first warning (such a state is never stored). */
    @Enumerated(EnumType.STRING)
    public Verdict announced;

    public Instant updatedAt;

    /** The state of an indicator that never announced anything: nothing is up, nothing was published. */
    public static ProjectionState initial(String indicatorCode) {
        ProjectionState state = new ProjectionState();
        state.indicatorCode = indicatorCode;
        return state;
    }

    /**
     * Takes the outlook of a new evaluation and says what to publish, if anything. A warning when the early warning
     * appears (again only after it went away). A recovery when a projection meets the target while the last verdict
     * published was a warning: once, because it becomes the last verdict. An early warning that goes away only because
     * the status left ON_TRACK is no recovery (the projection still misses), nor is an outlook without a projection
     * (no target year, too few values, the target year has come).
     */
    public Optional<Verdict> observe(Outlook outlook, Instant now) {
        boolean warn = outlook.earlyWarning();
        boolean meets = outlook instanceof Projection p && p.projectedStatus() == Status.ON_TRACK;
        Verdict verdict = null;
        if (warn && !earlyWarning) {
            verdict = Verdict.WARNING;
        } else if (meets && announced == Verdict.WARNING) {
            verdict = Verdict.RECOVERED;
        }
        if (warn != earlyWarning || verdict != null) {
            updatedAt = now;
        }
        earlyWarning = warn;
        if (verdict != null) {
            announced = verdict;
        }
        return Optional.ofNullable(verdict);
    }
}
