package io.planmon.indicator.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/**
 * A department's figures of one period on their way to approval: the unit is the department's indicators of the
 * period's frequency (docs/governance.md). Submitted and approved units are frozen; an approved one is locked.
 */
@Entity
public class Submission extends PanacheEntityBase {
    /** Where a unit stands; RETURNED and REOPENED are open again for corrections and a new submission. */
    public enum State {
        SUBMITTED,
        APPROVED,
        RETURNED,
        REOPENED;

        /** Whether values of the unit may not change: under review, or approved. */
        public boolean frozen() {
            return this == SUBMITTED || this == APPROVED;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String department;

    public String period;

    @Enumerated(EnumType.STRING)
    public Frequency frequency;

    @Enumerated(EnumType.STRING)
    public State state;

    /** Who took the latest step, and when. */
    public String changedBy;

    public Instant changedAt;
}
